package com.nabaa.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the conversation asks its carrier to do. */
public sealed interface Outgoing permits Outgoing.Send, Outgoing.Edit, Outgoing.Notice, Outgoing.InlineAnswer {

    /**
     * A new message to a chat.
     *
     * @param buttons     rows of buttons under it
     * @param linkPreview whether the carrier may show a preview of the first link (on for one story,
     *                    off for lists)
     * @param replyTo     a message of the reader's to reply to
     * @param shows       what the message shows, for {@link Conversation#sent}: once the carrier knows
     *                    the message's id, replies to it and presses of its buttons find their way back
     */
    record Send(long chatId, Rich body, List<List<Button>> buttons, boolean linkPreview, Optional<Long> replyTo,
                Optional<String> shows) implements Outgoing {
        public Send {
            Objects.requireNonNull(body, "body");
            buttons = buttons.stream().map(List::copyOf).toList();
            Objects.requireNonNull(replyTo, "replyTo");
            Objects.requireNonNull(shows, "shows");
        }
    }

    /** Replaces the text and buttons of one of the bot's messages (paging "more", a story's details). */
    record Edit(long chatId, long messageId, Rich body, List<List<Button>> buttons, boolean linkPreview,
                Optional<String> shows) implements Outgoing {
        public Edit {
            Objects.requireNonNull(body, "body");
            buttons = buttons.stream().map(List::copyOf).toList();
            Objects.requireNonNull(shows, "shows");
        }
    }

    /**
     * The answer to a button press: a short note shown over the chat, or nothing visible when
     * {@code text} is empty. Exactly one per {@link Incoming.Press}.
     */
    record Notice(Optional<String> text, boolean alert) implements Outgoing {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Results of an inline search.
     *
     * @param nextOffset   the offset of the next page, when there is one
     * @param cacheSeconds how long the carrier may keep these results for the same query
     */
    record InlineAnswer(List<InlineArticle> results, Optional<String> nextOffset, int cacheSeconds)
            implements Outgoing {
        /** Telegram's limit on results per page. */
        public static final int MAX_RESULTS = 50;

        public InlineAnswer {
            results = List.copyOf(results);
            if (results.size() > MAX_RESULTS) throw new IllegalArgumentException("over " + MAX_RESULTS + " results");
            Objects.requireNonNull(nextOffset, "nextOffset");
        }
    }

    /**
     * One inline result: an article a reader can post into any chat.
     *
     * @param id          unique within the answer (at most 64 bytes)
     * @param message     what is posted when the reader picks it
     */
    record InlineArticle(String id, String title, String description, String url, Rich message) {
        public InlineArticle {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(message, "message");
        }
    }
}
