package com.nabaa.admin;

import java.util.Objects;

/** What {@code /feeds add} or {@code /feeds remove} did. */
public sealed interface FeedChange {
    record Added(FeedDesk.Feed feed) implements FeedChange {
        public Added {
            Objects.requireNonNull(feed, "feed");
        }
    }

    record Removed(String url) implements FeedChange {
        public Removed {
            Objects.requireNonNull(url, "url");
        }
    }

    /** The feed desk refused, and said why. */
    record Refused(String reason) implements FeedChange {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Nothing changed. */
    enum Problem implements FeedChange {
        /** Not an absolute http(s) URL. */
        NOT_A_URL,
        /** Minutes that are not a whole number from 1 to 1440. */
        BAD_MINUTES,
        /** No feed with that address or number. */
        UNKNOWN_FEED,
        /** Feed management is not connected. */
        UNAVAILABLE
    }
}
