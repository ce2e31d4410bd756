package com.nabaa.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link ArabicText#normalize(char[], int)} to each token, in place. */
final class ArabicTextNormalizationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ArabicTextNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setLength(ArabicText.normalize(term.buffer(), term.length()));
        return true;
    }
}
