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

        assertThat(RENDERER.render(answer(s))).isEqualTo("1. خبر بلا تاريخ\n   (تاريخ غير معروف) · -\n   - جملة.\n\n");
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
                لم أجد خبرًا يجيب عن سؤالك.
                هل تقصد: البورصة ؟

                أحدث العناوين ذات الصلة:
                 - البورصة تربح 12 مليار جنيه (2026-11-24 15:00 (منذ يوم) · المال)
                   https://news.nabaa.example/up
                """);
    }

    @Test
    void theNoAnswerTextWithoutSuggestionOrRelatedIsOneLine() {
        Answer none = TestAnswers.nothingFound("xylophone", Language.ENGLISH, Optional.empty(), List.of());

        assertThat(RENDERER.render(none)).isEqualTo("No article answers this question.\n");
    }

    @Test
    void aFollowUpWithoutATopicIsAskedForItsTopicInTheReadersLanguage() {
        Answer arabic = new Answer("وبعدين؟", NOW, Language.ARABIC, List.of(), Answer.Kind.NEEDS_TOPIC, List.of(),
                Optional.empty(), Optional.empty(), List.of(), 0, false);
        Answer english = new Answer("and then?", NOW, Language.ENGLISH, List.of(), Answer.Kind.NEEDS_TOPIC, List.of(),
                Optional.empty(), Optional.empty(), List.of(), 0, false);

        assertThat(RENDERER.render(arabic)).isEqualTo(Wording.ARABIC.askWithTopic() + "\n").startsWith("عن أي خبر تسأل؟")
                .doesNotContain(Wording.ARABIC.nothingFound());
        assertThat(RENDERER.render(english)).isEqualTo(Wording.ENGLISH.askWithTopic() + "\n")
                .doesNotContainPattern("\\p{IsArabic}");
    }

    /** The text without its links: what is left is the reader's language only. */
    private static String withoutLinks(String text) {
        return text.replaceAll("https://\\S+", "");
    }

    @Test
    void anArabicAnswerCarriesNoEnglishLabel() {
        Story s = new Story("s", "زلزال يضرب جزيرة كريت", Optional.empty(), "وكالة الأنباء", "https://news.nabaa.example/s",
                List.of("ضرب زلزال جزيرة كريت."), 3f, 0.5f, true, List.of(), List.of("أمطار"));
        Answer arabic = TestAnswers.answered("أمطار كريت", Language.ARABIC, List.of(s), Optional.empty(),
                Optional.of("أمطار كريت"));
        Answer none = TestAnswers.nothingFound("البورسة", Language.ARABIC, Optional.of("البورصة"),
                List.of(new SourceLink("up", "البورصة تربح", "المال", "https://news.nabaa.example/up", Optional.empty(),
                        false)));

        assertThat(withoutLinks(RENDERER.render(arabic))).doesNotContainPattern("[A-Za-z]")
                .contains("[عاجل]", "(تاريخ غير معروف)", "(لا يذكر: أمطار)", "هل تقصد: أمطار كريت ؟");
        assertThat(withoutLinks(RENDERER.render(none))).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void anEnglishAnswerCarriesNoArabicLabel() {
        Story s = new Story("s", "Storm hits Crete", Optional.of(ago(Duration.ofHours(2))), "Wire", "https://news.nabaa.example/s",
                List.of("A storm hit Crete."), 3f, 0.5f, true, List.of(), List.of("floods"));
        Story undated = new Story("u", "Rain in Cairo", Optional.empty(), "Wire", "https://news.nabaa.example/u",
                List.of("It rained."), 2f, 0.5f, false, List.of());
        Answer english = TestAnswers.answered("floods Crete", Language.ENGLISH, List.of(s, undated), Optional.empty(),
                Optional.of("floods Crete"));
        Answer none = TestAnswers.nothingFound("xylophone", Language.ENGLISH, Optional.of("xylophones"),
                List.of(new SourceLink("up", "Markets up", "Wire", "https://news.nabaa.example/up",
                        Optional.of(ago(Duration.ofDays(1))), false)));

        assertThat(RENDERER.render(english)).doesNotContainPattern("\\p{IsArabic}")
                .contains("1. [Breaking] Storm hits Crete", "(2 hours ago)", "(does not mention: floods)",
                        "(date unknown)", "Did you mean: floods Crete?");
        assertThat(RENDERER.render(none)).doesNotContainPattern("\\p{IsArabic}")
                .contains("Latest related headlines:", "(1 day ago)");
    }

    @Test
    void anAnswerOfOlderStoriesSaysNothingIsRecentAboveThem() {
        Story s = story("match", "مصر تفوز على السعودية", Optional.of(ago(Duration.ofDays(90))), "نبأ", false,
                List.of(), List.of());
        Answer older = new Answer("نتيجة ماتش مصر والسعودية", NOW, Language.ARABIC, List.of("مصر", "السعودية"),
                Answer.Kind.OLDER, List.of(s), Optional.empty(), Optional.empty(), List.of(), 0, false);

        assertThat(RENDERER.render(older)).startsWith(Wording.ARABIC.older() + "\n\n1. مصر تفوز على السعودية\n");
        assertThat(RENDERER.render(answer(s))).doesNotContain(Wording.ARABIC.older());
    }

    @Test
    void anAnswerWithoutTheReadersDateSaysSoAboveItsStories() {
        Story s = story("quake", "زلزال يضرب جزيرة كريت", Optional.of(ago(Duration.ofHours(2))), "نبأ", false,
                List.of(), List.of());
        Answer undated = new Answer("زلزال كريت امبارح", NOW, Language.ARABIC, List.of("زلزال", "كريت"),
                Answer.Kind.UNDATED, List.of(s), Optional.empty(), Optional.empty(), List.of(), 0, false);

        assertThat(RENDERER.render(undated)).startsWith(Wording.ARABIC.undated() + "\n\n1. زلزال يضرب جزيرة كريت\n");
        assertThat(RENDERER.render(answer(s))).doesNotContain(Wording.ARABIC.undated());
    }

    @Test
    void aLaterPageGoesOnCountingAndAPagePastTheLastStorySaysThereIsNoMore() {
        Story s = story("s", "خبر", Optional.of(ago(Duration.ofHours(5))), "نبأ", false, List.of(), List.of());
        Answer third = new Answer("آخر الأخبار", NOW, Language.ARABIC, List.of(), Answer.Kind.LATEST, List.of(s),
                Optional.empty(), Optional.empty(), List.of(), 6, true);
        Answer past = new Answer("آخر الأخبار", NOW, Language.ARABIC, List.of(), Answer.Kind.LATEST, List.of(),
                Optional.empty(), Optional.empty(), List.of(), 9, false);

        assertThat(RENDERER.render(third)).startsWith("7. خبر\n");
        assertThat(RENDERER.render(past)).isEqualTo("لا مزيد من الأخبار.\n");
    }

    @Test
    void anEnglishAnswerReadInArabicNewsSaysSoFirstAndCarriesOnlyEnglishLabels() {
        Story undated = new Story("oil", "أسعار النفط ترتفع", Optional.empty(), "وكالة الأنباء",
                "https://news.nabaa.example/oil", List.of("ارتفعت أسعار النفط."), 3f, 0.5f, true,
                List.of(new SourceLink("oil-2", "النفط يرتفع", "الشروق", "https://shorouk.example/oil",
                        Optional.of(ago(Duration.ofHours(3))), false)), List.of("OPEC"));
        Answer english = new Answer("oil price OPEC", NOW, Language.ENGLISH, List.of(), Answer.Kind.ANSWERED,
                List.of(undated), Optional.empty(), Optional.empty(), List.of(), 0, false,
                Optional.of(new Translation(List.of(new Translation.Word("oil", "النفط"),
                        new Translation.Word("price", "سعر"), new Translation.Word("OPEC", "أوبك")), List.of())));

        String text = RENDERER.render(english);

        assertThat(text).startsWith("Nabaa's sources are in Arabic: searched for النفط (oil), سعر (price), أوبك (OPEC)."
                + " Headlines and summaries are the articles' own Arabic.\n\n1. [Breaking] أسعار النفط ترتفع\n");
        assertThat(text).contains("(date unknown)").contains("(does not mention: OPEC)");
        assertThat(text).doesNotContain("عاجل").doesNotContain("تاريخ غير معروف").doesNotContain("لا يذكر")
                .doesNotContain("منذ");
    }

    @Test
    void anEnglishQuestionWithAWordWithoutArabicIsToldSoAndHowToAskInArabic() {
        Answer none = new Answer("Zorfkistan election", NOW, Language.ENGLISH, List.of(), Answer.Kind.NOTHING_FOUND,
                List.of(), Optional.empty(), Optional.empty(), List.of(), 0, false,
                Optional.of(new Translation(List.of(new Translation.Word("election", "الانتخابات")),
                        List.of("Zorfkistan"))));

        assertThat(RENDERER.render(none)).isEqualTo("""
                Nabaa's sources are in Arabic, and I know no Arabic for: Zorfkistan. I could search only \
                الانتخابات (election).
                No article answers this question.
                Ask in Arabic: الانتخابات, with the Arabic for Zorfkistan.
                """);
    }
}
