package com.nabaa.push;

import com.nabaa.store.StoredArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Only news is pushed. An article is news when it arrives as a new story (not an update of one
 * already stored) published within the last {@link #MAX_AGE} of the clock. Its time is its
 * publication date, or when the store first saw it if it has no date or a date after that (an
 * outlet that stamps local time without its offset looks a few hours ahead); a date more than
 * {@link #MAX_AHEAD} after it arrived is wrong, and such an article is not pushed. So ingesting an
 * archive pushes nothing, and neither does catching up on articles that waited longer than
 * {@link #MAX_AGE} (after a stop): they are no longer news.
 */
final class Freshness {
    static final Duration MAX_AGE = Duration.ofHours(6);
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private Freshness() {
    }

    /** The article's time for alerts, when it is news at {@code now}; empty when it is not. */
    static Optional<Instant> newsTime(StoredArticle stored, Instant now) {
        if (stored.isUpdate()) return Optional.empty();
        Instant seen = stored.firstSeen();
        Optional<Instant> published = stored.article().published();
        if (published.isPresent() && published.get().isAfter(seen.plus(MAX_AHEAD))) return Optional.empty();
        Instant t = published.filter(p -> p.isBefore(seen)).orElse(seen);
        if (t.isBefore(now.minus(MAX_AGE)) || t.isAfter(now.plus(MAX_AHEAD))) return Optional.empty();
        return Optional.of(t);
    }
}
