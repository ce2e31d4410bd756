package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectAnswersTest {
    @Test
    void precisionCountsOnlyQuestionsWithAGoldAnswerThatGotADirectAnswer() {
        DirectAnswers d = new DirectAnswers();
        d.add(List.of("فرنسا"), Optional.of("توجت فرنسا بكأس العالم بعد فوزها على كرواتيا."));   // right
        d.add(List.of("مودريتش"), Optional.of("فاز مبابي بجائزة أفضل لاعب شاب."));              // wrong
        d.add(List.of("الهلال"), Optional.empty());                                              // none shown
        d.add(List.of(), Optional.of("جملة لا ذهب لها."));                                        // not judged

        assertThat(d.questions()).isEqualTo(3);
        assertThat(d.shown()).isEqualTo(2);
        assertThat(d.right()).isEqualTo(1);
        assertThat(d.precision()).isEqualTo(0.5);
        assertThat(d.coverage()).isEqualTo(2.0 / 3);
    }

    @Test
    void aScoreMatchesWhateverItsDigitsSpacingOrHamza() {
        DirectAnswers d = new DirectAnswers();
        d.add(List.of("2-1"), Optional.of("فاز المنتخب ٢ - ١ في الوقت القاتل."));
        d.add(List.of("أردوغان"), Optional.of("اعلن اردوغان فوزه بالرئاسة."));
        d.add(List.of("2-1"), Optional.of("انتهت المباراة 3-1."));

        assertThat(d.right()).isEqualTo(2);
    }

    @Test
    void nothingShownIsNoPrecisionAtAll() {
        assertThat(new DirectAnswers().precision()).isZero();
    }
}
