package com.nabaa.push;

import java.util.Objects;

/** What became of a request to follow a topic. */
public sealed interface FollowResult {
    /** The chat follows the topic from now on. */
    record Added(Topic topic) implements FollowResult {
        public Added {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** The chat followed exactly this topic already; nothing changed. */
    record AlreadyFollowing(Topic topic) implements FollowResult {
        public AlreadyFollowing {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** The chat follows {@code max} topics, as many as a chat may; nothing changed. */
    record TooMany(int max) implements FollowResult {
    }
}
