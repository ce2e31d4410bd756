package com.nabaa.text;

import com.nabaa.news.Language;

/**
 * Tells Arabic from English text, for an article or a one-line question, by counting letters.
 *
 * <p>The rule:
 *
 * <ol>
 *   <li>Only letters count: digits (ASCII or Eastern), punctuation, emoji and spaces say nothing.
 *       Words containing {@code ://}, starting with {@code www.} or containing {@code @} (links,
 *       e-mail addresses, mentions) are skipped, since Arabic posts are full of Latin links.
 *   <li>Letters are Arabic-script (Arabic, Persian, Urdu letters: the Arabic chain normalizes
 *       them), Latin, or other (Cyrillic, CJK...).
 *   <li>No letters at all (empty, "٢٠١٨", "؟!") gives {@link Language#OTHER}; so does text where
 *       other scripts outnumber Arabic and Latin together.
 *   <li>Otherwise the script with more letters wins and a tie goes to Arabic, the product's main
 *       language: an Arabic question with a brand name ("ايه اخبار iPhone") is Arabic, an English
 *       sentence quoting an Arabic name is English, "Apple" alone is English.
 * </ol>
 *
 * <p>Arabic written in Latin letters ("3ayez a3raf", Arabizi) is detected as English; see the
 * package notes on what is missing.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Language detect(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        int other = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i || isLinkOrAddress(text, start, i)) {
                continue;
            }
            for (int j = start; j < i; j++) {
                char c = text.charAt(j);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (arabic + latin == 0 || other > arabic + latin) {
            return Language.OTHER;
        }
        return arabic >= latin ? Language.ARABIC : Language.ENGLISH;
    }

    private static boolean isLinkOrAddress(CharSequence text, int start, int end) {
        if (end - start >= 4 && text.subSequence(start, start + 4).toString().equalsIgnoreCase("www.")) {
            return true;
        }
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            if (c == '@' || (c == ':' && j + 2 < end && text.charAt(j + 1) == '/' && text.charAt(j + 2) == '/')) {
                return true;
            }
        }
        return false;
    }
}
