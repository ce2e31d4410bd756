package com.nabaa.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Arabic news text (MSA and dialects, with Latin words and digits mixed in):
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (UAX#29 words; punctuation and quotes around Arabic words fall
 *       away, harakat and tatweel stay inside the word);
 *   <li>{@link DetachedPrefixFilter}: drops بـ / لـ / الـ written before numbers, Latin words and
 *       quotations;
 *   <li>{@link LowerCaseFilter} for Latin words;
 *   <li>{@link ArabicTextNormalizationFilter}: the {@link ArabicText} rules (hamza forms, ة, ى,
 *       harakat, tatweel, Persian letters, Eastern digits);
 *   <li>{@link StopFilter} with {@link StopWords#NEWS}, after normalization so a question typed
 *       with or without hamzas loses the same words;
 *   <li>{@link ArabicStemFilter}: Lucene's light stemmer (prefixes ال وال بال كال فال لل و; common
 *       suffixes). It only touches Arabic letters, so Latin words and numbers pass unchanged;
 *   <li>{@link PrepositionPrefixFilter}: strips a leading ب or ل from stems of five letters or more
 *       (measured gain, see there);
 *   <li>{@link WordFamilyFilter}: a verb, its verbal noun and their broken plurals become one term
 *       ({@link WordFamilies}: فاز، يفوز، فوز، فائز → فوز).
 * </ol>
 */
final class ArabicNewsAnalyzer extends Analyzer {
    private final boolean families;

    ArabicNewsAnalyzer() {
        this(true);
    }

    /** {@code families}: false only to build the families themselves from the stems before that step. */
    ArabicNewsAnalyzer(boolean families) {
        this.families = families;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new DetachedPrefixFilter(source);
        result = new LowerCaseFilter(result);
        result = new ArabicTextNormalizationFilter(result);
        result = new StopFilter(result, StopWords.NEWS);
        result = new ArabicStemFilter(result);
        result = new PrepositionPrefixFilter(result);
        if (families) result = new WordFamilyFilter(result, WordFamilies.NEWS);
        return new TokenStreamComponents(source, result);
    }

    /** Wildcard, prefix and fuzzy query terms get the same character rules, without stemming. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicTextNormalizationFilter(new LowerCaseFilter(in));
    }
}
