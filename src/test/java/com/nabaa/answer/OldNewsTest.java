package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.question.QuestionParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any question asked without a date is answered from the last three months' news: asked months or
 * years after the best story it has, the bot offers that story as older news, with its date and
 * without a direct answer, rather than as the answer (in 2022, a 2018 royal wedding is not the
 * Queen's death; in February 2019, May 2018's talks on forming Lebanon's government are not the
 * government formed).
 */
class OldNewsTest {
    @TempDir
    Path dir;

    private Answer askAt(ZonedDateTime now) throws IOException {
        return askAt(now, "متى استقبلت ملكة الواحة رئيس الرمال؟");
    }

    private Answer askAt(ZonedDateTime now, String question) throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("visit", "2018-07-13T10:00:00Z", "ملكة الواحة تستقبل رئيس الرمال في القصر",
                "استقبلت ملكة الواحة رئيس الرمال في القصر الملكي، واستمر اللقاء ساعة كاملة."));
        news.addAll(TestArticles.leagueReports(40, "2018-06"));
        return askOver(dir, news, question, now);
    }

    @Test
    void aStoryYearsOlderThanTheClockIsOfferedAsOlderNews() throws IOException {
        Answer a = askAt(ZonedDateTime.of(2022, 9, 9, 12, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.OLDER);
        assertThat(a.stories()).extracting(Story::articleId).containsExactly("visit");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aStoryFourMonthsOlderIsOfferedAsOlderNewsToo() throws IOException {
        Answer a = askAt(ZonedDateTime.of(2018, 11, 13, 12, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.OLDER);
        assertThat(a.stories()).extracting(Story::articleId).containsExactly("visit");
    }

    @Test
    void theClocksOwnYearNamedIsAsMuchAboutNow() throws IOException {
        // "هذا العام" or "2018" asked in November 2018: July's story is months old all the same
        ZonedDateTime november = ZonedDateTime.of(2018, 11, 13, 12, 0, 0, 0, ZoneId.of("Europe/London"));
        assertThat(askAt(november, "متى استقبلت ملكة الواحة رئيس الرمال هذا العام؟").kind()).isEqualTo(Answer.Kind.OLDER);
        assertThat(askAt(november, "متى استقبلت ملكة الواحة رئيس الرمال في 2018؟").kind()).isEqualTo(Answer.Kind.OLDER);
    }

    @Test
    void theSameStoryWithinThreeMonthsAnswers() throws IOException {
        Answer a = askAt(ZonedDateTime.of(2018, 9, 9, 12, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("visit");
    }
    @Test
    void aYearAfterTheClockNamesAPlanNotTheNewsDate() throws IOException {
        // "رؤية 2034" asked in 2022: the 2018 story is years old, whatever the plan's year
        List<Article> news = new ArrayList<>();
        news.add(arabic("plan", "2018-07-13T10:00:00Z", "ملكة الواحة تستقبل رئيس الرمال لبحث رؤية 2034",
                "استقبلت ملكة الواحة رئيس الرمال في القصر الملكي لبحث رؤية 2034 للتنمية، واستمر اللقاء ساعة كاملة."));
        news.addAll(TestArticles.leagueReports(40, "2018-06"));
        Answer a = askOver(dir, news, "متى استقبلت ملكة الواحة رئيس الرمال لبحث رؤية 2034؟",
                ZonedDateTime.of(2022, 9, 9, 12, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.OLDER);
        assertThat(a.directAnswer()).isEmpty();
    }

    private static final ZonedDateTime TWELVE_DAYS_LATER = ZonedDateTime.of(2018, 7, 25, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @Test
    void whereSomethingStandsAskedTwelveDaysAfterItsOnlyStoryIsOfferedAsOlderNews() throws IOException {
        // the visit was planned, or ended, or not: a reader asking "in the end" or "yet" wants where it
        // stands now, and a story twelve days old tells only where it stood then
        for (String asked : List.of("ملكة الواحة استقبلت رئيس الرمال في الآخر؟",
                "ملكة الواحة استقبلت رئيس الرمال ولا لسه؟", "استقبلت ملكة الواحة رئيس الرمال بالنهاية؟")) {
            Answer a = askAt(TWELVE_DAYS_LATER, asked);

            assertThat(a.kind()).as(asked).isEqualTo(Answer.Kind.OLDER);
            assertThat(a.stories()).extracting(Story::articleId).containsExactly("visit");
            assertThat(a.directAnswer()).isEmpty();
        }
    }

    @Test
    void whereSomethingStandsAskedTwoDaysAfterItsStoryIsAnswered() throws IOException {
        Answer a = askAt(ZonedDateTime.of(2018, 7, 15, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")),
                "ملكة الواحة استقبلت رئيس الرمال في الآخر؟");

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("visit");
    }

    @Test
    void reallyChecksAReportAndIsAnsweredByItsStoryTwelveDaysLater() throws IOException {
        Answer a = askAt(TWELVE_DAYS_LATER, "ملكة الواحة استقبلت رئيس الرمال فعلا؟");

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void theWordsThatAskWhereSomethingStands() {
        ZonedDateTime now = TWELVE_DAYS_LATER;
        for (String asked : List.of("تطبيق يوز قديش واحد نزّلو لهلأ؟", "كم واحد مات لحد دلوقتي",
                "بكم انباعت التصاميم بالنهاية؟", "did the judge let her keep the dust in the end?",
                "did the police ever find the stolen trophy?", "how much have his followers donated so far?",
                "has the pilot made it back yet", "الحارس اللي رجعوه لتونس سرحوه ولا مازال محبوس؟",
                "هل لا يزال المهندس المخطوف محتجزا؟", "did a whale swim into the port? is it still there")) {
            assertThat(Recency.asksWhereItStands(QuestionParser.parse(asked, now))).as(asked).isTrue();
        }
        for (String asked : List.of("هو جلال أمين اتوفى فعلا؟", "is it true kosovo finally won an official game?",
                "which city set the record for the hottest april temperature ever measured?",
                "كوبر مشي امبارح ولا لسه؟")) {
            assertThat(Recency.asksWhereItStands(QuestionParser.parse(asked, now))).as(asked).isFalse();
        }
    }
}
