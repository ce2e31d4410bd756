package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question is answered from one point-in-time view of the index, whatever is committed meanwhile. */
class OneViewPerQuestionTest {
    @TempDir
    Path dir;
    NewsIndex index;
    /** Every view the service took, in order. */
    final List<PassageSearcher> views = new ArrayList<>();
    AskService service;

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        index.upsert(arabic("bourse-old", "2026-11-24T10:00:00Z", "البورصة المصرية تربح 12 مليار جنيه",
                "ربحت البورصة المصرية 12 مليار جنيه في ختام تعاملات الثلاثاء."));
        index.commit(1);
        // Right after the first question takes its view, a newer story is committed.
        service = new AskService(() -> {
            PassageSearcher view = index.acquire();
            views.add(view);
            if (views.size() == 1) commitANewerStory();
            return view;
        });
    }

    private void commitANewerStory() {
        try {
            index.upsert(arabic("bourse-new", "2026-11-25T12:00:00Z", "البورصة المصرية تخسر 5 مليارات جنيه",
                    "خسرت البورصة المصرية خمسة مليارات جنيه في تعاملات الأربعاء."));
            index.commit(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    private static List<String> articleIds(Answer answer) {
        return answer.stories().stream().flatMap(s -> s.articleIds().stream()).toList();
    }

    @Test
    void aStoryCommittedWhileAQuestionIsAnsweredIsNotPartOfItsAnswer() {
        Answer first = ask("آخر أخبار البورصة المصرية");

        assertThat(views).hasSize(1);
        assertThat(articleIds(first)).containsExactly("bourse-old");
    }

    @Test
    void theViewIsReleasedWithTheAnswerAndTheNextQuestionSeesTheNewCommit() {
        ask("آخر أخبار البورصة المصرية");
        Answer next = ask("آخر أخبار البورصة المصرية");

        assertThatThrownBy(() -> views.get(0).documentFrequency("البورصه")).isInstanceOf(IllegalStateException.class);
        assertThat(views).hasSize(2);
        assertThat(articleIds(next)).containsExactlyInAnyOrder("bourse-new", "bourse-old");
    }
}
