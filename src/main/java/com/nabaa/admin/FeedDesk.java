package com.nabaa.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The feeds Nabaa polls, as an admin manages them; the feed polling (ingest) connects it. Its
 * methods are called on the conversation's threads.
 */
public interface FeedDesk {
    /**
     * Starts polling the feed at {@code url}, every {@code every} (the poller's default when empty).
     *
     * @throws Refused when it will not (not a feed, already polled, …): the message says why, for the admin
     */
    Feed add(String url, Optional<Duration> every);

    /** Stops polling the feed at {@code url}; false when no such feed is polled. */
    boolean remove(String url);

    /** Every feed, in a stable order (an admin removes one by its number in this list). */
    List<Feed> list();

    /**
     * One feed and its health.
     *
     * @param failures  failed polls in a row (0 when the last one worked)
     * @param lastError what the last failed poll said
     */
    record Feed(String url, Duration every, Health health, int failures, Optional<String> lastError,
                Optional<Instant> lastPolled) {
        public Feed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(lastError, "lastError");
            Objects.requireNonNull(lastPolled, "lastPolled");
        }
    }

    enum Health {
        OK,
        /** Its last polls failed; still polled. */
        FAILING,
        /** Failed too often: no longer polled until an admin adds it again. */
        DISABLED
    }

    /** The feed desk will not do what was asked; the message is for the admin. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
