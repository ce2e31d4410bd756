package com.nabaa.admin;

import com.nabaa.news.Language;
import java.util.Objects;

/**
 * An announcement's state as the admin sees it on the one message that shows it: free of any
 * carrier, for the conversation to render as an edit of message {@code messageId} in {@code chatId}.
 *
 * @param language the language the admin is spoken to in about it
 * @param reach    how many chats it was queued for (0 before it is sent)
 */
public record Broadcast(long id, long chatId, long messageId, Language language, Segment segment, Phase phase,
                        long reach, Deliveries deliveries) {
    public Broadcast {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(deliveries, "deliveries");
    }

    /** Where an announcement is. */
    public enum Phase {
        /** Previewed, not sent. */
        DRAFT,
        /** Queued; going out at Telegram's pace. Can be stopped. */
        SENDING,
        /** Every chat has it, or could not be reached. */
        DONE,
        /** Dropped before anything was sent. */
        CANCELLED,
        /** Stopped midway: what had not gone yet is cancelled. */
        STOPPED
    }
}
