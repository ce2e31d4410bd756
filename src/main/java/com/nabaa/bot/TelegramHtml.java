package com.nabaa.bot;

import com.nabaa.conversation.Rich;
import com.nabaa.conversation.Rich.Block;
import com.nabaa.conversation.Rich.Span;
import com.nabaa.news.Language;
import java.util.List;
import java.util.Optional;

/**
 * A message in Telegram's HTML parse mode: {@code <b>}, {@code <i>} and {@code <a href>}, paragraphs
 * separated by a blank line, every text escaped. The way there, in order:
 *
 * <ol>
 *   <li>{@link TelegramText}: characters Telegram rejects or that break the text are removed, links
 *       that are not {@code http}, {@code https} or {@code tg} become plain text;
 *   <li>{@link DirectionMarks}: lines that would flip against the message's language get a mark;
 *   <li>{@link MessageSplit}: the message becomes parts within Telegram's length and entity limits;
 *   <li>each part is written as HTML.
 * </ol>
 */
final class TelegramHtml {
    private TelegramHtml() {
    }

    /**
     * The message as the HTML texts of the messages to send, in order, each within Telegram's limits;
     * empty when the message shows nothing.
     */
    static List<String> render(Rich message, Language language) {
        Rich ready = DirectionMarks.mark(TelegramText.clean(message), language);
        return new MessageSplit(language).split(ready).stream().map(TelegramHtml::html).toList();
    }

    /**
     * One part as HTML, its text taken as it is: a link to anything but {@code http}, {@code https}
     * or {@code tg} is still written as plain text, but no character is removed and no limit applied.
     */
    static String html(Rich part) {
        StringBuilder out = new StringBuilder();
        for (Block block : part.blocks()) {
            if (!out.isEmpty()) out.append("\n\n");
            block.spans().forEach(span -> write(span, out));
        }
        return out.toString();
    }

    private static void write(Span span, StringBuilder out) {
        String text = escape(span.text());
        if (text.isEmpty()) return;
        switch (span.style()) {
            case PLAIN -> out.append(text);
            case BOLD -> out.append("<b>").append(text).append("</b>");
            case ITALIC -> out.append("<i>").append(text).append("</i>");
            case LINK -> {
                Optional<String> href = TelegramText.linkTarget(span.url().orElseThrow());
                if (href.isEmpty()) {
                    out.append(text);
                } else {
                    out.append("<a href=\"").append(escapeAttribute(href.get())).append("\">").append(text)
                            .append("</a>");
                }
            }
        }
    }

    /** Text as Telegram's HTML wants it: {@code & < >} as character references. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An attribute value between double quotes: {@link #escape} and {@code "} as {@code &quot;}. */
    static String escapeAttribute(String value) {
        return escape(value).replace("\"", "&quot;");
    }

    /**
     * The one address every link of the message points to, when there is exactly one (links Telegram
     * would not take are not counted): what a link preview would show.
     */
    static Optional<String> onlyLink(Rich message) {
        List<String> targets = message.blocks().stream()
                .flatMap(b -> b.spans().stream())
                .flatMap(s -> s.url().flatMap(TelegramText::linkTarget).stream())
                .distinct()
                .toList();
        return targets.size() == 1 ? Optional.of(targets.getFirst()) : Optional.empty();
    }
}
