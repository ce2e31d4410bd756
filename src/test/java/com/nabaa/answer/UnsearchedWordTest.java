package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English question with a word the glossary has no Arabic for: a common English word the rest
 * of the question answers around, a name the news may not hold.
 */
class UnsearchedWordTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    static final List<Article> ARTICLES = List.of(
            article("skater", "انفتاح زي راقصة جليد فرنسية في الألعاب الأولمبية الشتوية",
                    "انفتح زي الراقصة الفرنسية خلال رقصها على الجليد في الألعاب الأولمبية الشتوية، لكنها أكملت الرقص مع شريكها."),
            article("rink", "افتتاح حلبة تزلج على الجليد في دبي", "افتتحت في دبي حلبة جديدة للتزلج على الجليد."));

    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        for (Article a : ARTICLES) index.upsert(a);
        index.commit(ARTICLES.size());
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Article article(String id, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("وكالة الأنباء").language(Language.ARABIC).build();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    @Test
    void aCommonWordWithoutArabicLeavesTheStoryTheRestOfTheQuestionFindsAsTheAnswer() {
        Answer answer = ask("which french ice dancer had her costume come undone at the winter olympics");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("undone");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("skater");
        assertThat(answer.directAnswer()).as("no sentence can be shown to give what was not searched").isEmpty();
    }

    @Test
    void aNameWithoutArabicStillLeavesTheStoriesOnlyRelated() {
        Answer answer = ask("which french ice dancer had her costume come zorblat at the winter olympics");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("zorblat");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::articleId).contains("skater");
    }
}
