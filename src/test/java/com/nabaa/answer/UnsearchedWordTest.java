package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English question with a word the glossary has no Arabic for: a common English word the rest
 * of the question answers around, a name the news may not hold.
 */
class UnsearchedWordTest {
    private static final List<Article> NEWS = List.of(
            arabic("skater", "2026-11-20T10:00:00Z", "انفتاح زي راقصة جليد فرنسية في الألعاب الأولمبية الشتوية",
                    "انفتح زي الراقصة الفرنسية خلال رقصها على الجليد في الألعاب الأولمبية الشتوية، لكنها أكملت الرقص مع شريكها."),
            arabic("rink", "2026-11-20T10:00:00Z", "افتتاح حلبة تزلج على الجليد في دبي",
                    "افتتحت في دبي حلبة جديدة للتزلج على الجليد."));

    @TempDir
    Path dir;

    private Answer ask(String question) throws IOException {
        return TestArticles.askOver(dir, NEWS, question, TestArticles.NOW);
    }

    @Test
    void aCommonWordWithoutArabicLeavesTheStoryTheRestOfTheQuestionFindsAsTheAnswer() throws IOException {
        Answer answer = ask("which french ice dancer had her costume come undone at the winter olympics");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("undone");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("skater");
        assertThat(answer.directAnswer()).as("no sentence can be shown to give what was not searched").isEmpty();
    }

    @Test
    void aNameWithoutArabicStillLeavesTheStoriesOnlyRelated() throws IOException {
        Answer answer = ask("which french ice dancer had her costume come zorblat at the winter olympics");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("zorblat");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::articleId).contains("skater");
    }
}
