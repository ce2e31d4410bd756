package com.nabaa.conversation;

/**
 * A reader's message made safe to read: invisible characters that change nothing for a reader but
 * break matching (bidi controls, zero-width joiners, the byte order mark, other control
 * characters) are removed, runs of white space become one space, and a very long message is cut at
 * a word boundary. Markup stays as typed: it is read as text by the question parser and escaped by
 * whatever renders it.
 */
final class InputText {
    /** A question longer than this is cut: a pasted article would otherwise be its own search. */
    static final int MAX_CHARS = 500;

    private InputText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS * 4));
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(c);
            // FORMAT: bidi marks and embeddings, zero-width (non-)joiners, BOM; CONTROL: the rest.
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /**
     * What follows the command in {@code raw} ("/cmd text…"), cleaned line by line: invisible
     * characters go and spaces fold as in {@link #clean}, but line breaks stay (one blank line at
     * most between paragraphs).
     */
    static String argumentWithLines(String raw) {
        StringBuilder out = new StringBuilder();
        boolean command = true;
        boolean blank = false;
        for (String line : raw.split("\\R", -1)) {
            String cleaned = clean(line);
            if (command && !cleaned.isEmpty()) {
                cleaned = cleaned.replaceFirst("^/\\S*\\s*", "");
                command = false;
            }
            if (cleaned.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) out.append(blank ? "\n\n" : "\n");
            blank = false;
            out.append(cleaned);
        }
        return out.toString();
    }

    /** Whether the text is longer than a question is read. */
    static boolean tooLong(String cleaned) {
        return cleaned.length() > MAX_CHARS;
    }

    /** The text cut to {@link #MAX_CHARS} at the last space before it (or hard, without one). */
    static String cut(String cleaned) {
        if (!tooLong(cleaned)) return cleaned;
        int end = cleaned.lastIndexOf(' ', MAX_CHARS);
        if (end <= MAX_CHARS / 2) end = MAX_CHARS;
        if (Character.isLowSurrogate(cleaned.charAt(end)) && end > 0) end--;
        return cleaned.substring(0, end).strip();
    }

    /** Whether the text has a letter or a digit: emoji and punctuation alone ask nothing. */
    static boolean hasWords(String cleaned) {
        return cleaned.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
