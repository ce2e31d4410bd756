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
 * An English reader asking the score of a match between two sides ("Egypt Russia World Cup score")
 * gets the Arabic report of that match, its score line as the direct answer: the sides are kept as
 * sides in the Arabic searched, not a preview that names them both more often.
 */
class EnglishMatchTest {
    @TempDir
    Path dir;

    @Test
    void anEnglishScoreOfTwoSidesIsTheReportOfTheirMatch() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(30, "2018-05",
                arabic("preview", "2018-06-19T08:00:00Z", "كأس العالم: مصر وروسيا الليلة.. مصر وروسيا وجها لوجه",
                        "تلتقي مصر وروسيا في كأس العالم الليلة، ومصر تحتاج الفوز على روسيا للبقاء في كأس العالم."),
                arabic("report", "2018-06-19T21:00:00Z", "روسيا تهزم مصر في كأس العالم",
                        "فازت روسيا على مصر 3-1 في كأس العالم مساء الثلاثاء."));

        Answer a = TestArticles.askOver(dir, news, "Egypt Russia World Cup score",
                ZonedDateTime.of(2018, 6, 20, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-1"));
    }
}
