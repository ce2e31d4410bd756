package com.nabaa.push;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Hours of the reader's day when alerts must not ring: from {@code from} up to {@code to} in the
 * reader's time zone, across midnight when {@code to} comes first (23:00–07:00). A push that falls in
 * them is delivered without sound, or held until they end, as the reader chose.
 */
public record QuietHours(LocalTime from, LocalTime to, Mode mode) {
    /** What happens to a push that falls in the quiet hours. */
    public enum Mode {
        /** Delivered at once, without a notification sound. */
        SILENT,
        /** Held until the quiet hours end. */
        DEFER
    }

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mode, "mode");
        if (from.equals(to)) throw new IllegalArgumentException("quiet hours from " + from + " to the same time");
    }

    /** Whether {@code t} (in the reader's zone) falls in the quiet hours. */
    public boolean contains(ZonedDateTime t) {
        LocalTime at = t.toLocalTime();
        return from.isBefore(to) ? !at.isBefore(from) && at.isBefore(to) : !at.isBefore(from) || at.isBefore(to);
    }

    /** The first end of the quiet hours after {@code t}. */
    public ZonedDateTime endAfter(ZonedDateTime t) {
        ZonedDateTime end = t.with(to);
        return end.isAfter(t) ? end : t.plusDays(1).with(to);
    }

    public QuietHours withMode(Mode other) {
        return new QuietHours(from, to, other);
    }
}
