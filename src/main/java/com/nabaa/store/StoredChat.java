package com.nabaa.store;

import com.nabaa.news.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat as the store knows it.
 *
 * @param kind     "private", "group" or "channel"
 * @param language the language chosen in the chat with /lang, when one was
 * @param active   false once the chat could not be reached (the reader blocked the bot), until it writes again
 * @param context  the chat's last answer page and when it was shown: what a short follow-up refers to
 */
public record StoredChat(long id, String kind, Optional<Language> language, boolean active, Instant firstSeen,
                         Instant lastSeen, Optional<Context> context) {
    public StoredChat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(context, "context");
    }

    /** The chat's last answer page, and when it was shown. */
    public record Context(long pageId, Instant at) {
        public Context {
            Objects.requireNonNull(at, "at");
        }
    }
}
