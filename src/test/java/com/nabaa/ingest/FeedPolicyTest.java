package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before retrying a failing feed. */
class FeedPolicyTest {
    private final FeedPolicy policy = FeedPolicy.defaults();
    private final Duration ten = Duration.ofMinutes(10);

    @Test
    void doublesTheIntervalWithEveryFailureInARow() {
        assertThat(policy.retryDelay(ten, 1, 0)).isEqualTo(Duration.ofMinutes(20));
        assertThat(policy.retryDelay(ten, 2, 0)).isEqualTo(Duration.ofMinutes(40));
        assertThat(policy.retryDelay(ten, 3, 0)).isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void neverWaitsLongerThanTheCapOrTheFeedsOwnIntervalIfThatIsLonger() {
        assertThat(policy.retryDelay(ten, 10, 0)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.retryDelay(ten, 1_000, 0)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.retryDelay(Duration.ofHours(12), 3, 0)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void addsUpToATenthAtRandomSoThatFeedsThatFailedTogetherSpreadOut() {
        assertThat(policy.retryDelay(ten, 1, 0.5)).isEqualTo(Duration.ofMinutes(21));
        assertThat(policy.retryDelay(ten, 1, 0.999)).isLessThan(Duration.ofMinutes(22));
    }
}
