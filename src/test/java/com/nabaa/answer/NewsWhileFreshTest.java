package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that names no time is most often asked while its story is news: of the stories that
 * match it about as well, the one of the last days whose headline names the topic comes first. A
 * fresh story naming the topic only in passing is not lifted.
 * The clock is {@link TestArticles#NOW}: 25 November 2026, 15:00 in Cairo.
 */
class NewsWhileFreshTest {
    @TempDir
    Path dir;

    /** Talks announced three weeks ago for a Thursday in Khartoum, and yesterday's report of how they ended. */
    private static final List<Article> TALKS = List.of(
            arabic("talks-preview", "2026-11-03T09:00:00Z", "استئناف مفاوضات سد النهضة في الخرطوم الخميس المقبل",
                    "تستأنف مصر والسودان وإثيوبيا مفاوضات سد النهضة في الخرطوم الخميس المقبل بمشاركة وزراء الخارجية"
                            + " والري ورؤساء أجهزة المخابرات في الدول الثلاث، بعد تعثر الجولة السابقة."),
            arabic("talks-failed", "2026-11-24T22:00:00Z", "فشل جولة مفاوضات سد النهضة في الخرطوم",
                    "انتهت جولة مفاوضات سد النهضة دون اتفاق بعد اجتماعات استمرت 17 ساعة في العاصمة السودانية، وقال وزير"
                            + " الخارجية إن الدول الثلاث لم تتوصل إلى اتفاق بشأن السد."),
            // Fresh, but about irrigation: the dam is named only in passing.
            arabic("irrigation-today", "2026-11-25T08:00:00Z", "وزير الري يفتتح محطة لمعالجة المياه في الفيوم",
                    "افتتح وزير الري محطة جديدة لمعالجة مياه الصرف في الفيوم، وتحدث عن مفاوضات سد النهضة في"
                            + " الخرطوم ضمن كلمته عن ترشيد استخدام المياه في مصر."));

    /** The talks among other news, so that the question's words weigh as in a real index. */
    private static List<Article> news() {
        return TestArticles.amongOtherNews(40, "2026-10", TALKS.toArray(Article[]::new));
    }

    @Test
    void aTopicAskedTheDayAfterItsEventGetsTheEventsReportBeforeAnOlderStoryMatchingAsWell() throws IOException {
        Answer answer = askOver(dir, news(), "مفاوضات سد النهضة في الخرطوم عملت ايه؟", NOW);

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("talks-failed");
        assertThat(answer.stories()).extracting(Story::articleId).contains("talks-preview");
    }

    @Test
    void aQuestionAboutThisYearLeansToTheFreshReportAsOneWithoutADateDoes() throws IOException {
        Answer answer = askOver(dir, news(), "مفاوضات سد النهضة في الخرطوم هالسنة عملت ايه؟", NOW);

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("talks-failed");
    }

    @Test
    void aFreshStoryNamingTheTopicOnlyInPassingIsNotLiftedAboveTheStoriesAboutIt() throws IOException {
        Answer answer = askOver(dir, news(), "مفاوضات سد النهضة في الخرطوم عملت ايه؟", NOW);

        List<String> order = answer.stories().stream().map(Story::articleId).toList();
        assertThat(order).containsExactly("talks-failed", "talks-preview", "irrigation-today");
    }
}
