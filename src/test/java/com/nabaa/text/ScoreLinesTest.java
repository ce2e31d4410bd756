package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreLinesTest {
    private static void check(String sentence, boolean score) {
        assertThat(ScoreLines.in(sentence)).as(sentence).isEqualTo(score);
    }

    @Test
    void figuresWithADashAreAScore() {
        check("وفاز الفريق 2-1 مساء الخميس", true);
        check("خسارة قاسية لمصر أمام روسيا 1-3", true);
        check("فرنسا تحرز اللقب بعد فوزها في النهائي (4-2)", true);
        check("انتهت المباراة ١ - ٣", true);
        check("فاز الفريق على ضيفه 102-99", true);
        check("بعد فوزها في الافتتاح 5-صفر على السعودية", true);
    }

    @Test
    void aColonIsAScoreOnlyBetweenSingleDigits() {
        check("فاز 3:1 على ضيفه", true);
        check("تبدأ المباراة الساعة 9:30 مساء", false);
        check("تبدأ المباراة الساعة 20:00", false);
    }

    @Test
    void datesAndYearRangesAreNotAScore() {
        check("أقيمت المباراة يوم 15-7-2018", false);
        check("في موسم 2017-2018", false);
        check("ارتفع المؤشر 1.5-2 في المئة", false);
    }

    @Test
    void goalsInWordsAreAScore() {
        check("فاز الأهلي بهدفين مقابل هدف", true);
        check("فاز بثلاثة أهداف نظيفة", true);
        check("فاز بهدف دون رد", true);
        check("تعادل الفريقان بهدف لمثله", true);
        check("المنتخب السعودي ينهار ويخسر بخماسية أمام روسيا", true);
        check("مصر تخسر أمام روسيا بثلاثية مقابل هدف وحيد", true);
        check("روسيا تفتتح المونديال بفوز خماسي سهل", true);
        check("انتهت المباراة بالتعادل السلبي", true);
        check("وانتهت المباراة بنتيجة 3 أهداف", true);
        check("فاز بصفر - 2؟ لا، صفر-2 لصالح الضيوف", true);
    }

    @Test
    void aMatchWithoutItsResultIsNoScore() {
        check("يلتقي الأهلي والزمالك مساء الخميس في الدوري", false);
        check("سجل المهاجم هدفا في الدقيقة الأخيرة", false);
        check("القمة الثلاثية في القاهرة", false);
        check("وصل عدد الزوار إلى 3 ملايين في 2018", false);
    }

    @Test
    void aScoreCountsWhereverItOpensAndOnlyWhereAWordOpens() {
        check("2-1 للضيوف في الشوط الأول", true);
        check("النتيجة النهائية:\n3-1 للضيوف", true);
        check("هدف الحكومة خفض العجز.\nوفي الرياضة فاز الأهلي بهدفين مقابل هدف", true);
        check("انتهت بالتعادل السلبي", true);
        check("كتب المعلقفوز خماسي", false);
        check("الرمز ب-2-1 لا يعد نتيجة", false);
    }
}
