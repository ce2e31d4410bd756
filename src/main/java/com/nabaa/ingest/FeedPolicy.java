package com.nabaa.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How feeds are polled.
 *
 * @param maxFailures failures in a row that disable a feed (and tell the admins)
 * @param parallel    feeds polled at once at most, so that a slow site holds up one poll, not all
 * @param maxBackoff  the longest wait after failures (a feed's own interval wins when it is longer)
 * @param closeGrace  how long closing lets polls in flight finish before interrupting them
 */
public record FeedPolicy(int maxFailures, int parallel, Duration maxBackoff, Duration closeGrace) {
    /** The part of a wait after failures added at random, so that feeds that failed together spread out. */
    static final double JITTER = 0.1;

    public FeedPolicy {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1, got " + maxFailures);
        if (parallel < 1) throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(closeGrace, "closeGrace");
    }

    /** Disabled after 5 failures in a row, 3 feeds at once, at most 6 hours between retries, 5 s to close. */
    public static FeedPolicy defaults() {
        return new FeedPolicy(5, 3, Duration.ofHours(6), Duration.ofSeconds(5));
    }

    public FeedPolicy withMaxFailures(int n) {
        return new FeedPolicy(n, parallel, maxBackoff, closeGrace);
    }

    public FeedPolicy withParallel(int n) {
        return new FeedPolicy(maxFailures, n, maxBackoff, closeGrace);
    }

    /**
     * The wait before retrying a feed that failed {@code failures} times in a row: its interval ×
     * 2^failures, at most {@link #maxBackoff} (or the interval, if longer), plus up to
     * {@value #JITTER} of that at random ({@code random} in [0, 1)).
     */
    Duration retryDelay(Duration interval, int failures, double random) {
        Duration cap = interval.compareTo(maxBackoff) > 0 ? interval : maxBackoff;
        int doublings = Math.max(0, Math.min(failures, 40));
        long millis = interval.toMillis();
        Duration backoff = millis > cap.toMillis() >> doublings ? cap : Duration.ofMillis(millis << doublings);
        return backoff.plusMillis((long) (backoff.toMillis() * JITTER * random));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
