package com.nabaa.conversation;

import com.nabaa.conversation.Rich.Block;
import com.nabaa.conversation.Rich.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A message as plain text for the terminal ({@code nabaa chat}): bold and italic text as it is, a
 * link as "text (url)" (just the url when the text is the url or empty), paragraphs separated by a
 * blank line; buttons as numbered choices the reader types to press one.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String render(Rich message) {
        StringBuilder out = new StringBuilder();
        for (Block block : message.blocks()) {
            if (!out.isEmpty()) out.append("\n\n");
            block.spans().forEach(span -> out.append(text(span)));
        }
        return out.toString();
    }

    private static String text(Span span) {
        if (span.url().isEmpty()) return span.text();
        String url = span.url().get();
        return span.text().isBlank() || span.text().strip().equals(url) ? url : span.text() + " (" + url + ")";
    }

    /**
     * Rows of buttons, one line per row: {@code [1] label  [2] label}, numbered on across rows in
     * reading order; a button that opens a page shows its address.
     */
    public static String renderButtons(List<List<Button>> rows) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (List<Button> row : rows) {
            StringJoiner line = new StringJoiner("  ");
            for (Button button : row) {
                line.add("[" + number++ + "] " + button.label() + button.url().map(u -> " (" + u + ")").orElse(""));
            }
            if (!row.isEmpty()) lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** The button a number typed by the reader presses, as {@link #renderButtons} numbered them. */
    public static Optional<Button> choice(List<List<Button>> rows, int number) {
        List<Button> all = rows.stream().flatMap(List::stream).toList();
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }
}
