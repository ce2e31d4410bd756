package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectWordsTest {
    private static void check(String question, String expected) {
        assertThat(DialectWords.toNews(question)).isEqualTo(expected);
    }

    @Test
    void anEgyptianMatchQuestionIsSearchedWithTheWordsOfASportsReport() {
        check("نتيجة ماتش الأهلي والزمالك", "نتيجة مباراة الأهلي والزمالك");
    }

    @Test
    void anAttachedArticleOrConjunctionDoesNotHideTheDialectWord() {
        check("الماتش", "مباراة");
        check("والماتش", "مباراة");
        check("والحريقة", "حريق");
    }

    @Test
    void spellingIsComparedAfterNormalization() {
        check("اتاجل الامتحان", "تأجيل الامتحان");
        check("خناقه", "مشاجرة");
    }

    @Test
    void standardWordsAndNamesAreLeftAsTyped() {
        check("البنك المركزي يرفع الفائدة", "البنك المركزي يرفع الفائدة");
        check("Alexandria", "Alexandria");
    }

    @Test
    void dialectWordsThatAreAlsoStandardWordsWithAnotherMeaningAreLeftAsTyped() {
        check("قضايا الكسب غير المشروع", "قضايا الكسب غير المشروع");
        check("غلب الطابع السياسي", "غلب الطابع السياسي");
        check("سعر الدينار بالفلوس", "سعر الدينار بالفلوس");
    }

    @Test
    void egyptianGoldWithItsArticleIsGoldButDahabAloneIsTheTown() {
        check("سعر الدهب النهارده", "سعر الذهب النهارده");
        check("والدهب", "الذهب");
        check("فنادق دهب", "فنادق دهب");
    }

    @Test
    void aTwoWordDialectPhraseIsReplacedWholeButItsWordsAloneAreLeftAsTyped() {
        check("مين جاب جون مصر", "مين سجل هدف مصر");
        check("مين جاب الجول", "مين سجل الهدف");
        check("جون كيري", "جون كيري");
    }

    @Test
    void aDialectWordWithAnAttachedConjunctionIsFound() {
        check("واتأجل الامتحان", "تأجيل الامتحان");
    }
}
