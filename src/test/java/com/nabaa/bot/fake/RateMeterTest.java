package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token buckets of {@link RateMeter} against Telegram's default limits, on a synthetic clock. */
class RateMeterTest {
    private static final long SECOND = 1_000_000_000L;
    private final RateMeter meter = new RateMeter(RateLimits.TELEGRAM);

    @Test
    void aPrivateChatTakesABurstOfThreeThenOneASecond() {
        assertThat(meter.send(1, true, 0)).isEmpty();
        assertThat(meter.send(1, true, 1)).isEmpty();
        assertThat(meter.send(1, true, 2)).isEmpty();
        assertThat(meter.send(1, true, 3)).contains(Violation.Rule.RATE_PRIVATE_CHAT);
        assertThat(meter.send(1, true, SECOND + 10)).isEmpty();
        assertThat(meter.send(1, true, SECOND + 20)).contains(Violation.Rule.RATE_PRIVATE_CHAT);
    }

    @Test
    void oneMessageASecondToAPrivateChatIsFineForever() {
        for (int i = 0; i < 100; i++) {
            assertThat(meter.send(1, true, i * SECOND)).as("message %d", i).isEmpty();
        }
    }

    @Test
    void aGroupTakesTwentyAMinute() {
        for (int i = 0; i < 20; i++) {
            assertThat(meter.send(-5, false, i)).isEmpty();
        }
        assertThat(meter.send(-5, false, 21)).contains(Violation.Rule.RATE_GROUP);
        assertThat(meter.send(-5, false, 3 * SECOND + 30)).isEmpty();
    }

    @Test
    void thirtyChatsASecondOverallThenTheThirtyFirstIsTooMany() {
        for (int chat = 1; chat <= 30; chat++) {
            assertThat(meter.send(chat, true, chat)).isEmpty();
        }
        assertThat(meter.send(31, true, 31)).contains(Violation.Rule.RATE_OVERALL);
    }

    @Test
    void noLimitsMeansNoViolations() {
        RateMeter free = new RateMeter(RateLimits.NONE);
        for (int i = 0; i < 1000; i++) {
            assertThat(free.send(1, true, i)).isEqualTo(Optional.empty());
        }
    }
}
