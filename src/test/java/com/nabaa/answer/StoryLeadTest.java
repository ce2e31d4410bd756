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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of the articles reporting one story leads it. */
class StoryLeadTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private static Article article(String id, String source, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title("خطة حكومية لحماية قرى الدلتا")
                .published(Instant.parse("2026-11-24T10:00:00Z")).paragraphs(List.of(paragraphs)).source(source)
                .language(Language.ARABIC).build();
    }

    /** Indexes the articles in a fresh index and asks the question. */
    private Answer ask(String question, Article... articles) throws IOException {
        try (NewsIndex index = NewsIndex.open(dir)) {
            for (Article a : articles) index.upsert(a);
            index.commit(articles.length);
            return new AskService(index).ask(AskRequest.of(question, NOW, 3));
        }
    }

    @Test
    void theArticleWhoseOwnSentenceAnswersLeadsTheStoryAndTheOtherIsListedAsASource() throws IOException {
        // Both report the same plan under the same headline. The wire copy repeats the question's
        // words in separate sentences, which BM25 likes; the other says it in one sentence.
        Article wire = article("wire", "وكالة الأنباء",
                "السيول تهدد القرى كل شتاء. والسد يحمي الأراضي. والسد الجديد يكتمل في مارس.");
        Article daily = article("daily", "الشروق",
                "أعلنت وزارة الري اليوم خطة شاملة للمحافظات الشمالية تشمل تطوير شبكات الصرف وتبطين الترع "
                        + "وإنشاء محطات رفع جديدة في عدة مراكز، إلى جانب حملات توعية للمزارعين بطرق الري الحديث. "
                        + "وتتضمن الخطة إنشاء سد جديد يحمي القرى من السيول القادمة من الصحراء الشرقية.");
        Answer answer = ask("سد يحمي من السيول", wire, daily);

        assertThat(answer.stories()).hasSize(1);
        Story story = answer.stories().get(0);
        assertThat(story.articleId()).isEqualTo("daily");
        assertThat(story.summary()).anySatisfy(s -> assertThat(s).contains("سد جديد يحمي القرى من السيول"));
        assertThat(story.alsoReportedBy()).extracting(SourceLink::articleId).containsExactly("wire");
        assertThat(story.alsoReportedBy().get(0).excerpt()).contains("والسد يحمي الأراضي.");
    }

    @Test
    void aCopyOfTheLeadsTextIsListedAsASourceWithoutRepeatingItsSentence() throws IOException {
        String text = "أعلنت وزارة الري خطة لحماية قرى الدلتا من السيول. وتشمل الخطة إنشاء سد جديد.";
        Answer answer = ask("خطة لحماية قرى الدلتا من السيول",
                article("agency", "وكالة الأنباء", text), article("copy", "الشروق", text));

        assertThat(answer.stories()).hasSize(1);
        assertThat(answer.stories().get(0).alsoReportedBy()).singleElement()
                .satisfies(link -> assertThat(link.excerpt()).isEmpty());
    }

    @Test
    void twoCopiesOfOneWireTextShowItsSentenceOnce() throws IOException {
        String wire = "السيول تهدد القرى كل شتاء. والسد يحمي الأراضي. والسد الجديد يكتمل في مارس.";
        Answer answer = ask("سد يحمي من السيول",
                article("daily", "الشروق", "وتتضمن الخطة إنشاء سد جديد يحمي القرى من السيول القادمة من الصحراء."),
                article("wire-a", "وكالة الأنباء", wire), article("wire-b", "المال", wire));

        assertThat(answer.stories()).hasSize(1);
        assertThat(answer.stories().get(0).alsoReportedBy()).hasSize(2)
                .filteredOn(link -> link.excerpt().isPresent()).hasSize(1);
    }
}
