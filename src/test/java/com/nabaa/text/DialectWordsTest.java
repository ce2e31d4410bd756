package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectWordsTest {
    private static void check(String question, String expected) {
        assertThat(DialectWords.toNews(question)).isEqualTo(expected);
    }

    @Test
    void anEgyptianMatchQuestionIsSearchedWithTheWordsOfASportsReport() {
        check("كسب ماتش الأهلي والزمالك", "فوز مباراة الأهلي والزمالك");
    }

    @Test
    void anAttachedArticleOrConjunctionDoesNotHideTheDialectWord() {
        check("الماتش", "مباراة");
        check("والماتش", "مباراة");
        check("والمرتبات", "رواتب");
    }

    @Test
    void spellingIsComparedAfterNormalization() {
        check("اتاجل الامتحان", "تأجيل الامتحان");
        check("زحمه", "زحام");
    }

    @Test
    void standardWordsAndNamesAreLeftAsTyped() {
        check("البنك المركزي يرفع الفائدة", "البنك المركزي يرفع الفائدة");
        check("Alexandria", "Alexandria");
    }

    @Test
    void aShortWordIsNotMistakenForAPrefixedDialectWord() {
        // "وكسب" would be و + كسب, but "الو" must not be read as ال + و.
        check("وكسب", "فوز");
        check("الو", "الو");
    }
}
