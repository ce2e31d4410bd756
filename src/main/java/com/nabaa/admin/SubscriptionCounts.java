package com.nabaa.admin;

import java.util.List;
import java.util.Objects;

/** What the statistics need of the subscriptions (push connects it): how many, and on what. */
public interface SubscriptionCounts {
    Counts counts();

    /**
     * @param chats   chats with at least one subscription (breaking news, a digest, a topic)
     * @param follows (chat, topic) follows
     * @param topics  distinct topics followed
     * @param top     the most followed topics, most first (a few)
     */
    record Counts(long chats, long follows, long topics, List<Topic> top) {
        public Counts {
            top = List.copyOf(top);
        }
    }

    record Topic(String topic, long followers) {
        public Topic {
            Objects.requireNonNull(topic, "topic");
        }
    }
}
