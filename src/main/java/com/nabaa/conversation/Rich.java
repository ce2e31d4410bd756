package com.nabaa.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message's text with the little formatting a news reply needs, free of any carrier's markup:
 * Telegram renders it as HTML, the terminal as plain text. Blocks are paragraphs; a long message
 * is split between blocks, and inside one only when the block alone is too long for a message.
 */
public record Rich(List<Block> blocks) {
    public Rich {
        blocks = List.copyOf(blocks);
    }

    /** One paragraph: spans in reading order; a span's text may hold line breaks. */
    public record Block(List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A run of text in one style. {@code url} is present exactly for {@link Style#LINK}. Text is
     * always plain: the renderer escapes it.
     */
    public record Span(String text, Style style, Optional<String> url) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(url, "url");
            if ((style == Style.LINK) != url.isPresent()) {
                throw new IllegalArgumentException("a link span, and only a link span, has a url");
            }
        }

        public static Span plain(String text) {
            return new Span(text, Style.PLAIN, Optional.empty());
        }

        public static Span bold(String text) {
            return new Span(text, Style.BOLD, Optional.empty());
        }

        public static Span italic(String text) {
            return new Span(text, Style.ITALIC, Optional.empty());
        }

        public static Span link(String text, String url) {
            return new Span(text, Style.LINK, Optional.of(url));
        }
    }

    public enum Style { PLAIN, BOLD, ITALIC, LINK }

    /** A message of one paragraph of plain text. */
    public static Rich plain(String text) {
        return new Rich(List.of(new Block(List.of(Span.plain(text)))));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a message paragraph by paragraph. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private List<Span> current = new ArrayList<>();

        public Builder add(Span span) {
            current.add(span);
            return this;
        }

        public Builder plain(String text) {
            return add(Span.plain(text));
        }

        public Builder bold(String text) {
            return add(Span.bold(text));
        }

        public Builder italic(String text) {
            return add(Span.italic(text));
        }

        public Builder link(String text, String url) {
            return add(Span.link(text, url));
        }

        /** Ends the paragraph being written (an empty one is dropped). */
        public Builder paragraph() {
            if (!current.isEmpty()) blocks.add(new Block(current));
            current = new ArrayList<>();
            return this;
        }

        public Rich build() {
            paragraph();
            return new Rich(blocks);
        }
    }
}
