package com.nabaa.store;

import java.io.IOException;
import java.util.List;

/**
 * Something derived from the article store that follows its sequence ({@link ArticleFollower}):
 * the index, and next the topic alerts. It handles every write once, in sequence order; an update of
 * an article comes again with a new sequence number and a higher {@link StoredArticle#revision}.
 */
public interface ArticleConsumer {
    /** A short name for threads and logs ("index", "alerts"). */
    String name();

    /** The sequence number up to which this consumer's work is durable: it resumes after it. */
    long position() throws IOException;

    /**
     * Handles the next writes, in sequence order. When it returns, they are done in memory; they
     * become durable at the next {@link #commit}. An article that cannot be handled is the
     * consumer's to report and skip: an exception here is taken as a failure of the whole page,
     * which is offered again.
     */
    void accept(List<StoredArticle> page) throws IOException;

    /** Makes everything accepted so far durable, recording {@code seq} as its position. */
    void commit(long seq) throws IOException;

    /** Everything stored so far is handled and committed: a quiet moment for housekeeping. */
    default void caughtUp() {
    }
}
