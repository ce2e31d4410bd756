package com.nabaa.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The stop set both chains share: Lucene's Arabic list, Nabaa's additions in
 * {@code arabic-stopwords.txt} (dialect question words, fillers), every entry normalized with
 * {@link ArabicText} as tokens are; plus Lucene's English list. The scripts do not overlap, so one
 * set serves Arabic text with Latin words and English text with Arabic words.
 */
final class StopWords {
    /** How many slots a lookup table built here holds per entry, at least. */
    static final int SPARSE = 4;
    static final CharArraySet NEWS = CharArraySet.unmodifiableSet(load());

    private StopWords() {
    }

    private static CharArraySet load() {
        CharArraySet raw = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), false);
        try (InputStream in = StopWords.class.getResourceAsStream("arabic-stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("arabic-stopwords.txt is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                raw.addAll(WordlistLoader.getWordSet(reader, "#", new CharArraySet(64, false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read arabic-stopwords.txt", e);
        }
        // Sparse (a quarter full at most): every token of every text is looked up, and a fuller open
        // hash table compares a missed word with several stored ones.
        CharArraySet words = new CharArraySet(SPARSE * (raw.size() + EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size()), false);
        for (Object word : raw) {
            words.add(ArabicText.normalize(new String((char[]) word)));
        }
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return words;
    }
}
