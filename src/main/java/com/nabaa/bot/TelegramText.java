package com.nabaa.bot;

import com.nabaa.conversation.Rich;
import com.nabaa.conversation.Rich.Block;
import com.nabaa.conversation.Rich.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes a message's text and links safe to hand to Telegram, before any markup is written.
 *
 * <p>Text rules, per character of every span:
 *
 * <ol>
 *   <li>{@code \r\n}, a lone {@code \r}, {@link #NEXT_LINE}, {@link #LINE_SEPARATOR} and
 *       {@link #PARAGRAPH_SEPARATOR} become {@code \n}: Telegram deletes the last two and would
 *       otherwise join the lines.
 *   <li>C0 controls other than {@code \t} and {@code \n}, DEL and the C1 controls are dropped: NUL and
 *       friends are rejected or turned into spaces.
 *   <li>Unpaired surrogates are dropped: they are not UTF-8, and Telegram refuses the whole message.
 *   <li>The bidi embeddings and overrides ({@code U+202A}–{@code U+202E}) and isolates
 *       ({@code U+2066}–{@code U+2069}) are dropped: one unclosed override from a feed reverses the
 *       rest of the message. Marks ({@code U+200E}, {@code U+200F}, {@code U+061C}), ZWJ and ZWNJ stay:
 *       Arabic and emoji need them.
 * </ol>
 *
 * <p>A link keeps its link only when its target is an {@code http}, {@code https} or {@code tg} URL
 * ({@link #linkTarget}); otherwise its text stays, plain. A block is trimmed of surrounding white
 * space, and empty spans and blank blocks are dropped, so every block shows something.
 */
final class TelegramText {
    static final char NEXT_LINE = '\u0085';
    static final char LINE_SEPARATOR = '\u2028';
    static final char PARAGRAPH_SEPARATOR = '\u2029';

    private TelegramText() {
    }

    /** The message with every rule applied. */
    static Rich clean(Rich message) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : message.blocks()) {
            List<Span> spans = new ArrayList<>();
            for (Span span : block.spans()) {
                Span clean = cleanSpan(span);
                if (!clean.text().isEmpty()) spans.add(clean);
            }
            Block trimmed = trim(new Block(spans));
            if (!isBlank(trimmed)) blocks.add(trimmed);
        }
        return new Rich(blocks);
    }

    private static Span cleanSpan(Span span) {
        String text = cleanText(span.text());
        if (span.style() != Rich.Style.LINK) return new Span(text, span.style(), Optional.empty());
        Optional<String> target = linkTarget(span.url().orElseThrow());
        if (target.isEmpty()) return Span.plain(text);
        // A link with nothing to click on shows its address.
        return Span.link(text.isBlank() ? target.get() : text, target.get());
    }

    /** The text with the character rules applied. */
    static String cleanText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
            } else if (c == NEXT_LINE || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                out.append('\n');
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                }
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || Character.isLowSurrogate(c) // a high one before it has taken it already
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * The address a link may point to: the URL with the character rules applied and spaces
     * percent-encoded, when its scheme is {@code http}, {@code https} or {@code tg} and something
     * follows the scheme. A {@code javascript:}, {@code data:} or {@code file:} link, or one with
     * other white space in it, has none.
     */
    static Optional<String> linkTarget(String url) {
        String u = cleanText(url).strip().replace(" ", "%20");
        if (u.chars().anyMatch(Character::isWhitespace)) return Optional.empty();
        String lower = u.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("https://", "http://", "tg:")) {
            if (lower.startsWith(scheme) && u.length() > scheme.length()) return Optional.of(u);
        }
        return Optional.empty();
    }

    /** Whether a block shows nothing: only white space and invisible format characters. */
    static boolean isBlank(Block block) {
        return block.spans().stream().allMatch(s -> s.text().codePoints().allMatch(TelegramText::isInvisible));
    }

    private static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** The block without white space at its ends (Telegram trims a message's ends anyway). */
    static Block trim(Block block) {
        List<Span> spans = new ArrayList<>(block.spans());
        while (!spans.isEmpty() && spans.getFirst().text().isBlank()) spans.removeFirst();
        while (!spans.isEmpty() && spans.getLast().text().isBlank()) spans.removeLast();
        if (spans.isEmpty()) return new Block(spans);
        spans.set(0, withText(spans.getFirst(), spans.getFirst().text().stripLeading()));
        int last = spans.size() - 1;
        spans.set(last, withText(spans.get(last), spans.get(last).text().stripTrailing()));
        return new Block(spans);
    }

    static Span withText(Span span, String text) {
        return new Span(text, span.style(), span.url());
    }
}
