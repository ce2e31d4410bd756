package com.nabaa.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English news text, as Lucene's {@code EnglishAnalyzer} (tokenizer, possessive, lowercase, stop,
 * Porter), with Arabic-script words inside it given exactly the treatment of
 * {@link ArabicNewsAnalyzer}: the same normalization, stop set, light stemmer, preposition strip and word families, all of which
 * leave Latin tokens alone (and Porter leaves Arabic tokens alone: its suffixes are ASCII). So
 * "talks with السيسي" yields the same Arabic term as an Arabic article about السيسي.
 */
final class EnglishNewsAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new DetachedPrefixFilter(result);
        result = new LowerCaseFilter(result);
        result = new ArabicTextNormalizationFilter(result);
        result = new StopFilter(result, StopWords.NEWS);
        result = new PorterStemFilter(result);
        result = new ArabicStemFilter(result);
        result = new PrepositionPrefixFilter(result);
        result = new WordFamilyFilter(result, WordFamilies.NEWS);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicTextNormalizationFilter(new LowerCaseFilter(in));
    }
}
