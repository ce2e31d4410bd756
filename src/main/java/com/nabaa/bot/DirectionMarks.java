package com.nabaa.bot;

import com.nabaa.conversation.Rich;
import com.nabaa.conversation.Rich.Block;
import com.nabaa.conversation.Rich.Span;
import com.nabaa.news.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every line of a message in the message's reading direction.
 *
 * <p>Telegram's clients give each line the direction of its first strong character, so in an Arabic
 * message a line that opens with a Latin name, a URL or "2024 BBC" would be laid out left to right.
 * Such a line gets a {@link #RIGHT_TO_LEFT_MARK} at its start; in an English message a line that opens
 * with an Arabic letter gets a {@link #LEFT_TO_RIGHT_MARK}. A line is the start of a block or what
 * follows a {@code \n}. Lines already opening in the message's direction, lines with no strong
 * character at all (digits and punctuation only, whose layout a mark could reorder) and blank lines
 * are left alone; a message of {@link Language#OTHER} is not touched.
 *
 * <p>A mark is always plain text of its own between spans, never inside a link, its text or its
 * address; a styled span that carries a line break is cut around the mark. A mark counts toward
 * Telegram's length limit like any character.
 */
final class DirectionMarks {
    static final char RIGHT_TO_LEFT_MARK = '\u200F';
    static final char LEFT_TO_RIGHT_MARK = '\u200E';

    private DirectionMarks() {
    }

    static Rich mark(Rich message, Language language) {
        return new Rich(message.blocks().stream().map(b -> mark(b, language)).toList());
    }

    static Block mark(Block block, Language language) {
        Optional<Direction> wanted = switch (language) {
            case ARABIC -> Optional.of(Direction.RIGHT_TO_LEFT);
            case ENGLISH -> Optional.of(Direction.LEFT_TO_RIGHT);
            case OTHER -> Optional.empty();
        };
        if (wanted.isEmpty()) return block;
        String text = text(block);
        List<Integer> at = new ArrayList<>();
        for (int start = 0; start >= 0; start = nextLine(text, start)) {
            Optional<Direction> line = firstStrong(text, start);
            if (line.isPresent() && line.get() != wanted.get()) at.add(start);
        }
        return at.isEmpty() ? block : insert(block, at, wanted.get().mark);
    }

    private enum Direction {
        LEFT_TO_RIGHT(LEFT_TO_RIGHT_MARK), RIGHT_TO_LEFT(RIGHT_TO_LEFT_MARK);

        final char mark;

        Direction(char mark) {
            this.mark = mark;
        }
    }

    /** Where the line after the one starting at {@code start} starts; -1 after the last. */
    private static int nextLine(String text, int start) {
        int lineBreak = text.indexOf('\n', start);
        return lineBreak < 0 ? -1 : lineBreak + 1;
    }

    /** The direction of the first strong character of the line starting at {@code start}, if it has one. */
    private static Optional<Direction> firstStrong(String text, int start) {
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') break;
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return Optional.of(Direction.LEFT_TO_RIGHT);
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return Optional.of(Direction.RIGHT_TO_LEFT);
                default:
                    i += Character.charCount(cp);
            }
        }
        return Optional.empty();
    }

    /** The block with {@code mark} as a plain span at each of the (ascending) offsets. */
    private static Block insert(Block block, List<Integer> offsets, char mark) {
        List<Span> out = new ArrayList<>();
        Span markSpan = Span.plain(String.valueOf(mark));
        int next = 0;
        int start = 0;
        for (Span span : block.spans()) {
            int end = start + span.text().length();
            int from = start;
            while (next < offsets.size() && offsets.get(next) < end) {
                int at = offsets.get(next++);
                if (at > from) out.add(TelegramText.withText(span, span.text().substring(from - start, at - start)));
                out.add(markSpan);
                from = at;
            }
            if (from < end) out.add(TelegramText.withText(span, span.text().substring(from - start)));
            start = end;
        }
        return new Block(out);
    }

    static String text(Block block) {
        StringBuilder out = new StringBuilder();
        block.spans().forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
