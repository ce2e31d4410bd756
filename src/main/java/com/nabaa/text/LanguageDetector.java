package com.nabaa.text;

import com.nabaa.news.Language;

/** Tells Arabic from English text. PLACEHOLDER: script counting. */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Language detect(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.ARABIC) arabic++;
            else if (s == Character.UnicodeScript.LATIN) latin++;
        }
        if (arabic == 0 && latin == 0) return Language.OTHER;
        return arabic >= latin ? Language.ARABIC : Language.ENGLISH;
    }
}
