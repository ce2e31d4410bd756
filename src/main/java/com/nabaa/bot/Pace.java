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

    /**
     * Slots 2% wider than the limit's even spacing (30 a second become 29.4): what leaves here evenly
     * arrives on the other side with the network's jitter. The {@link ArrivalWindow} holds the limit
     * whatever the jitter; the margin keeps it from having to hold anything back in the usual case.
     */
    static final double MARGIN = 1.02;

    /** {@code events} evenly spaced over {@code windowNanos}, with the {@link #MARGIN}. */
    static Pace of(int events, long windowNanos) {
        if (events < 1) throw new IllegalArgumentException("at least one event per window");
        return new Pace((long) (windowNanos * MARGIN / events));
    }

    /** The earliest time, at or after {@code now}, for the next event. */
    long allowedAt(long now) {
        return any ? Math.max(now, last + intervalNanos) : now;
    }

    /**
     * Records an event at {@code now}. An event sent a little late keeps the next one on its slot
     * (a scheduler that wakes 0.2 ms late at 1,000 a second would otherwise send 830); after a pause
     * the slots start again from now, so no burst is saved up.
     */
    void record(long now) {
        last = any ? Math.min(now, Math.max(last + intervalNanos, now - catchUp())) : now;
        any = true;
    }

    /**
     * How far behind its slots an event may be and still keep the next on its slot: a timer's
     * lateness, not a GC pause, whose backlog sent at once would break the limit downstream.
     */
    private long catchUp() {
        return Math.min(intervalNanos, CATCH_UP_NANOS);
    }

    private static final long CATCH_UP_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(10);

    /** True when the pace no longer holds anything back: the chat's state can be forgotten. */
    boolean idle(long now) {
        return !any || now - last >= intervalNanos;
    }
}
