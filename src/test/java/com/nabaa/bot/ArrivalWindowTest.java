package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window as the other side counts it: times are nanoseconds on a made-up clock. */
class ArrivalWindowTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void requestsAnsweredAtOnceAndSpacedEvenlyAreNeverHeldBack() {
        ArrivalWindow window = new ArrivalWindow(3, SECOND);
        long now = 0;
        for (int i = 0; i < 10; i++) {
            assertThat(window.allowedAt(now)).isEqualTo(now);
            long ticket = window.start(now);
            window.answered(ticket, now + 2 * MS);
            now += 350 * MS;
        }
    }

    @Test
    void aSlowAnswerHoldsTheRequestThatWouldShareItsSecond() {
        ArrivalWindow window = new ArrivalWindow(3, SECOND);
        long slow = window.start(0);
        window.answered(window.start(350 * MS), 352 * MS);
        window.answered(window.start(700 * MS), 702 * MS);
        // The first request may arrive as late as its answer: the fourth must start a second after that.
        window.answered(slow, 400 * MS);

        assertThat(window.allowedAt(1_050 * MS)).isEqualTo(1_400 * MS);
    }

    @Test
    void aRequestStillInFlightHoldsTheWindowOnlyUntilItCountsAsStalled() {
        ArrivalWindow window = new ArrivalWindow(2, SECOND);
        window.start(0);
        window.answered(window.start(10 * MS), 11 * MS);

        assertThat(window.allowedAt(20 * MS)).isEqualTo(ArrivalWindow.STALL_NANOS + SECOND);
    }

    @Test
    void anAnswerThatComesAfterItsSlotWasTakenChangesNothing() {
        ArrivalWindow window = new ArrivalWindow(1, SECOND);
        long hung = window.start(0);
        long next = window.start(ArrivalWindow.STALL_NANOS + SECOND);
        window.answered(hung, 10 * SECOND);

        assertThat(window.allowedAt(5 * SECOND)).isEqualTo(ArrivalWindow.STALL_NANOS + SECOND + ArrivalWindow.STALL_NANOS + SECOND);
        window.answered(next, 5 * SECOND);
        assertThat(window.allowedAt(5 * SECOND)).isEqualTo(6 * SECOND);
    }
}
