package com.nabaa.index;

import java.time.Instant;

/**
 * Hands out point-in-time views of the index, one per question ({@link NewsIndex} is one): the
 * caller closes each view it acquires, with try-with-resources.
 */
@FunctionalInterface
public interface PassageSearchers {
    /** A view of the last refreshed commit, held until the caller closes it. */
    PassageSearcher acquire();

    /**
     * A view of the last refreshed commit as a reader at {@code clock} sees it: nothing published
     * after the clock is in it ({@link PassageSearcher#asOf}). Every answer and list is read this way.
     */
    default PassageSearcher acquire(Instant clock) {
        return acquire().asOf(clock);
    }
}
