package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name no article holds (طوبالستان) is the clearest sign that a topic is absent: a story that
 * covers little of the question without it (a president elected elsewhere) does not answer, and
 * the reply names the word. The words' weights are set by how many passages hold them: the unseen
 * name carries more than half of the question, رئيس and جمهورية the rest.
 */
class UnseenNameTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 10, 20, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private Answer ask(String question) throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("uganda", "2018-10-19T10:00:00Z", "أوغندا تنتخب رئيسا",
                "انتخب البرلمان في أوغندا رئيس جمهورية جديدا اليوم."));
        for (int i = 0; i < 40; i++) {
            news.add(arabic("office-" + i, "2018-09-0" + (1 + i % 9) + "T08:00:00Z", "نشرة " + i,
                    "استقبل رئيس جمهورية البلاد وفدا في اللقاء " + i + "."));
        }
        news.addAll(TestArticles.leagueReports(560, "2018-07"));
        return askOver(dir, news, question, NOW);
    }

    @Test
    void aStoryLackingANameNoArticleHoldsDoesNotAnswerAndTheNameIsNamed() throws IOException {
        Answer a = ask("رئيس جمهورية طوبالستان");

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.missing()).contains("طوبالستان");
    }

    @Test
    void theSameQuestionWithAPlaceTheNewsKnowsIsAnswered() throws IOException {
        Answer a = ask("رئيس جمهورية أوغندا");

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("uganda");
    }
}
