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
 * A reader's dialect verb the news never writes (فتحوه، لقوه، هيزيد، انقتل) counts neither for nor
 * against a story: its rarity would give it the most weight, and the story that answers lacks it
 * as much as any other. A name no article holds (طوبالستان) still counts against every story.
 */
class ReadersOwnVerbTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 7, 20, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private Answer ask(String question) throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("coffin", "2018-07-19T10:00:00Z", "فتح التابوت الأسود في الإسكندرية",
                "فتحت وزارة الآثار التابوت الأسود الذي عثر عليه في الإسكندرية ووجدت بداخله ثلاثة هياكل عظمية."));
        news.addAll(TestArticles.leagueReports(300, "2018-06"));
        return askOver(dir, news, question, NOW);
    }

    @Test
    void anEgyptianQuestionWithVerbsTheNewsNeverWritesGetsTheStory() throws IOException {
        Answer a = ask("التابوت الاسود اللي لقوه في الاسكندرية فتحوه؟");

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("coffin");
    }

    @Test
    void aNameNoArticleHoldsStillMeansNothingAnswers() throws IOException {
        Answer a = ask("التابوت اللي لقوه في جزيرة طوبالستان فتحوه؟");

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.missing()).contains("طوبالستان");
    }
}
