package com.nabaa.bot;

/**
 * Spaces events evenly: at most one per {@code interval}. Telegram's limits are stated per second
 * or per minute, but a burst at the start of each window arrives in clumps (one message of it a
 * little late, the next one early) and a counter on the other side sees more than the limit; even
 * spacing never does. Not thread-safe: the {@link Sender} guards it.
 */
final class Pace {
    private final long intervalNanos;
    private long last;
    private boolean any;

    Pace(long intervalNanos) {
        if (intervalNanos < 0) throw new IllegalArgumentException("interval must not be negative");
        this.intervalNanos = intervalNanos;
    }

    /** {@code events} evenly spaced over {@code windowNanos}. */
    static Pace of(int events, long windowNanos) {
        if (events < 1) throw new IllegalArgumentException("at least one event per window");
        return new Pace(windowNanos / events);
    }

    /** The earliest time, at or after {@code now}, for the next event. */
    long allowedAt(long now) {
        return any ? Math.max(now, last + intervalNanos) : now;
    }

    void record(long now) {
        last = now;
        any = true;
    }

    /** True when the pace no longer holds anything back: the chat's state can be forgotten. */
    boolean idle(long now) {
        return !any || now - last >= intervalNanos;
    }
}
