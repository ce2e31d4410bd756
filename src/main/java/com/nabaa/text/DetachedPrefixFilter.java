package com.nabaa.text;

import static com.nabaa.text.ArabicText.TATWEEL;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a proclitic that news prose detaches with a tatweel before a number, a Latin word or a
 * quotation: بـ"ذا فويس", لـ«حماس», الـMBC, بـ25, والـ. The tokenizer leaves {@code بـ} alone or
 * glued to what follows ({@code بـ25}); either way the prefix carries no meaning to search for.
 *
 * <p>Rule: when a token starts with one of ب ل ك ف و ال بال لل وال فال كال وب ول (or the Hijri
 * year marker هـ) followed by one or more {@link ArabicText#TATWEEL}, and nothing or a non-Arabic
 * character follows the tatweels, prefix and tatweels are removed; a token left empty is dropped.
 * A tatweel followed by an Arabic letter is mere stretching (بـنحو, فــي) and is left to the
 * normalizer, which deletes it. Runs before normalization, which would erase the tatweel.
 */
final class DetachedPrefixFilter extends FilteringTokenFilter {
    private static final String[] CLITICS = {
        "ب", "ل", "ك", "ف", "و", "ه", "ال", "لل", "وب", "ول", "بال", "وال", "فال", "كال"
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DetachedPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        char[] s = term.buffer();
        int len = term.length();
        int tatweel = firstTatweel(s, len);
        if (tatweel < 0 || !isClitic(s, tatweel)) {
            return true;
        }
        int rest = tatweel;
        while (rest < len && s[rest] == TATWEEL) {
            rest++;
        }
        if (rest < len && isArabicLetter(s[rest])) {
            return true;
        }
        System.arraycopy(s, rest, s, 0, len - rest);
        term.setLength(len - rest);
        return len > rest;
    }

    /** Position of a tatweel at index 1..3, where a clitic would end; -1 when there is none. */
    private static int firstTatweel(char[] s, int len) {
        for (int i = 1; i < Math.min(len, 4); i++) {
            if (s[i] == TATWEEL) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isClitic(char[] s, int len) {
        for (String clitic : CLITICS) {
            if (clitic.length() == len && startsWith(s, clitic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(char[] s, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (s[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u06FF' && Character.isLetter(c) && c != TATWEEL;
    }
}
