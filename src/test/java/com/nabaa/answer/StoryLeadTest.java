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
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(wire);
            index.upsert(daily);
            index.commit(2);
            AskService service = new AskService(index.searcher());

            Answer answer = service.ask(QuestionParser.parse("سد يحمي من السيول", NOW), 3);

            assertThat(answer.stories()).hasSize(1);
            Story story = answer.stories().get(0);
            assertThat(story.articleId()).isEqualTo("daily");
            assertThat(story.summary()).anySatisfy(s -> assertThat(s).contains("سد جديد يحمي القرى من السيول"));
            assertThat(story.alsoReportedBy()).extracting(SourceLink::articleId).containsExactly("wire");
            assertThat(story.alsoReportedBy().get(0).excerpt()).contains("والسد يحمي الأراضي.");
        }
    }

    @Test
    void aCopyOfTheLeadsTextIsListedAsASourceWithoutRepeatingItsSentence() throws IOException {
        String text = "أعلنت وزارة الري خطة لحماية قرى الدلتا من السيول. وتشمل الخطة إنشاء سد جديد.";
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("agency", "وكالة الأنباء", text));
            index.upsert(article("copy", "الشروق", text));
            index.commit(2);
            AskService service = new AskService(index.searcher());

            Answer answer = service.ask(QuestionParser.parse("خطة لحماية قرى الدلتا من السيول", NOW), 3);

            assertThat(answer.stories()).hasSize(1);
            assertThat(answer.stories().get(0).alsoReportedBy()).singleElement()
                    .satisfies(link -> assertThat(link.excerpt()).isEmpty());
        }
    }

    @Test
    void twoCopiesOfOneWireTextShowItsSentenceOnce() throws IOException {
        String wire = "السيول تهدد القرى كل شتاء. والسد يحمي الأراضي. والسد الجديد يكتمل في مارس.";
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("daily", "الشروق", "وتتضمن الخطة إنشاء سد جديد يحمي القرى من السيول القادمة من الصحراء."));
            index.upsert(article("wire-a", "وكالة الأنباء", wire));
            index.upsert(article("wire-b", "المال", wire));
            index.commit(3);
            AskService service = new AskService(index.searcher());

            Answer answer = service.ask(QuestionParser.parse("سد يحمي من السيول", NOW), 3);

            assertThat(answer.stories()).hasSize(1);
            assertThat(answer.stories().get(0).alsoReportedBy()).hasSize(2)
                    .filteredOn(link -> link.excerpt().isPresent()).hasSize(1);
        }
    }
}
