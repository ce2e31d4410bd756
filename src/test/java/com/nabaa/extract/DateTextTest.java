package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static void check(String text, String expected) {
        assertThat(DateText.findDate(text)).as(text).contains(LocalDate.parse(expected));
    }

    @Test
    void readsEgyptianMonthName() {
        check("الخميس 07 مارس 2024 - 10:15 ص", "2024-03-07");
    }

    @Test
    void readsEgyptianMonthVariantsWithAndWithoutHamza() {
        check("5 ابريل 2021", "2021-04-05");
        check("5 إبريل 2021", "2021-04-05");
        check("9 يونيه 2020", "2020-06-09");
    }

    @Test
    void readsLevantineMonthWithEasternArabicDigits() {
        check("نشر في ١٤ تشرين الثاني ٢٠٢٢", "2022-11-14");
        check("٣ كانون الثاني ٢٠٢٣", "2023-01-03");
        check("٣ كانون الأول ٢٠٢٣", "2023-12-03");
    }

    @Test
    void readsDoubleMonthNameLevantineAndEgyptian() {
        check("20 آذار (مارس) 2019", "2019-03-20");
    }

    @Test
    void readsAlgerianAndMoroccanMonthNames() {
        check("12 جويلية 2023", "2023-07-12");
        check("3 غشت 2022", "2022-08-03");
        check("28 دجنبر 2021", "2021-12-28");
    }

    @Test
    void readsPersianDigits() {
        check("۲۱ سبتمبر ۲۰۱۸", "2018-09-21");
    }

    @Test
    void readsEnglishAndGermanDateLines() {
        check("Published: 10:48, Tue, Nov 19, 2019", "2019-11-19");
        check("5th March 2019", "2019-03-05");
        check("am 24. Juli 2017 um 18:55", "2017-07-24");
        check("Datum: 22.12.2012", "2012-12-22");
    }

    @Test
    void ignoresHijriDates() {
        assertThat(DateText.findDate("14 جمادى الثانية 1447")).isEmpty();
    }

    @Test
    void ignoresImpossibleDays() {
        assertThat(DateText.findDate("31 فبراير 2020")).isEmpty();
    }

    @Test
    void keepsOffsetOfMachineValue() {
        assertThat(DateText.parseValue("2019-03-05T23:30:00-0500"))
                .contains(OffsetDateTime.parse("2019-03-05T23:30:00-05:00"));
    }
}
