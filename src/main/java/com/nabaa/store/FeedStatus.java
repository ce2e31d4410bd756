package com.nabaa.store;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A polled feed and its health, as the store knows it.
 *
 * @param id                  the feed's number, for admin commands
 * @param origin              whether it comes from the feed list file or was added by an admin
 * @param enabled             false once it failed too often in a row (or an admin paused it): not
 *                            polled until it is enabled again
 * @param disabledReason      why it was disabled, while it is
 * @param lastPoll            when it was last polled, whatever came of it
 * @param lastSuccess         when a poll last succeeded (a 304 Not Modified is a success)
 * @param lastFailure         the last failure, when and why; kept after later successes
 * @param consecutiveFailures failures since the last success
 * @param nextPoll            when it is due next
 * @param articlesTaken       new and updated articles it brought in, over all polls
 * @param added               when it was first stored
 * @param etag                the {@code ETag} of its last 200 response
 * @param lastModified        the {@code Last-Modified} of its last 200 response
 */
public record FeedStatus(long id, FeedSpec spec, Origin origin, boolean enabled, Optional<String> disabledReason,
                         Optional<Instant> lastPoll, Optional<Instant> lastSuccess, Optional<Failure> lastFailure,
                         int consecutiveFailures, Instant nextPoll, long articlesTaken, Instant added,
                         Optional<String> etag, Optional<String> lastModified) {
    public FeedStatus {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(nextPoll, "nextPoll");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public URI url() {
        return spec.url();
    }

    /** The operator's name for the feed, else its address. */
    public String displayName() {
        return spec.name().orElse(spec.url().toString());
    }

    /** Where a feed comes from. */
    public enum Origin {
        /** The feed list file: it follows the file at every start. */
        CONFIGURED,
        /** Added by an admin; stays until an admin removes it. */
        ADMIN
    }

    /** A failed poll: when, and why in one line. */
    public record Failure(Instant at, String message) {
        public Failure {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }
}
