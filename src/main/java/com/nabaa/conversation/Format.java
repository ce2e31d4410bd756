package com.nabaa.conversation;

import java.util.Locale;

/** Numbers and quoted texts in the admins' messages. */
final class Format {
    /** A question quoted in the statistics is cut to this many characters. */
    static final int QUOTE_CHARS = 60;

    private Format() {
    }

    /** 1234567 → "1,234,567". */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String shortened(String text) {
        if (text.length() <= QUOTE_CHARS) return text;
        int end = text.lastIndexOf(' ', QUOTE_CHARS);
        return text.substring(0, end > QUOTE_CHARS / 2 ? end : QUOTE_CHARS).strip() + "…";
    }
}
