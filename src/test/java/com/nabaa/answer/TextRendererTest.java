package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, CAIRO);
    private static final TextRenderer RENDERER = new TextRenderer(CAIRO);

    private static Instant ago(Duration d) {
        return NOW.toInstant().minus(d);
    }

    private static Story story(String id, String headline, Optional<Instant> published, String source, boolean breaking,
                               List<String> summary, List<SourceLink> others) {
        return new Story(id, headline, published, source, "https://news.nabaa.example/" + id, summary, 3.2f, 0.9f,
                breaking, others);
    }

    private static Answer answer(Story... stories) {
        return TestAnswers.answered("سؤال", Language.ARABIC, List.of(stories), Optional.empty(), Optional.empty());
    }

    @Test
    void rendersABreakingStoryWithDateAgeSourceSummaryLinkAndOtherOutlets() {
        Story quake = story("quake", "زلزال يضرب جزيرة كريت", Optional.of(ago(Duration.ofHours(2))), "وكالة الأنباء", true,
                List.of("ضرب زلزال بقوة 5.8 درجات جزيرة كريت.", "ولم ترد أنباء عن إصابات."),
                List.of(new SourceLink("quake-2", "زلزال في كريت", "الشروق", "https://shorouk.example/quake",
                        Optional.of(ago(Duration.ofHours(1))), true)));

        assertThat(RENDERER.render(answer(quake))).isEqualTo("""
                1. [عاجل] زلزال يضرب جزيرة كريت
                   2026-11-25 13:00 (منذ ساعتين) · وكالة الأنباء
                   - ضرب زلزال بقوة 5.8 درجات جزيرة كريت.
                   - ولم ترد أنباء عن إصابات.
                   https://news.nabaa.example/quake
                   + الشروق: https://shorouk.example/quake

                """);
    }

    @Test
    void numbersStoriesAndGivesEachItsArabicAge() {
        String text = RENDERER.render(answer(
                story("a", "خبر قبل ثلاثة أيام", Optional.of(ago(Duration.ofDays(3))), "الأهرام", false, List.of(), List.of()),
                story("b", "خبر قبل أحد عشر يوما", Optional.of(ago(Duration.ofDays(11))), "المال", false, List.of(), List.of())));

        assertThat(text).contains("1. خبر قبل ثلاثة أيام\n   2026-11-22 15:00 (منذ 3 أيام) · الأهرام\n")
                .contains("2. خبر قبل أحد عشر يوما\n   2026-11-14 15:00 (منذ 11 يومًا) · المال\n")
                .doesNotContain("[عاجل]");
    }

    @Test
    void showsDatesInTheReadersZoneNotTheAskersClock() {
        Story s = story("s", "خبر", Optional.of(Instant.parse("2026-11-25T11:00:00Z")), "نبأ", false, List.of(), List.of());

        assertThat(new TextRenderer(ZoneId.of("Asia/Riyadh")).render(answer(s))).contains("2026-11-25 14:00 (منذ ساعتين)");
        assertThat(RENDERER.render(answer(s))).contains("2026-11-25 13:00 (منذ ساعتين)");
    }

    @Test
    void anUnknownDateAndSourceAreSaidPlainly() {
        Story s = new Story("s", "خبر بلا تاريخ", Optional.empty(), "", "", List.of("جملة."), 1f, 1f, false, List.of());

        assertThat(RENDERER.render(answer(s))).isEqualTo("1. خبر بلا تاريخ\n   (date unknown) · -\n   - جملة.\n\n");
    }

    @Test
    void aDirectAnswerComesFirst() {
        Story s = story("s", "خبر", Optional.of(ago(Duration.ofHours(5))), "نبأ", false, List.of(), List.of());
        Answer a = TestAnswers.answered("سؤال", Language.ARABIC, List.of(s), Optional.of("سعر التذكرة ثمانية جنيهات."),
                Optional.empty());

        assertThat(RENDERER.render(a)).startsWith("» سعر التذكرة ثمانية جنيهات.\n\n1. خبر\n");
    }

    @Test
    void theWordsAStoryLacksAreNamedUnderItsSource() {
        Story s = new Story("s", "مهرجان الأقصر للسينما", Optional.of(ago(Duration.ofHours(5))), "نبأ",
                "https://news.nabaa.example/s", List.of("اختتم مهرجان الأقصر دورته السابعة."), 3f, 0.6f, false,
                List.of(), List.of("البطيخ"));

        assertThat(RENDERER.render(answer(s))).contains("""
                   2026-11-25 10:00 (منذ 5 ساعات) · نبأ
                   (لا يذكر: البطيخ)
                   - اختتم مهرجان الأقصر دورته السابعة.
                """);
    }

    @Test
    void anotherReportsOwnSentenceIsShownUnderItsSource() {
        SourceLink other = new SourceLink("o", "خبر", "الشروق", "https://news.nabaa.example/o", Optional.empty(), false,
                Optional.of("وأعلن الوزير أن التذكرة بثمانية جنيهات."));
        Story s = story("s", "خبر", Optional.of(ago(Duration.ofHours(5))), "نبأ", false, List.of("افتتح الخط الرابع."),
                List.of(other));

        assertThat(RENDERER.render(answer(s))).contains("""
                   + الشروق: https://news.nabaa.example/o
                     وأعلن الوزير أن التذكرة بثمانية جنيهات.
                """);
    }

    @Test
    void aCorrectedSpellingIsOfferedAboveTheStoriesItsNearFormFound() {
        Story s = story("up", "البورصة المصرية تربح 12 مليار جنيه", Optional.of(ago(Duration.ofHours(5))), "المال", false,
                List.of(), List.of());
        Answer a = TestAnswers.answered("البورسة المصرية", Language.ARABIC, List.of(s), Optional.empty(),
                Optional.of("البورصة المصرية"));

        assertThat(RENDERER.render(a)).startsWith("هل تقصد: البورصة المصرية ؟\n\n1. البورصة المصرية تربح 12 مليار جنيه\n");
    }

    @Test
    void theNoAnswerTextOffersTheSuggestionAndTheRelatedHeadlines() {
        Answer none = TestAnswers.nothingFound("البورسة", Language.ARABIC, Optional.of("البورصة"),
                List.of(new SourceLink("up", "البورصة تربح 12 مليار جنيه", "المال", "https://news.nabaa.example/up",
                        Optional.of(ago(Duration.ofDays(1))), false)));

        assertThat(RENDERER.render(none)).isEqualTo("""
                لم أجد خبرًا يجيب عن سؤالك. / No article answers this question.
                هل تقصد: البورصة ؟

                أحدث العناوين ذات الصلة / Latest related headlines:
                 - البورصة تربح 12 مليار جنيه (2026-11-24 15:00 (منذ يوم) · المال)
                   https://news.nabaa.example/up
                """);
    }

    @Test
    void theNoAnswerTextWithoutSuggestionOrRelatedIsOneLine() {
        Answer none = TestAnswers.nothingFound("xylophone", Language.ENGLISH, Optional.empty(), List.of());

        assertThat(RENDERER.render(none)).isEqualTo("لم أجد خبرًا يجيب عن سؤالك. / No article answers this question.\n");
    }

    @Test
    void agesUseArabicSingularDualPluralAndCountedForms() {
        assertThat(age(Duration.ofSeconds(30))).isEqualTo("الآن");
        assertThat(age(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
        assertThat(age(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
        assertThat(age(Duration.ofMinutes(7))).isEqualTo("منذ 7 دقائق");
        assertThat(age(Duration.ofMinutes(45))).isEqualTo("منذ 45 دقيقة");
        assertThat(age(Duration.ofHours(1))).isEqualTo("منذ ساعة");
        assertThat(age(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
        assertThat(age(Duration.ofHours(10))).isEqualTo("منذ 10 ساعات");
        assertThat(age(Duration.ofHours(11))).isEqualTo("منذ 11 ساعة");
        assertThat(age(Duration.ofDays(1))).isEqualTo("منذ يوم");
        assertThat(age(Duration.ofDays(2))).isEqualTo("منذ يومين");
        assertThat(age(Duration.ofDays(3))).isEqualTo("منذ 3 أيام");
        assertThat(age(Duration.ofDays(11))).isEqualTo("منذ 11 يومًا");
        assertThat(age(Duration.ofDays(60))).isEqualTo("منذ شهرين");
        assertThat(age(Duration.ofDays(400))).isEqualTo("منذ سنة");
        assertThat(age(Duration.ofDays(3 * 365))).isEqualTo("منذ 3 سنوات");
    }

    @Test
    void aTimeAfterTheClockIsUpcoming() {
        assertThat(TextRenderer.Ages.arabic(NOW.toInstant().plusSeconds(60), NOW)).isEqualTo("قادم");
    }

    private static String age(Duration d) {
        return TextRenderer.Ages.arabic(ago(d), NOW);
    }

    @Test
    void writesTheAgeInEnglishForAnEnglishQuestion() {
        assertThat(TextRenderer.Ages.english(NOW.toInstant().minusSeconds(2 * 3600), NOW)).isEqualTo("2 hours ago");
        assertThat(TextRenderer.Ages.english(NOW.toInstant().minusSeconds(86_400), NOW)).isEqualTo("1 day ago");
        assertThat(TextRenderer.Ages.english(NOW.toInstant().minusSeconds(30), NOW)).isEqualTo("just now");
    }
}
