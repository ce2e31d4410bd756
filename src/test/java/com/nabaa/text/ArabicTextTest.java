package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArabicText}, through {@link #check}. */
class ArabicTextTest {

    private static void check(String input, String expected) {
        assertThat(ArabicText.normalize(input)).isEqualTo(expected);
        char[] buffer = (input + "xyz").toCharArray();
        int len = ArabicText.normalize(buffer, input.length());
        assertThat(new String(buffer, 0, len)).as("in-place on a longer buffer").isEqualTo(expected);
    }

    @Test
    void alefMaddaBecomesAlef() {
        check("آجن", "اجن");
    }

    @Test
    void alefHamzaAboveBecomesAlef() {
        check("أحمد", "احمد");
    }

    @Test
    void alefHamzaBelowBecomesAlef() {
        check("إعمار", "اعمار");
    }

    @Test
    void alefWaslaBecomesAlef() {
        check("ٱلله", "الله");
    }

    @Test
    void wawHamzaAboveBecomesBareHamza() {
        check("مسؤول", "مسءول");
    }

    @Test
    void yehHamzaAboveBecomesBareHamza() {
        check("مسئول", "مسءول");
    }

    @Test
    void decomposedHamzaOnWawOrYehBecomesBareHamza() {
        check("مسو\u0654ول", "مسءول");
        check("مسي\u0654ول", "مسءول");
    }

    @Test
    void decomposedHamzaOnAlefLeavesAlef() {
        check("ا\u0654حمد", "احمد");
        check("ا\u0655عمار", "اعمار");
    }

    @Test
    void tehMarbutaBecomesHeh() {
        check("القاهرة", "القاهره");
    }

    @Test
    void tehMarbutaGoalBecomesHeh() {
        check("قاہرۃ", "قاهره");
    }

    @Test
    void alefMaksuraBecomesYeh() {
        check("مصطفى", "مصطفي");
    }

    @Test
    void farsiYehBecomesYeh() {
        check("ایران", "ايران");
    }

    @Test
    void kehehBecomesKaf() {
        check("کابل", "كابل");
    }

    @Test
    void urduAndKurdishHehFormsBecomeHeh() {
        check("ہ", "ه");
        check("ھ", "ه");
        check("ە", "ه");
        check("ۀ", "ه");
    }

    @Test
    void pehAndVehBecomeTheLettersNewsProseUses() {
        check("ترامپ", "ترامب");
        check("ڤيروس", "فيروس");
    }

    @Test
    void gafIsKept() {
        check("گوگل", "گوگل");
    }

    @Test
    void harakatAreRemoved() {
        check("مُحَمَّدٌ", "محمد");
        check("كِتَابًا", "كتابا");
        check("قُرْآنٍ", "قران");
    }

    @Test
    void superscriptAlefIsRemoved() {
        check("هٰذا", "هذا");
    }

    @Test
    void quranicMarksAreRemoved() {
        check("ٱلرَّحِيمِ ۝ ٱلرَّحْمَٰنِ\u06D6", "الرحيم ۝ الرحمن");
        check("ص\u0610لى", "صلي");
    }

    @Test
    void tatweelIsRemoved() {
        check("الســـلام", "السلام");
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        check("مي\u200Cخواهم", "ميخواهم");
        check("\u200Fنعم\u200E\u061C\u200D", "نعم");
    }

    @Test
    void bidiEmbeddingsIsolatesZeroWidthSpaceAndByteOrderMarkAreRemoved() {
        check("\u202Eخاشقجي\u202C", "خاشقجي");
        check("\u2067ترامب\u2069\u200B\u2060\uFEFF", "ترامب");
        check("\u202A\u202B\u202D\u2066\u2068", "");
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        check("٠١٢٣٤٥٦٧٨٩", "0123456789");
    }

    @Test
    void persianDigitsBecomeAscii() {
        check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
    }

    @Test
    void arabicDecimalAndThousandsSeparatorsBecomeAscii() {
        check("١٫٥", "1.5");
        check("١٬٠٠٠", "1,000");
    }

    @Test
    void latinDigitsAndPunctuationAreUntouched() {
        check("Trump's G-20, 2018: «نعم»؟", "Trump's G-20, 2018: «نعم»؟");
    }

    @Test
    void emptyTextStaysEmpty() {
        check("", "");
    }
}
