package com.nabaa.push;

import java.time.Instant;
import java.util.Objects;

/**
 * A topic a chat follows.
 *
 * @param id      its id: what /unfollow and the unfollow buttons name
 * @param spec    the topic as typed and read
 * @param created when it was followed: nothing published before is pushed for it
 */
public record Topic(long id, long chatId, TopicSpec spec, Instant created) {
    public Topic {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(created, "created");
    }

    /** The topic as the reader typed it. */
    public String typed() {
        return spec.typed();
    }
}
