package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void countsRecallAtEachCutOffAndTheReciprocalRankOfTheGoldResult() {
        Metrics m = new Metrics();
        m.add(List.of(List.of("gold")), "gold", true, true, false);                           // rank 1
        m.add(List.of(List.of("a"), List.of("b", "gold")), "gold", false, true, true);        // rank 2, in a story
        m.add(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("gold")), "gold", false, true, false); // rank 4
        m.add(List.of(), "gold", false, false, false);                                         // nothing found

        assertThat(m.questions()).isEqualTo(4);
        assertThat(m.mrr()).isEqualTo((1 + 0.5 + 0.25) / 4);
        assertThat(m.row()).isEqualTo("    4  0.250  0.500  0.750   0.438   0.250   0.250   0.250");
    }

    @Test
    void aGoldResultBelowTheTenthDoesNotCount() {
        Metrics m = new Metrics();
        List<List<String>> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) eleven.add(List.of("other" + i));
        eleven.add(List.of("gold"));

        m.add(eleven, "gold", false, true, false);

        assertThat(m.mrr()).isZero();
    }

    @Test
    void aGoldAnswerIsShownWhateverItsHamzaOrPunctuation() {
        assertThat(Evaluation.shown(List.of("إلى 308 نقطة"), "تخلى الفريق عن الى 308 نقطة، في الموسم")).isTrue();
        assertThat(Evaluation.shown(List.of("309 نقاط"), "تخلى الفريق عن 308 نقطة")).isFalse();
        assertThat(Evaluation.shown(List.of(""), "أي نص")).isFalse();
        assertThat(Evaluation.shown(List.of("0-1"), "خسارة فريقه أمام أوروغواي صفر-1")).as("zero written out").isTrue();
        assertThat(Evaluation.shown(List.of("2-0"), "فاز 2 - صفر")).isTrue();
        assertThat(Evaluation.shown(List.of("0-1"), "صفر الميزانية 1")).isFalse();
    }

    @Test
    void aResultIsAHitWhenAnyOfItsArticlesIsAnyOfTheRelevantOnes() {
        Metrics m = new Metrics();
        Set<String> relevant = Set.of("bbc-1", "sky-2");
        m.add(List.of(List.of("other"), List.of("cnn-3", "sky-2")), relevant, false, true, false);   // rank 2
        m.add(List.of(List.of("other"), List.of("unrelated")), relevant, false, false, false);    // none

        assertThat(m.mrr()).isEqualTo(0.25);
        assertThat(m.retrievalRow()).isEqualTo("    2  0.000  0.500  0.500   0.250   0.500");
    }
}
