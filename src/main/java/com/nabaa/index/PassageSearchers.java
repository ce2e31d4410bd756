package com.nabaa.index;

/**
 * Hands out point-in-time views of the index, one per question ({@link NewsIndex} is one): the
 * caller closes each view it acquires, with try-with-resources.
 */
@FunctionalInterface
public interface PassageSearchers {
    /** A view of the last refreshed commit, held until the caller closes it. */
    PassageSearcher acquire();
}
