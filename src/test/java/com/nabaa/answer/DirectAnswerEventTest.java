package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.amongOtherNews;
import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks whether someone died, resigned or was arrested ("أحد توفى؟") is answered by a
 * sentence telling that: the storm's path, however many of the question's words it repeats, is no
 * direct answer, and a sentence scoring nearly as well that tells the death takes its place.
 */
class DirectAnswerEventTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 5, 26, 12, 0, 0, 0, ZoneId.of("Asia/Muscat"));
    private static final String QUESTION = "وش صار في عمان من إعصار مكونو؟ أحد توفى؟";
    private static final String HEADLINE = "إعصار مكونو يتجاوز صلالة ويتجه شمال غربي سلطنة عمان";
    private static final String PATH = "أعلنت هيئة الطيران المدني في سلطنة عمان الأحد أن إعصار مكونو صار بعيدا عن صلالة وأن مساره حاليا نحو الشمال الغربي.";

    @TempDir
    Path dir;

    private Answer ask(String... paragraphs) throws IOException {
        return askOver(dir, amongOtherNews(40, "2018-05",
                arabic("storm", "2018-05-26T05:00:00Z", HEADLINE, List.of(paragraphs))), QUESTION, NOW);
    }

    @Test
    void theStormsPathIsNoAnswerToWhetherAnyoneDied() throws IOException {
        Answer a = ask(PATH, "وتستمر الأمطار الغزيرة والرياح الشديدة على مدى يومين في محافظة ظفار.",
                "وكان إعصار غونو قد تسبب في العام 2007 بوفاة 49 شخصا.");

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("storm");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSentenceTellingTheDeathAnswersInsteadOfThePath() throws IOException {
        String death = "وأعلنت الشرطة في سلطنة عمان وفاة طفلة بسبب قوة رياح الإعصار.";
        Answer a = ask(PATH, death, "وتستمر الأمطار الغزيرة والرياح الشديدة على مدى يومين في محافظة ظفار.");

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("storm");
        assertThat(a.directAnswer()).contains(death);
    }
}
