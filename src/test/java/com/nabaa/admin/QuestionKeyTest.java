package com.nabaa.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one question counted as one in the statistics, a rule each. */
class QuestionKeyTest {
    private static void check(String input, String expected) {
        assertThat(QuestionKey.of(input)).as(input).isEqualTo(expected);
    }

    @Test
    void alefWithHamzaOrMaddaIsAlef() {
        check("أخبار إيران آخر ٱلأسبوع", "اخبار ايران اخر الاسبوع");
    }

    @Test
    void alefMaksuraIsYeh() {
        check("فى مصر", "في مصر");
    }

    @Test
    void tehMarbutaIsHeh() {
        check("البورصة", "البورصه");
    }

    @Test
    void diacriticsAndTatweelGo() {
        check("الأخـــبارُ", "الاخبار");
    }

    @Test
    void punctuationAndSpacesFold() {
        check("  ايه   أخبار الذهب؟! ", "ايه اخبار الذهب");
    }

    @Test
    void latinLettersAreLowerCased() {
        check("What's NEW?", "what s new");
    }
}
