package com.nabaa.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's subscription as the store keeps it: breaking news and how alerts are delivered.
 *
 * @param breakingSince when the chat subscribed to breaking news (nothing older is pushed to it)
 * @param delivery      "instant" or "digest"
 * @param digestHour    the hour of the day (0–23, in {@code zone}) a digest reader gets the digest
 * @param quietFrom     start of the quiet hours, in minutes after midnight in {@code zone}
 * @param quietTo       their end (may be before the start: the quiet hours span midnight)
 * @param quietMode     "silent" (delivered without sound) or "defer" (held until the quiet hours end)
 * @param zone          the reader's time zone id ("Africa/Cairo")
 * @param nextDigest    when the next digest falls due, for digest readers
 */
public record StoredSubscription(long chatId, boolean breaking, Optional<Instant> breakingSince, String delivery,
                                 int digestHour, Optional<Integer> quietFrom, Optional<Integer> quietTo,
                                 String quietMode, String zone, Optional<Instant> nextDigest) {
    public StoredSubscription {
        Objects.requireNonNull(breakingSince, "breakingSince");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(quietFrom, "quietFrom");
        Objects.requireNonNull(quietTo, "quietTo");
        Objects.requireNonNull(quietMode, "quietMode");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nextDigest, "nextDigest");
    }
}
