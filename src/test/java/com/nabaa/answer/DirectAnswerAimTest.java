package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.text.ArabicText;
import org.junit.jupiter.api.Test;

/**
 * A sentence telling a target, a plan or an expectation ("تستهدف"، "من المتوقع") tells what is hoped
 * for: it holds no answer to what happened, only to a question about what is planned or to come.
 * (The eighteenth look's "بجد مصر حققت فايض في الميزانيه لأول مره؟ … وقد ايه" had been answered by
 * the surplus Egypt aims at next year.)
 */
class DirectAnswerAimTest {
    private static final String TARGET = "وأضاف الوزير أن الواحة تستهدف تحقيق فائض أولي في الميزانية الجديدة بنسبة 2 بالمئة من الناتج المحلي، بقيمة 100 مليار دينار.";

    @Test
    void aTargetHoldsNoFigureOfWhatWasAchieved() {
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, TARGET, "كم قيمة الفائض الأولي الذي حققته الواحة في الميزانية الجديدة؟")).isFalse();
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, TARGET, "بجد الواحة حققت فايض في الميزانيه؟ فايض ايه ده وقد ايه")).isFalse();
    }

    @Test
    void aTargetHoldsTheFigureOfWhatIsPlanned() {
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, TARGET, "كم قيمة الفائض الأولي الذي تستهدفه الواحة في الميزانية الجديدة؟")).isTrue();
        // Egyptian future: "هتتباع بكام؟" is answered by the expected price
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "وستكون أول سيارة كهربائية بالسوق بقيمة متوقعة للبيع 585 ألف جنيه.",
                "أول عربية كهربا هتتباع بكام؟")).isTrue();
    }

    @Test
    void anUnexpectedEventIsNoTarget() {
        assertThat(AnswerEvidence.AIMED.matcher(ArabicText.normalize("بعد استقالة غير متوقعة لرئيس الوزراء")).find()).isFalse();
        assertThat(AnswerEvidence.AIMED.matcher(ArabicText.normalize("ومن المتوقع أن تبلغ الإيرادات مليار دينار")).find()).isTrue();
    }
}
