package com.nabaa.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reader's vote on an answer page, with a copy of what it voted on (the page itself is dropped
 * after some days; the votes are kept for quality work).
 *
 * @param vote    +1 (helpful) or -1 (not helpful)
 * @param query   the question or search the page answered
 * @param stories the page's stories, each its article ids, lead first
 */
public record Feedback(long pageId, long chatId, long userId, int vote, String query, List<List<String>> stories,
                       Instant at) {
    public Feedback {
        if (vote != 1 && vote != -1) throw new IllegalArgumentException("a vote is +1 or -1, not " + vote);
        Objects.requireNonNull(query, "query");
        stories = stories.stream().map(List::copyOf).toList();
        Objects.requireNonNull(at, "at");
    }
}
