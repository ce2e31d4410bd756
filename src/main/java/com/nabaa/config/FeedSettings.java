package com.nabaa.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The feeds {@code nabaa serve} keeps polling.
 *
 * @param enabled     poll feeds at all ({@code feeds.enabled})
 * @param file        the operator's feed list ({@code feeds.file}); a missing file is an empty list
 * @param starter     also poll the starter list of public Arabic news feeds ({@code feeds.starter})
 * @param starterFile the starter list ({@code feeds.starter.file})
 * @param interval    how often a listed feed without its own interval is polled ({@code feeds.interval.minutes})
 * @param maxFailures failures in a row that disable a feed and tell the admins ({@code feeds.max.failures})
 * @param parallel    feeds polled at once at most ({@code feeds.parallel})
 */
public record FeedSettings(boolean enabled, Path file, boolean starter, Path starterFile, Duration interval,
                           int maxFailures, int parallel) {
    public FeedSettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(starterFile, "starterFile");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("feeds.interval.minutes must be positive");
        if (maxFailures < 1 || parallel < 1) throw new IllegalArgumentException("feeds.max.failures and feeds.parallel must be positive");
    }
}
