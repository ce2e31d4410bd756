package com.nabaa.bot;

/**
 * At most {@code limit} requests in any window as the other side counts them. Telegram counts a
 * message when it arrives, somewhere between the moment the request starts and the moment its
 * answer is back; so a request may start only a full window after the one {@code limit} starts
 * before it was answered. Then any {@code limit + 1} arrivals span at least the window, whatever the
 * jitter on the way (a pause of the sender, a slow request, a busy server) — even spacing alone
 * ({@link Pace}) keeps the limit only while the jitter stays under its margin. While requests go
 * evenly and are answered at once, this holds nothing back. Not thread-safe: the {@link Sender}
 * guards it.
 */
final class ArrivalWindow {
    /**
     * A request still unanswered this long after it started holds the window no longer (it counts
     * as answered then): one hung request must not stall every send until its timeout.
     */
    static final long STALL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

    private final long windowNanos;
    private final long[] startedAt;
    private final long[] answeredAt;
    private long started;

    ArrivalWindow(int limit, long windowNanos) {
        if (limit < 1) throw new IllegalArgumentException("at least one request per window");
        this.windowNanos = windowNanos;
        this.startedAt = new long[limit];
        this.answeredAt = new long[limit];
    }

    /** The earliest time, at or after {@code now}, for the next request to start. */
    long allowedAt(long now) {
        if (started < startedAt.length) return now;
        int slot = slot(started);
        long answered = answeredAt[slot] != Long.MAX_VALUE ? answeredAt[slot] : startedAt[slot] + STALL_NANOS;
        return Math.max(now, answered + windowNanos);
    }

    /** A request starts at {@code now}; returns its ticket for {@link #answered}. */
    long start(long now) {
        long ticket = started++;
        startedAt[slot(ticket)] = now;
        answeredAt[slot(ticket)] = Long.MAX_VALUE;
        return ticket;
    }

    /** The request's answer (or error) came back at {@code now}. */
    void answered(long ticket, long now) {
        // A ticket whose slot a later request took (it stalled and was let go) no longer counts.
        if (started - ticket <= startedAt.length) answeredAt[slot(ticket)] = now;
    }

    private int slot(long ticket) {
        return (int) (ticket % startedAt.length);
    }
}
