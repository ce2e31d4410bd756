package com.nabaa.news;

import java.util.Locale;

/** The language of an article or a question, as far as Nabaa treats them differently. */
public enum Language {
    ARABIC("ar"),
    ENGLISH("en"),
    /** Neither Arabic nor English, or too little text to tell. Indexed with the Arabic chain. */
    OTHER("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 primary language code ({@code ar}, {@code en}, {@code und}). */
    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        if (c.startsWith("ar")) return ARABIC;
        if (c.startsWith("en")) return ENGLISH;
        return OTHER;
    }
}
