package com.nabaa.admin;

import java.util.Objects;

/** What {@code /announce} made: a draft ready to send, or why there is none. */
public sealed interface Preview {
    /** The longest announcement: one Telegram message (4,096 characters) with room to spare. */
    int MAX_CHARS = 4_000;

    /**
     * A draft, stored: the text as readers will see it and how many chats it reaches now.
     *
     * @param id the announcement's id, for its Send and Cancel buttons
     */
    record Ready(long id, String text, Segment segment, long reach) implements Preview {
        public Ready {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(segment, "segment");
        }
    }

    /** Nothing was stored. */
    enum Problem implements Preview {
        /** No text after the command (and segment). */
        NO_TEXT,
        /** Longer than one Telegram message can carry. */
        TOO_LONG,
        /** "lang:" with a language other than ar or en. */
        UNKNOWN_SEGMENT,
        /** "topic:" while topic followers are not connected (see {@link TopicFollowers}). */
        NO_TOPICS
    }
}
