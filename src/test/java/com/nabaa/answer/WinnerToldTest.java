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
 * "Who won?" is answered by a story that tells someone won it. Before the prize is given (or when
 * the news of it never came in) the nominees, the favourites and a warning of what happens "if the
 * party wins" match every word of the question: the reader is told nothing answers, not shown the
 * nominees as the winner.
 */
class WinnerToldTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private static List<Article> beforeTheWin() {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-11",
                arabic("nominees", "2026-11-20T08:00:00Z", "قائمة المرشحين لجائزة الرمال الذهبية للرواية",
                        "أعلنت لجنة جائزة الرمال الذهبية للرواية قائمة المرشحين للفوز بجائزة الرمال الذهبية، وتضم ست روايات."),
                arabic("favourite", "2026-11-28T08:00:00Z", "الروائي سالم يأمل في الفوز بجائزة الرمال الذهبية",
                        "قال الروائي سالم إنه يأمل الفوز بجائزة الرمال الذهبية للرواية هذا العام، وإن المنافسة صعبة."));
        return news;
    }

    @Test
    void onlyNomineesAndHopesOfTheWinAnswerNothing() throws IOException {
        Answer a = askOver(dir, beforeTheWin(), "من فاز بجائزة الرمال الذهبية للرواية؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).isEmpty();
    }

    @Test
    void aWinnerStillToBeAnnouncedIsNoWin() throws IOException {
        List<Article> news = beforeTheWin();
        news.add(arabic("ceremony", "2026-12-03T20:00:00Z", "المدينة تستعد لحفل جائزة الرمال الذهبية للرواية",
                "تستعد المدينة لحفل جائزة الرمال الذهبية للرواية، وسيعلن عن الفائز بجائزة الرمال الذهبية للرواية مساء الاثنين."));

        Answer a = askOver(dir, news, "من فاز بجائزة الرمال الذهبية للرواية؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theStoryThatTellsTheWinAnswers() throws IOException {
        List<Article> news = beforeTheWin();
        news.add(arabic("won", "2026-12-03T20:00:00Z", "رواية \"البئر\" تحصد جائزة الرمال الذهبية للرواية",
                "حصدت رواية \"البئر\" للكاتبة ليلى جائزة الرمال الذهبية للرواية في حفل أقيم مساء الخميس."));

        Answer a = askOver(dir, news, "من فاز بجائزة الرمال الذهبية للرواية؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("won");
    }

    @Test
    void aResultAskedIsNotAWinnerAskedAndAnyReportOfItAnswers() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-11",
                arabic("results", "2026-12-03T20:00:00Z", "نتائج انتخابات الصحراء: تقدم حزب الواحة في أغلب الدوائر",
                        "أظهرت نتائج انتخابات الصحراء تقدم حزب الواحة في أغلب الدوائر بعد فرز نصف الأصوات."));

        Answer a = askOver(dir, news, "شو طلعت نتائج انتخابات الصحراء؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("results");
    }

    @Test
    void aMeetingToComeWithTheWinnerOfAnotherMatchTellsNoWin() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-11",
                arabic("semi", "2026-12-01T15:00:00Z", "منتخب الواحة يخسر أمام الصحراء في كأس الجزر",
                        List.of("خسر منتخب الواحة لكرة القدم أمام نظيره الصحراوي 1-2 في بطولة كأس الجزر الودية.",
                                "ومن المقرر أن يلتقي منتخب الصحراء في المباراة النهائية، يوم الأحد المقبل، مع المنتخب الفائز من المباراة"
                                        + " التي تجمع بين الجبل والساحل، فيما سيلتقي منتخب الواحة مع الخاسر في مباراة المركز الثالث.")));

        Answer a = askOver(dir, news, "منتخب الواحة خسر مباراة المركز الثالث في كأس الجزر، من فاز عليه؟", NOW);

        assertThat(a.directAnswer()).isEmpty();
    }
}
