package com.nabaa.question;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A half-open time range {@code [from, to)}, as a date filter for news: an article published at
 * instant {@code t} is in the range when {@code from <= t < to}.
 */
public record DateRange(Instant from, Instant to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty date range: from " + from + " is not before to " + to);
        }
    }

    /** The range between two zoned times, in their instants. */
    public static DateRange between(ZonedDateTime from, ZonedDateTime to) {
        return new DateRange(from.toInstant(), to.toInstant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
