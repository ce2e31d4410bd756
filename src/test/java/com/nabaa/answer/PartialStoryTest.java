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
 * A story that barely passes the no-answer threshold and lacks a weighty word of the question (a
 * place the news knows) is about something else: WhatsApp's tax in Uganda does not answer for
 * protests in Lebanon. The words' weights are set by how many passages hold them: the rare
 * واتساب carries 42% of the question, لبنان 23%, مظاهرات and احتجاج 18% each.
 */
class PartialStoryTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Beirut"));
    private static final String QUESTION = "مظاهرات احتجاج لبنان واتساب";

    @TempDir
    Path dir;

    private Answer ask(String storyBody) throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("story", "2018-10-19T10:00:00Z", "خبر اليوم", storyBody));
        news.add(arabic("other", "2018-10-01T10:00:00Z", "خبر آخر", "أطلقت شركة واتساب ميزة جديدة."));
        for (int i = 0; i < 30; i++) {
            news.add(arabic("lebanon-" + i, "2018-09-0" + (1 + i % 9) + "T08:00:00Z", "نشرة " + i,
                    "اجتمعت الحكومة في لبنان اليوم في الجلسة " + i + "."));
        }
        for (int i = 0; i < 60; i++) {
            news.add(arabic("protest-" + i, "2018-08-1" + (i % 9) + "T08:00:00Z", "نشرة " + i,
                    "خرجت مظاهرات احتجاج في المدينة في اليوم " + i + "."));
        }
        news.addAll(TestArticles.leagueReports(508, "2018-07"));
        return askOver(dir, news, QUESTION, NOW);
    }

    @Test
    void aStoryCoveringLittleAndLackingAWeightyPlaceDoesNotAnswer() throws IOException {
        Answer a = ask("بدأت أوغندا تحصيل ضريبة يومية من مستخدمي واتساب.");

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.missing()).contains("لبنان");
    }

    @Test
    void theSameStoryNamingThePlaceAnswers() throws IOException {
        Answer a = ask("بدأت لبنان تحصيل ضريبة يومية من مستخدمي واتساب.");

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("story");
    }
}
