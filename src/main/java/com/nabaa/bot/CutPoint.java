package com.nabaa.bot;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where to cut a paragraph too long for one message. The cut is an offset in the paragraph's text;
 * the piece before it ends there. In order:
 *
 * <ol>
 *   <li>the last line break, else the last white space after the end of a sentence ({@code . ! ? ؟ ؛},
 *       maybe followed by closing quotes or brackets), else the last white space, provided the piece
 *       keeps at least half the room, so a line break near the start does not leave a sliver;
 *   <li>failing that, the last of any of them;
 *   <li>failing that (one word longer than the room), the last boundary between user-perceived
 *       characters: never between a surrogate pair, a letter and its harakat, or the parts of an emoji;
 *   <li>and if one such character is longer than the room, the last boundary between code points.
 * </ol>
 */
final class CutPoint {
    private static final String SENTENCE_ENDS = ".!?؟؛";
    private static final String CLOSERS = "\"'»”’)]";

    private enum Kind { LINE, SENTENCE, WORD }

    private CutPoint() {
    }

    /**
     * Where to cut the text that starts at {@code from} (not white space) so that the piece ends at or
     * before {@code limit}; {@code limit} is before the end of the text. Always after {@code from}.
     */
    static int find(String text, int from, int limit) {
        int half = from + (limit - from) / 2;
        for (Kind kind : Kind.values()) {
            int at = last(text, from, limit, kind);
            if (at > from && at >= half) return at;
        }
        for (Kind kind : Kind.values()) {
            int at = last(text, from, limit, kind);
            if (at > from) return at;
        }
        return betweenCharacters(text, from, limit);
    }

    private static int last(String text, int from, int limit, Kind kind) {
        for (int at = limit; at > from; at--) {
            if (isBoundary(text, at, kind)) return at;
        }
        return -1;
    }

    private static boolean isBoundary(String text, int at, Kind kind) {
        char c = text.charAt(at);
        return switch (kind) {
            case LINE -> c == '\n';
            case SENTENCE -> Character.isWhitespace(c) && endsSentence(text, at);
            case WORD -> Character.isWhitespace(c);
        };
    }

    private static boolean endsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static int betweenCharacters(String text, int from, int limit) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text.substring(from, limit + 1));
        int at = from + graphemes.preceding(limit + 1 - from);
        if (at > from) return at;
        at = limit;
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) at--;
        return at > from ? at : from + Character.charCount(text.codePointAt(from));
    }
}
