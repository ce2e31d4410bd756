package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A match asked with its two sides is their latest meeting: the report of the second leg before a
 * better-worded report of the first, and a report before a story of another match that names them
 * both, and a report headlined with both sides before a reaction that states the score too; the
 * score of their history, told by a preview, is not the answer, nor a link's headline at the foot of
 * a report.
 */
class LatestMatchTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** Other news, two legs, a report and a preview, and two matches of the same side. */
    private static final List<Article> NEWS = news();

    private static List<Article> news() {
        List<Article> out = TestArticles.amongOtherNews(30, "2018-03",
                // Two legs: the first leg's report repeats the question's words, the second's tells the comeback.
                arabic("first-leg", "2018-04-04T21:00:00Z", "دوري الأبطال: برشلونة يفوز على روما في دوري الأبطال",
                        "فاز برشلونة على روما 4-1 في ذهاب ربع نهائي دوري الأبطال، وبرشلونة يقترب من نصف النهائي"
                                + " بعد فوز برشلونة الكبير على روما في دوري الأبطال."),
                arabic("second-leg", "2018-04-10T21:00:00Z", "ريمونتادا تاريخية: روما يقصي برشلونة",
                        "حقق روما إنجازا كبيرا بعد فوزه على برشلونة 3-0 في إياب دوري الأبطال ليتأهل إلى نصف النهائي."),
                // The report of the sides' match, and a preview whose one score is of their match in 1999.
                arabic("report", "2018-06-25T17:00:00Z", "السعودية تصعق مصر في الوقت القاتل",
                        "فازت السعودية على مصر 2-1 بهدف قاتل في الوقت بدل الضائع."),
                arabic("preview", "2018-06-25T09:00:00Z", "السعودية ومصر في مباراة الوداع",
                        "تلتقي السعودية ومصر اليوم في مباراة الوداع. وهذه أول مواجهة بين الفريقين منذ اللقاء الذي جمعهما"
                                + " عام 1999 والذي انتهى بفوز السعودية على مصر 5-1."),
                // A match against another side that names the next opponent, and the report of that next match.
                arabic("group-end", "2018-06-28T20:00:00Z", "بلجيكا تهزم إنجلترا وتلتقي اليابان",
                        "تغلبت بلجيكا على إنجلترا 1-0 لتلتقي في الدور الثاني مع اليابان، وبلجيكا تنتظر اليابان."),
                arabic("round-of-16", "2018-07-02T20:00:00Z", "بلجيكا تقلب تخلفها أمام اليابان",
                        "قلبت بلجيكا الطاولة على اليابان وحولت تخلفها إلى فوز 3-2 في الوقت بدل الضائع."));
        return out;
    }

    @TempDir
    Path dir;

    private Answer ask(String question, ZonedDateTime now) throws IOException {
        return TestArticles.askOver(dir, NEWS, question, now);
    }

    @Test
    void whoWonOfTwoSidesIsTheirLatestMeetingTheSecondLegBeforeTheFirst() throws IOException {
        Answer a = ask("مين فاز روما ولا برشلونة في دوري الأبطال؟", ZonedDateTime.of(2018, 4, 11, 12, 0, 0, 0, ROME));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).startsWith("second-leg", "first-leg");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-0"));
    }

    @Test
    void theScoreOfTheSidesHistoryIsNotTheAnswer() throws IOException {
        Answer a = ask("منو فاز بمباراة السعودية ومصر؟", ZonedDateTime.of(2018, 6, 26, 8, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("report");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("2-1").doesNotContain("1999"));
    }

    @Test
    void goalsScoredIntoASidesNetSetTheSidesAgainstEachOtherSoTheReportComesBeforeAPreview() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(30, "2018-06",
                arabic("preview", "2018-06-20T12:00:00Z", "مارادونا: لا بديل للأرجنتين عن الفوز أمام كرواتيا",
                        "قال مارادونا إن الأرجنتين لا تملك بديلا عن الفوز أمام كرواتيا في كأس العالم بعد تعادلها مع آيسلندا 1-1."),
                arabic("report", "2018-06-21T20:00:00Z", "كرواتيا تكتفي بثلاثة أهداف في مرمى الأرجنتين",
                        "سجلت كرواتيا ثلاثة أهداف دون رد في مرمى الأرجنتين في كأس العالم وتأهلت إلى الدور الثاني."));

        Answer a = TestArticles.askOver(dir, news, "نتيجة ماتش الارجنتين وكرواتيا في كاس العالم كام؟",
                ZonedDateTime.of(2018, 6, 21, 23, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("report");
    }

    @Test
    void aLinksHeadlineAtTheFootOfAReportIsNoDirectAnswer() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(30, "2018-06",
                Article.builder().id("reaction").url("https://news.nabaa.example/reaction")
                        .title("مدرب إنجلترا: لم نتوقع بلوغ نصف النهائي أمام كرواتيا")
                        .published(java.time.Instant.parse("2018-07-12T04:00:00Z")).source("نبأ")
                        .language(com.nabaa.news.Language.ARABIC)
                        .paragraphs(List.of("علق مدرب إنجلترا على خسارة فريقه أمام كرواتيا في نصف النهائي أمس.",
                                "كرواتيا تهزم إنجلترا 2-1 وتتأهل لنهائي كأس العالم 2018"))
                        .build());

        Answer a = TestArticles.askOver(dir, news, "نتيجة إنجلترا وكرواتيا",
                ZonedDateTime.of(2018, 7, 12, 10, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("reaction");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theReportHeadlinedWithBothSidesComesBeforeAReactionThatStatesTheScoreToo() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(30, "2018-06",
                arabic("report", "2018-07-11T21:00:00Z", "كرواتيا تبلغ النهائي على حساب إنجلترا",
                        "فازت كرواتيا على إنجلترا 2-1 في نصف النهائي."),
                arabic("reaction", "2018-07-12T04:00:00Z", "مدرب إنجلترا: نتيجة نصف النهائي مؤلمة لإنجلترا",
                        "قال مدرب إنجلترا إن نتيجة نصف النهائي مؤلمة بعد أن فازت كرواتيا على إنجلترا 2-1 في نصف النهائي،"
                                + " وإنجلترا ستعود أقوى."));

        Answer a = TestArticles.askOver(dir, news, "نتيجة إنجلترا وكرواتيا في نصف النهائي",
                ZonedDateTime.of(2018, 7, 12, 10, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("report", "reaction");
    }

    @Test
    void aStoryOfAnotherMatchNamingBothSidesComesAfterTheReportOfTheirs() throws IOException {
        Answer a = ask("بلجيكا واليابان كم النتيجة؟", ZonedDateTime.of(2018, 7, 3, 10, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("round-of-16");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-2"));
    }
}
