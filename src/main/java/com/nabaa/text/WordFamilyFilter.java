package com.nabaa.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces a stemmed term that belongs to a {@link WordFamilies word family} by the family's term,
 * so a verb, its verbal noun and their broken plurals meet (فاز / يفوز / فوز / فائز → فوز). Runs last
 * in the chain, on the stems the light stemmer leaves; other terms pass unchanged, without copying.
 */
final class WordFamilyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordFamilies families;

    WordFamilyFilter(TokenStream input, WordFamilies families) {
        super(input);
        this.families = families;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        families.toFamilyTerm(term);
        return true;
    }
}
