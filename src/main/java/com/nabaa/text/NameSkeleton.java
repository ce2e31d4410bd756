package com.nabaa.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The key two spellings of one name share: normalized ({@link ArabicText#normalize}), lower-cased,
 * spaces removed; گ غ ق → ج and چ, تش → ش; the long vowels ا و ي dropped between the first and the
 * last letter; doubled letters single. ترامب and ترمب → ترمب; بوتين and بوتن → بتن; جوجل, غوغل and
 * قوقل → ججل; a reader's موجروزا and the news's موغوروزا → مجرز. Latin words are only lower-cased
 * with spaces removed. Stateless.
 */
public final class NameSkeleton {
    private NameSkeleton() {
    }

    public static String of(String word) {
        String s = sounds(word);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean medial = i > 0 && i < s.length() - 1;
            if (medial && (c == ArabicText.ALEF || c == ArabicText.WAW || c == ArabicText.YEH)) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The word as its letters sound in a name, before the long vowels go: normalized, lower-cased,
     * spaces removed, گ غ ق as ج and چ, تش as ش (موجروزا and موغوروزا differ only by a و).
     */
    public static String sounds(String word) {
        Objects.requireNonNull(word, "word");
        return ArabicText.normalize(word.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", "")
                .replace("چ", "ش").replace("تش", "ش").replace('گ', 'ج').replace('غ', 'ج').replace('ق', 'ج');
    }
}
