package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
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
 * A question naming no time is about now: when its best-matching story is months old and a story of
 * the last days answers it nearly as fully, with a headline naming it as fully, the new one leads and
 * the answer is not "nothing recent". "وين غرق قارب المهاجرين قبال الرمال؟" asked hours after a boat
 * sank is about that boat, not June's disaster whose report names every word of the question twice.
 */
class FreshStoryFirstTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 10, 20, 0, 0, 0, ZoneId.of("Asia/Amman"));
    private static final String QUESTION = "وين غرق قارب المهاجرين قبال الرمال؟";

    @TempDir
    Path dir;

    private Answer ask(String todaysTitle, String todaysLead) throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-08",
                arabic("june", "2026-06-03T17:00:00Z", "الأحد الأسود في البحر",
                        List.of("غرق قارب المهاجرين قبالة الرمال، وغرق قارب آخر للمهاجرين قبالة الرمال والواحة.",
                                "وقال خفر السواحل إن قارب المهاجرين غرق قبالة الرمال بعد منتصف الليل، وإن قارب المهاجرين كان يقل 40 مهاجرا.")),
                arabic("today", "2026-10-10T11:00:00Z", todaysTitle,
                        List.of(todaysLead, "وأصبحت الرمال نقطة انطلاق رئيسية للمهاجرين عن طريق البحر.")));
        return askOver(dir, news, QUESTION, NOW);
    }

    @Test
    void aStoryOfTheLastHoursThatAnswersLeadsAMonthsOldOne() throws IOException {
        Answer a = ask("قتلى ومفقودون في كارثة جديدة في الرمال",
                "قالت وزارة الداخلية إن 9 أشخاص لقوا حتفهم بعد غرق قارب مهاجرين قبالة ساحل الرمال الغربي.");

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).startsWith("today", "june");
    }

    @Test
    void aNewStoryThatMatchesFarLessDoesNotLead() throws IOException {
        // today's story speaks of the sea and migrants, not of a boat that sank off the sands
        Answer a = ask("البحث جار عن مفقودين في البحر", "قالت وزارة الداخلية إن البحث جار عن مفقودين من المهاجرين.");

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("june");
    }

    @Test
    void aNewStoryWhoseHeadlineNamesTheQuestionLessDoesNotLead() throws IOException {
        // the week's news of a visit, which tells of the boat only in its lead
        Answer a = ask("وزير الداخلية يزور مدينة الساحل",
                "زار وزير الداخلية مدينة الساحل بعد أن غرق قارب المهاجرين قبالة الرمال الشهر الماضي.");

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("june");
    }
}
