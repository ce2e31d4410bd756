package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around an answer, one set per reply language. */
class WordingTest {
    private static String arabicAge(Duration d) {
        return Wording.ARABIC.age(NOW.toInstant().minus(d), NOW);
    }

    private static String englishAge(Duration d) {
        return Wording.ENGLISH.age(NOW.toInstant().minus(d), NOW);
    }

    @Test
    void arabicAgesUseSingularDualPluralAndCountedForms() {
        assertThat(arabicAge(Duration.ofSeconds(30))).isEqualTo("الآن");
        assertThat(arabicAge(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
        assertThat(arabicAge(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
        assertThat(arabicAge(Duration.ofMinutes(7))).isEqualTo("منذ 7 دقائق");
        assertThat(arabicAge(Duration.ofMinutes(45))).isEqualTo("منذ 45 دقيقة");
        assertThat(arabicAge(Duration.ofHours(1))).isEqualTo("منذ ساعة");
        assertThat(arabicAge(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
        assertThat(arabicAge(Duration.ofHours(10))).isEqualTo("منذ 10 ساعات");
        assertThat(arabicAge(Duration.ofHours(11))).isEqualTo("منذ 11 ساعة");
        assertThat(arabicAge(Duration.ofDays(1))).isEqualTo("منذ يوم");
        assertThat(arabicAge(Duration.ofDays(2))).isEqualTo("منذ يومين");
        assertThat(arabicAge(Duration.ofDays(3))).isEqualTo("منذ 3 أيام");
        assertThat(arabicAge(Duration.ofDays(11))).isEqualTo("منذ 11 يومًا");
        assertThat(arabicAge(Duration.ofDays(60))).isEqualTo("منذ شهرين");
        assertThat(arabicAge(Duration.ofDays(400))).isEqualTo("منذ سنة");
        assertThat(arabicAge(Duration.ofDays(3 * 365))).isEqualTo("منذ 3 سنوات");
    }

    @Test
    void englishAgesCountUnitsAgo() {
        assertThat(englishAge(Duration.ofSeconds(30))).isEqualTo("just now");
        assertThat(englishAge(Duration.ofMinutes(1))).isEqualTo("1 minute ago");
        assertThat(englishAge(Duration.ofMinutes(45))).isEqualTo("45 minutes ago");
        assertThat(englishAge(Duration.ofHours(2))).isEqualTo("2 hours ago");
        assertThat(englishAge(Duration.ofDays(1))).isEqualTo("1 day ago");
        assertThat(englishAge(Duration.ofDays(60))).isEqualTo("2 months ago");
        assertThat(englishAge(Duration.ofDays(3 * 365))).isEqualTo("3 years ago");
    }

    @Test
    void aTimeAfterTheClockIsUpcoming() {
        assertThat(Wording.ARABIC.age(NOW.toInstant().plusSeconds(60), NOW)).isEqualTo("قادم");
        assertThat(Wording.ENGLISH.age(NOW.toInstant().plusSeconds(60), NOW)).isEqualTo("upcoming");
    }

    @Test
    void eachLanguageHasItsOwnLabels() {
        assertThat(Wording.ARABIC.nothingFound()).isEqualTo("لم أجد خبرًا يجيب عن سؤالك.");
        assertThat(Wording.ENGLISH.nothingFound()).isEqualTo("No article answers this question.");
        assertThat(Wording.ARABIC.breaking()).isEqualTo("عاجل");
        assertThat(Wording.ENGLISH.breaking()).isEqualTo("Breaking");
        assertThat(Wording.ARABIC.dateUnknown()).isEqualTo("تاريخ غير معروف");
        assertThat(Wording.ENGLISH.dateUnknown()).isEqualTo("date unknown");
        assertThat(Wording.ARABIC.doesNotMention(List.of("البطيخ", "الموز"))).isEqualTo("لا يذكر: البطيخ، الموز");
        assertThat(Wording.ENGLISH.doesNotMention(List.of("melons", "bananas")))
                .isEqualTo("does not mention: melons, bananas");
        assertThat(Wording.ARABIC.didYouMean("البورصة")).isEqualTo("هل تقصد: البورصة ؟");
        assertThat(Wording.ENGLISH.didYouMean("stocks")).isEqualTo("Did you mean: stocks?");
    }

    @Test
    void anEnglishAnswerIsWordedInEnglishAndAnyOtherInArabic() {
        assertThat(Wording.of(Language.ENGLISH)).isSameAs(Wording.ENGLISH);
        assertThat(Wording.of(Language.ARABIC)).isSameAs(Wording.ARABIC);
        assertThat(Wording.of(Language.OTHER)).isSameAs(Wording.ARABIC);
    }
}
