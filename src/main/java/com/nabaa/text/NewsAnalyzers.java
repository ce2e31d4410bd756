package com.nabaa.text;

import com.nabaa.news.Language;
import org.apache.lucene.analysis.Analyzer;

/**
 * The one place that builds analyzers: indexing, querying and alert matching all use these, so a
 * question is analyzed exactly like the articles it searches. Each call returns a new analyzer;
 * analyzers are thread-safe and reuse their token streams per thread, so hold one per use.
 */
public final class NewsAnalyzers {
    private NewsAnalyzers() {
    }

    /** Arabic news (MSA and dialects, Latin words inside); also text of unknown language. */
    public static Analyzer arabic() {
        return new ArabicNewsAnalyzer();
    }

    /** English news; Arabic words inside get the Arabic chain's terms. */
    public static Analyzer english() {
        return new EnglishNewsAnalyzer();
    }

    public static Analyzer forLanguage(Language language) {
        return language == Language.ENGLISH ? english() : arabic();
    }
}
