package com.nabaa.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quiet hours and digest hours, counted in the reader's time zone. */
class SubscriptionTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static Instant cairo(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, CAIRO).toInstant();
    }

    private static Subscription quiet(QuietHours.Mode mode) {
        return Subscription.none(1, CAIRO).withQuiet(Optional.of(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0), mode)));
    }

    @Test
    void quietHoursAcrossMidnightHoldAPushUntilTheMorning() {
        Subscription s = quiet(QuietHours.Mode.DEFER);

        assertThat(s.timing(cairo(25, 23, 30))).isEqualTo(new Subscription.Timing(false, cairo(26, 7, 0)));
        assertThat(s.timing(cairo(26, 3, 0))).isEqualTo(new Subscription.Timing(false, cairo(26, 7, 0)));
        assertThat(s.timing(cairo(26, 7, 0))).as("over at 7").isEqualTo(new Subscription.Timing(false, cairo(26, 7, 0)));
        assertThat(s.timing(cairo(26, 22, 59))).isEqualTo(new Subscription.Timing(false, cairo(26, 22, 59)));
    }

    @Test
    void silentQuietHoursSendAtOnceWithoutSound() {
        assertThat(quiet(QuietHours.Mode.SILENT).timing(cairo(25, 23, 30)))
                .isEqualTo(new Subscription.Timing(true, cairo(25, 23, 30)));
    }

    @Test
    void theNextDigestIsTheReadersHourInTheReadersZone() {
        Subscription s = Subscription.none(1, CAIRO).withDelivery(Delivery.DIGEST).withDigestHour(8);

        assertThat(s.nextDigest(cairo(25, 7, 59))).isEqualTo(cairo(25, 8, 0));
        assertThat(s.nextDigest(cairo(25, 8, 0))).isEqualTo(cairo(26, 8, 0));
        assertThat(s.withZone(RIYADH).nextDigest(cairo(25, 6, 0)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, RIYADH).toInstant());
    }

    @Test
    void aChatAlreadySubscribedKeepsItsDate() {
        Subscription s = Subscription.none(1, CAIRO).withBreaking(cairo(20, 10, 0));

        assertThat(s.withBreaking(cairo(25, 10, 0)).breakingSince()).contains(cairo(20, 10, 0));
    }
}
