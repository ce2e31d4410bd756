package com.nabaa.text;

import java.util.Objects;

/**
 * A reader's text with the characters nobody sees taken out, the first thing done to a question:
 * pasted from a chat or a web page, a question carries marks that change nothing on screen but
 * make خاشقجي wrapped in U+202E … U+202C another word than "خاشقجي" to every rule after this one.
 *
 * <ul>
 *   <li>Removed: every Unicode format character (category Cf), among them the bidi marks
 *       {@code LRM} U+200E, {@code RLM} U+200F and {@code ALM} U+061C, the embeddings and overrides
 *       U+202A..U+202E, the isolates U+2066..U+2069, the zero-width space U+200B, non-joiner
 *       U+200C and joiner U+200D, the word joiner U+2060, the byte order mark U+FEFF and the soft
 *       hyphen U+00AD; and every control character (Cc) that is not white space.
 *   <li>White space of any kind (tabs, line breaks, the no-break spaces U+00A0 and U+202F, the
 *       line and paragraph separators U+2028 and U+2029) becomes one ordinary space each, so that
 *       splitting on white space sees the words a reader sees.
 * </ul>
 *
 * <p>Everything else, diacritics and tatweel included, is left to {@link ArabicText#normalize}.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** {@code text} without its invisible characters, its white space as plain spaces. */
    public static String strip(String text) {
        Objects.requireNonNull(text, "text");
        if (!needsWork(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code codePoint} is a format or control character that {@link #strip} removes. */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL && !isSpace(codePoint);
    }

    private static boolean isSpace(int c) {
        return c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A supplementary character may be a format character too (the tags U+E0001..U+E007F).
            if (c < ' ' || c >= '\u007F' && (isSpace(c) || isInvisible(c) || Character.isSurrogate(c))) return true;
        }
        return false;
    }
}
