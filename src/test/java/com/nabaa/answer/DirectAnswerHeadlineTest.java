package com.nabaa.answer;

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
 * The direct answer comes only from a story whose headline is about the question: a sentence that
 * answers in passing inside a story headlined about something else is shown in its summary, not as
 * the » line.
 */
class DirectAnswerHeadlineTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 6, 15, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private static final String SENTENCE = "كلف الرئيس عبد الفتاح السيسي مصطفى مدبولي رئيس الوزراء الجديد في مصر.";

    @TempDir
    Path dir;

    private Answer ask(String headline) throws IOException {
        return askOver(dir, List.of(arabic("story", "2018-06-14T10:00:00Z", headline, SENTENCE)),
                "مين رئيس الوزراء الجديد في مصر؟", NOW);
    }

    @Test
    void aStoryHeadlinedAboutTheQuestionGivesTheDirectAnswer() throws IOException {
        Answer a = ask("مدبولي رئيسا جديدا للوزراء في مصر");

        assertThat(a.directAnswer()).contains(SENTENCE);
    }

    @Test
    void theSameSentenceUnderAHeadlineAboutSomethingElseIsNoDirectAnswer() throws IOException {
        Answer a = ask("أسعار الخضار في سوق العبور");

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("story");
        assertThat(a.stories().get(0).summary()).contains(SENTENCE);
        assertThat(a.directAnswer()).isEmpty();
    }
}
