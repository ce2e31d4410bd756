package com.nabaa.text;

import com.nabaa.news.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place that builds analyzers: indexing, querying and alert matching all use these, so a
 * question is analyzed exactly like the articles it searches. Each call returns a new analyzer;
 * analyzers are thread-safe and reuse their token streams per thread, so hold one per use.
 */
public final class NewsAnalyzers {
    /** Raise when a filter of either chain changes what it emits; stop-word and word-family edits count by themselves. */
    static final int CHAIN = 4; // 2: پ → ب and ڤ → ف; 3: bidi controls, U+200B and U+FEFF removed; 4: word families
    /** Lucene's version too: an upgrade may change its Arabic stop set or stemmer. */
    private static final String VERSION = CHAIN + ":" + digest("arabic-stopwords.txt") + ":"
            + digest(WordFamilies.RESOURCE) + ":" + org.apache.lucene.util.Version.LATEST;

    private NewsAnalyzers() {
    }

    /**
     * Identifies what the chains emit: the chain number, digests of the stop-word list and of the
     * word families, and the Lucene version. An index
     * written under another version is rebuilt, since its terms no longer meet the questions' terms.
     */
    public static String version() {
        return VERSION;
    }

    private static String digest(String resource) {
        try (InputStream in = NewsAnalyzers.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Arabic news (MSA and dialects, Latin words inside); also text of unknown language. */
    public static Analyzer arabic() {
        return new ArabicNewsAnalyzer();
    }

    /** English news; Arabic words inside get the Arabic chain's terms. */
    public static Analyzer english() {
        return new EnglishNewsAnalyzer();
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    public static Analyzer forLanguage(Language language) {
        return language == Language.ENGLISH ? english() : arabic();
    }
}
