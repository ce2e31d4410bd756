package com.nabaa.text;

import com.nabaa.news.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The one place that builds analyzers: indexing, querying and alert matching all use these.
 * PLACEHOLDER chain (Lucene's stock analyzers) until the Arabic news chain lands.
 */
public final class NewsAnalyzers {
    private NewsAnalyzers() {
    }

    /** Analyzer for Arabic text (also used for text of unknown language). */
    public static Analyzer arabic() {
        return new ArabicAnalyzer();
    }

    /** Analyzer for English text. */
    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    public static Analyzer forLanguage(Language language) {
        return language == Language.ENGLISH ? english() : arabic();
    }
}
