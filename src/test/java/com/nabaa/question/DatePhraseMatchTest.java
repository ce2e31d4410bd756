package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The value records of date phrases: {@link DateRange} and {@link DatePhraseMatch}. */
class DatePhraseMatchTest {
    private static final Instant T0 = Instant.parse("2026-11-24T22:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-25T22:00:00Z");

    @Test
    void rangeIsHalfOpen() {
        DateRange day = new DateRange(T0, T1);
        assertThat(day.contains(T0)).isTrue();
        assertThat(day.contains(T1.minusNanos(1))).isTrue();
        assertThat(day.contains(T1)).isFalse();
    }

    @Test
    void emptyOrBackwardRangeIsRejected() {
        assertThatThrownBy(() -> new DateRange(T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateRange(T1, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchPhraseMustFillItsSpan() {
        DateRange day = new DateRange(T0, T1);
        assertThatThrownBy(() -> new DatePhraseMatch(day, 3, 5, "امبارح", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatePhraseMatch(day, 4, 4, "", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingAPhraseJoinsTheWordsAroundIt() {
        DatePhraseMatch match = new DatePhraseMatch(new DateRange(T0, T1), 4, 10, "امبارح", true);
        assertThat(match.removeFrom("حصل امبارح ايه")).isEqualTo("حصل ايه");
    }
}
