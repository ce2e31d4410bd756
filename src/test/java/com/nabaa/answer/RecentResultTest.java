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
 * A result or the news of a topic asked without a date is about the latest: this month's match
 * comes before a better-worded report of one years ago, and when only old stories answer they are
 * offered as the newest there are ("لا جديد عن هذا مؤخرًا"), never as the answer.
 */
class RecentResultTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime OCTOBER_2018 = ZonedDateTime.of(2018, 10, 20, 12, 0, 0, 0, CAIRO);

    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        index.upsert(arabic("ahly-2016", "2016-05-10T20:00:00Z", "نتيجة مباراة الأهلي ووفاق سطيف: الأهلي يفوز 2-0",
                "انتهت مباراة الأهلي ووفاق سطيف بفوز الأهلي بهدفين دون رد في دوري أبطال أفريقيا."));
        index.upsert(arabic("ahly-2018", "2018-10-02T20:00:00Z", "الأهلي يتعادل مع وفاق سطيف",
                "تعادل الأهلي مع وفاق سطيف الجزائري 1-1 في إياب نصف نهائي دوري أبطال أفريقيا."));
        index.upsert(arabic("ksa-arg-2018", "2018-06-01T20:00:00Z", "الأرجنتين تفوز على السعودية",
                "فازت الأرجنتين على السعودية بهدفين دون رد في مباراة ودية، والنتيجة 2-0."));
        index.upsert(arabic("oceania-final", "2018-09-16T09:00:00Z", "بعد فوزه 10-3.. ولنغتون في كأس العالم للأندية",
                "تأهل ولنغتون النيوزيلندي إلى كأس العالم للأندية بعد فوزه بدوري أبطال الأوقيانوس لأول مرة."));
        index.upsert(arabic("champions-league", "2018-10-12T09:00:00Z", "زيدان يستقيل من تدريب ريال مدريد",
                "أعلن زيدان استقالته من تدريب ريال مدريد بعد أيام من فوزه بدوري الأبطال للمرة الثالثة على التوالي."));
        index.commit(5);
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
    void aResultAskedWithoutADateIsThisMonthsMatchBeforeOneYearsAgo() {
        Answer a = ask("نتيجة الأهلي ووفاق سطيف", OCTOBER_2018);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("ahly-2018");
    }

    @Test
    void aResultOfYearsAgoIsOfferedAsOlderNewsNotAsTheAnswer() {
        Answer a = ask("نتيجة مباراة السعودية والأرجنتين", ZonedDateTime.of(2022, 11, 23, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.OLDER);
        assertThat(a.stories()).extracting(Story::articleId).containsExactly("ksa-arg-2018");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theSameResultAskedThatWeekIsTheAnswer() {
        Answer a = ask("نتيجة مباراة السعودية والأرجنتين", ZonedDateTime.of(2018, 6, 3, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("2-0"));
    }

    @Test
    void aRecentWinLackingWhatWasAskedDoesNotComeBeforeTheOlderWinThatHoldsIt() {
        // The Oceania final is five weeks old; this week's Champions League story lacks الأوقيانوس.
        Answer a = ask("مين فاز بدوري ابطال الاوقيانوس؟", OCTOBER_2018);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("oceania-final");
    }

    @Test
    void aResultAskedWithItsYearIsAnsweredHoweverLongAgo() {
        Answer a = ask("نتيجة مباراة السعودية والأرجنتين 2018", ZonedDateTime.of(2022, 11, 23, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }
}
