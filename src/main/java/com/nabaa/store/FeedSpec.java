package com.nabaa.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed as an operator names it: where it is, how often to poll it, and hints for its articles.
 *
 * @param url              the feed's address (only http and https ones can be polled; the poller
 *                         reports any other as the feed's failure)
 * @param interval         how long between two polls while the feed answers
 * @param name             the outlet's name, shown as the articles' source
 * @param section          the section of every article of the feed (a category name such as {@code economy})
 * @param breakingCategory an item category that marks breaking news in this feed; {@code *} marks every item
 */
public record FeedSpec(URI url, Duration interval, Optional<String> name, Optional<String> section,
                       Optional<String> breakingCategory) {
    public FeedSpec {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a feed's interval must be positive, got " + interval + " for " + url);
        }
        name = clean(name);
        section = clean(section);
        breakingCategory = clean(breakingCategory);
    }

    /** A feed with a name at most, and no other hint. */
    public FeedSpec(URI url, Duration interval, Optional<String> name) {
        this(url, interval, name, Optional.empty(), Optional.empty());
    }

    private static Optional<String> clean(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
