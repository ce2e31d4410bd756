package com.nabaa.bot;

import com.nabaa.conversation.Rich;
import com.nabaa.conversation.Rich.Block;
import com.nabaa.conversation.Rich.Span;
import com.nabaa.news.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into parts that Telegram accepts, each as many whole paragraphs as fit.
 *
 * <p>Telegram counts a message's length after parsing its markup (tags removed, {@code &amp;} as one
 * character) in UTF-16 code units, which is exactly the length of the spans' text here; and each
 * bold, italic or link span is one entity. Rules:
 *
 * <ol>
 *   <li>Paragraphs are packed in order, joined by a blank line, while the part stays within
 *       {@link #LENGTH_BUDGET} and {@link #ENTITY_BUDGET}.
 *   <li>A paragraph that is over either budget on its own is cut into pieces ({@link CutPoint}: at a
 *       line break, else between sentences, else between words, else between characters). Every piece
 *       but the last is a part of its own; the last one opens the next part. The white space at a cut
 *       is dropped, a span cut in two is closed before the cut and reopened after it, and a piece that
 *       begins mid-line gets its direction mark ({@link DirectionMarks}), for which each piece keeps
 *       one character of room.
 * </ol>
 *
 * <p>Cuts are made on the text, never on the markup written afterwards, so no part can end inside a
 * tag or a character reference.
 */
final class MessageSplit {
    /** Telegram's limit on a message's text, in UTF-16 code units after the markup is parsed. */
    static final int MAX_LENGTH = 4096;
    /** Telegram's limit on the formatted runs (entities) of one message. */
    static final int MAX_ENTITIES = 100;
    /**
     * What a part may hold: 96 under {@link #MAX_LENGTH}, so that a character counted differently by
     * a server or client version (a normalization, a mark we did not foresee) cannot push a part over.
     */
    static final int LENGTH_BUDGET = 4_000;
    /**
     * Formatted runs a part may hold: 10 under {@link #MAX_ENTITIES}, left for the entities Telegram
     * finds in plain text by itself (bare addresses, #hashtags, @mentions), which we do not count.
     */
    static final int ENTITY_BUDGET = 90;

    private static final int SEPARATOR = 2; // the blank line between two paragraphs: "\n\n"

    private final Language language;
    private final int lengthBudget;
    private final int entityBudget;

    MessageSplit(Language language) {
        this(language, LENGTH_BUDGET, ENTITY_BUDGET);
    }

    MessageSplit(Language language, int lengthBudget, int entityBudget) {
        if (lengthBudget < 2 || entityBudget < 1) throw new IllegalArgumentException("budgets too small to split");
        this.language = language;
        this.lengthBudget = lengthBudget;
        this.entityBudget = entityBudget;
    }

    /** The parts of a message whose blocks are already clean and trimmed ({@link TelegramText#clean}). */
    List<Rich> split(Rich message) {
        List<Rich> parts = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int length = 0;
        int entities = 0;
        for (Block block : message.blocks()) {
            if (!fits(block)) {
                List<Block> pieces = cut(block);
                if (!current.isEmpty()) parts.add(new Rich(current));
                pieces.subList(0, pieces.size() - 1).forEach(p -> parts.add(new Rich(List.of(p))));
                current = new ArrayList<>(List.of(pieces.getLast()));
                length = length(pieces.getLast());
                entities = entities(pieces.getLast());
                continue;
            }
            int joined = current.isEmpty() ? length(block) : length + SEPARATOR + length(block);
            if (!current.isEmpty() && (joined > lengthBudget || entities + entities(block) > entityBudget)) {
                parts.add(new Rich(current));
                current = new ArrayList<>();
                joined = length(block);
                entities = 0;
            }
            current.add(block);
            length = joined;
            entities += entities(block);
        }
        if (!current.isEmpty()) parts.add(new Rich(current));
        return parts;
    }

    private boolean fits(Block block) {
        return length(block) <= lengthBudget && entities(block) <= entityBudget;
    }

    /** The pieces of a paragraph over budget, each within it; never empty. */
    private List<Block> cut(Block block) {
        String text = DirectionMarks.text(block);
        List<Block> pieces = new ArrayList<>();
        int from = skipSpace(text, 0);
        while (from < text.length()) {
            int limit = limit(block, text, from);
            int end = limit == text.length() ? limit : CutPoint.find(text, from, limit);
            Block piece = DirectionMarks.mark(slice(block, from, trimEnd(text, from, end)), language);
            if (!TelegramText.isBlank(piece)) pieces.add(piece);
            from = skipSpace(text, end);
        }
        if (pieces.isEmpty()) pieces.add(block); // only invisible characters: a part of its own
        return pieces;
    }

    /**
     * How far a piece starting at {@code from} may reach: within the length budget less the room for a
     * direction mark, and before the span that would be one entity too many.
     */
    private int limit(Block block, String text, int from) {
        int limit = Math.min(text.length(), from + lengthBudget - 1);
        int entities = 0;
        int start = 0;
        for (Span span : block.spans()) {
            int end = start + span.text().length();
            if (start >= limit) break;
            if (end > from && isEntity(span) && ++entities > entityBudget) return start;
            start = end;
        }
        return limit;
    }

    /** The part of a block between two offsets of its text, spans cut at both ends. */
    static Block slice(Block block, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (Span span : block.spans()) {
            int end = start + span.text().length();
            int a = Math.max(from, start);
            int b = Math.min(to, end);
            if (a < b) out.add(TelegramText.withText(span, span.text().substring(a - start, b - start)));
            start = end;
        }
        return new Block(out);
    }

    /** A block's length as Telegram counts it: UTF-16 code units of its text. */
    static int length(Block block) {
        return block.spans().stream().mapToInt(s -> s.text().length()).sum();
    }

    /** A block's entities as Telegram counts them: one per formatted span. */
    static int entities(Block block) {
        return (int) block.spans().stream().filter(MessageSplit::isEntity).count();
    }

    private static boolean isEntity(Span span) {
        return span.style() != Rich.Style.PLAIN && !span.text().isEmpty();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
