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
 * A Moroccan reader writes the Gnawa كناوة and "they play" كيعزفو (the Maghreb's present with ك,
 * the plural's و without its ن): the BBC story that writes غناوة and يعزفون answers.
 */
class MaghrebiQuestionTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 22, 21, 0, 0, 0, ZoneId.of("Africa/Casablanca"));
    private static final String QUESTION = "كناوة فالمغرب، شنو هوما الآلات اللي كيعزفو بيهم؟";

    @TempDir
    Path dir;

    private static Article gnawa() {
        return arabic("gnawa", "2026-03-22T12:00:00Z", "\"غناوة\" المغرب: موسيقى صوفية جذورها أفريقية",
                "يعزف موسيقيو غناوة في المغرب على آلات تقليدية، أشهرها القرقب والغمبري والطبل، في حفلات تمتد حتى الفجر.");
    }

    /** Concerts whose reports write يعزف and يعزفون, so that the index knows the news's present well. */
    private static List<Article> concerts(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(arabic("concert-" + i, "2026-03-1" + (i % 9) + "T08:00:00Z", "حفل موسيقي " + i,
                    "يعزف الموسيقيون في الحفل رقم " + i + " ألحانا جديدة، وهم يعزفون أمام جمهور كبير."));
        }
        return out;
    }

    @Test
    void theMoroccanSpellingsOfTheGnawaAndOfTheirPlayingFindTheStory() throws IOException {
        List<Article> news = new ArrayList<>(concerts(Evidence.KNOWN_PASSAGES + 5));
        news.add(gnawa());

        Answer a = askOver(dir, news, QUESTION, NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("gnawa");
    }
}
