package com.nabaa.push;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chat asked to be pushed and how: breaking news (since when), instant alerts or a daily
 * digest at its hour, quiet hours, and the reader's time zone, in which hours are counted.
 *
 * @param breakingSince when the chat subscribed to breaking news: nothing published before is pushed
 * @param digestHour    the hour (0–23) of the daily digest, for {@link Delivery#DIGEST}
 */
public record Subscription(long chatId, boolean breaking, Optional<Instant> breakingSince, Delivery delivery,
                           int digestHour, Optional<QuietHours> quiet, ZoneId zone) {
    /** A chat's settings before it changed any. */
    public static final int DEFAULT_DIGEST_HOUR = 8;

    public Subscription {
        Objects.requireNonNull(breakingSince, "breakingSince");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(zone, "zone");
        if (digestHour < 0 || digestHour > 23) throw new IllegalArgumentException("no hour " + digestHour);
        if (breaking && breakingSince.isEmpty()) throw new IllegalArgumentException("breaking news since when?");
    }

    /** Nothing subscribed, alerts instant, no quiet hours. */
    public static Subscription none(long chatId, ZoneId zone) {
        return new Subscription(chatId, false, Optional.empty(), Delivery.INSTANT, DEFAULT_DIGEST_HOUR, Optional.empty(),
                zone);
    }

    /** Subscribed to breaking news from {@code since} on; a chat already subscribed keeps its own date. */
    public Subscription withBreaking(Instant since) {
        if (breaking) return this;
        return new Subscription(chatId, true, Optional.of(since), delivery, digestHour, quiet, zone);
    }

    public Subscription withoutBreaking() {
        return new Subscription(chatId, false, Optional.empty(), delivery, digestHour, quiet, zone);
    }

    public Subscription withDelivery(Delivery d) {
        return new Subscription(chatId, breaking, breakingSince, d, digestHour, quiet, zone);
    }

    public Subscription withDigestHour(int hour) {
        return new Subscription(chatId, breaking, breakingSince, delivery, hour, quiet, zone);
    }

    public Subscription withQuiet(Optional<QuietHours> hours) {
        return new Subscription(chatId, breaking, breakingSince, delivery, digestHour, hours, zone);
    }

    public Subscription withZone(ZoneId other) {
        return new Subscription(chatId, breaking, breakingSince, delivery, digestHour, quiet, other);
    }

    /** How a push made at {@code at} goes: at once with sound, at once in silence, or held until the quiet hours end. */
    public Timing timing(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (quiet.isEmpty() || !quiet.get().contains(local)) return new Timing(false, at);
        return quiet.get().mode() == QuietHours.Mode.SILENT ? new Timing(true, at)
                : new Timing(false, quiet.get().endAfter(local).toInstant());
    }

    /** The first digest hour after {@code after}, in the reader's zone. */
    public Instant nextDigest(Instant after) {
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime at = local.with(LocalTime.of(digestHour, 0));
        return (at.isAfter(local) ? at : local.plusDays(1).with(LocalTime.of(digestHour, 0))).toInstant();
    }

    /** When and how a push is delivered. */
    public record Timing(boolean silent, Instant notBefore) {
        public Timing {
            Objects.requireNonNull(notBefore, "notBefore");
        }
    }
}
