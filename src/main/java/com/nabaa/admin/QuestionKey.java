package com.nabaa.admin;

import java.util.Locale;

/**
 * What makes two typed questions the same one for the statistics: case, Arabic diacritics and the
 * elongation mark (TATWEEL), the spellings of ALEF with HAMZA or MADDA (أ إ آ ٱ → ا), ALEF MAKSURA
 * (ى → ي), TEH MARBUTA (ة → ه), punctuation, and runs of spaces. Only for counting: answering
 * reads questions with the text analysis.
 */
final class QuestionKey {
    private static final char ALEF = 'ا';
    private static final char YEH = 'ي';
    private static final char HEH = 'ه';
    private static final char TATWEEL = 'ـ';

    private QuestionKey() {
    }

    static String of(String question) {
        StringBuilder out = new StringBuilder(question.length());
        boolean space = false;
        for (int i = 0; i < question.length(); ) {
            int c = question.codePointAt(i);
            i += Character.charCount(c);
            if (isDiacritic(c) || c == TATWEEL) continue;
            if (!Character.isLetterOrDigit(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(fold(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** FATHATAN to SUKUN, the small marks after them, and the superscript ALEF. */
    private static boolean isDiacritic(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    private static int fold(int c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> ALEF;
            case 'ى' -> YEH;
            case 'ة' -> HEH;
            default -> c;
        };
    }
}
