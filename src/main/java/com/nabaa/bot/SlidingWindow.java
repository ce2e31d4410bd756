package com.nabaa.bot;

import java.util.ArrayDeque;

/**
 * At most {@code limit} events in any window of {@code windowNanos}: exact, unlike a token bucket,
 * whose full bucket plus its refill lets twice the limit through in one second. Not thread-safe:
 * the {@link Sender} guards it.
 */
final class SlidingWindow {
    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    SlidingWindow(int limit, long windowNanos) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    /** The earliest time, at or after {@code now}, at which one more event keeps the limit. */
    long allowedAt(long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) times.pollFirst();
        return times.size() < limit ? now : times.peekFirst() + windowNanos;
    }

    void record(long now) {
        times.addLast(now);
        if (times.size() > limit) times.pollFirst();
    }

    /** True when the window holds nothing any more: the chat's state can be forgotten. */
    boolean idle(long now) {
        return times.isEmpty() || now - times.peekLast() >= windowNanos;
    }
}
