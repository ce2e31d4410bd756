package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A match asked with its two sides is their latest meeting: the report of the second leg before a
 * better-worded report of the first, and a report before a story of another match that names them
 * both; the score of their history, told by a preview, is not the answer.
 */
class LatestMatchTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        for (var a : TestArticles.leagueReports(30, "2018-03")) index.upsert(a);
        // Two legs: the first leg's report repeats the question's words, the second's tells the comeback.
        index.upsert(arabic("first-leg", "2018-04-04T21:00:00Z", "دوري الأبطال: برشلونة يفوز على روما في دوري الأبطال",
                "فاز برشلونة على روما 4-1 في ذهاب ربع نهائي دوري الأبطال، وبرشلونة يقترب من نصف النهائي"
                        + " بعد فوز برشلونة الكبير على روما في دوري الأبطال."));
        index.upsert(arabic("second-leg", "2018-04-10T21:00:00Z", "ريمونتادا تاريخية: روما يقصي برشلونة",
                "حقق روما إنجازا كبيرا بعد فوزه على برشلونة 3-0 في إياب دوري الأبطال ليتأهل إلى نصف النهائي."));
        // The report of the sides' match, and a preview whose one score is of their match in 1999.
        index.upsert(arabic("report", "2018-06-25T17:00:00Z", "السعودية تصعق مصر في الوقت القاتل",
                "فازت السعودية على مصر 2-1 بهدف قاتل في الوقت بدل الضائع."));
        index.upsert(arabic("preview", "2018-06-25T09:00:00Z", "السعودية ومصر في مباراة الوداع",
                "تلتقي السعودية ومصر اليوم في مباراة الوداع. وهذه أول مواجهة بين الفريقين منذ اللقاء الذي جمعهما"
                        + " عام 1999 والذي انتهى بفوز السعودية على مصر 5-1."));
        // A match against another side that names the next opponent, and the report of that next match.
        index.upsert(arabic("group-end", "2018-06-28T20:00:00Z", "بلجيكا تهزم إنجلترا وتلتقي اليابان",
                "تغلبت بلجيكا على إنجلترا 1-0 لتلتقي في الدور الثاني مع اليابان، وبلجيكا تنتظر اليابان."));
        index.upsert(arabic("round-of-16", "2018-07-02T20:00:00Z", "بلجيكا تقلب تخلفها أمام اليابان",
                "قلبت بلجيكا الطاولة على اليابان وحولت تخلفها إلى فوز 3-2 في الوقت بدل الضائع."));
        index.commit(36);
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Answer ask(String question, ZonedDateTime now) {
        return service.ask(AskRequest.of(question, now, 3));
    }

    @Test
    void whoWonOfTwoSidesIsTheirLatestMeetingTheSecondLegBeforeTheFirst() {
        Answer a = ask("مين فاز روما ولا برشلونة في دوري الأبطال؟", ZonedDateTime.of(2018, 4, 11, 12, 0, 0, 0, ROME));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).startsWith("second-leg", "first-leg");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-0"));
    }

    @Test
    void theScoreOfTheSidesHistoryIsNotTheAnswer() {
        Answer a = ask("منو فاز بمباراة السعودية ومصر؟", ZonedDateTime.of(2018, 6, 26, 8, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("report");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("2-1").doesNotContain("1999"));
    }

    @Test
    void aStoryOfAnotherMatchNamingBothSidesComesAfterTheReportOfTheirs() {
        Answer a = ask("بلجيكا واليابان كم النتيجة؟", ZonedDateTime.of(2018, 7, 3, 10, 0, 0, 0, ROME));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("round-of-16");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-2"));
    }
}
