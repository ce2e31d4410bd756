package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English question's words come from the project's glossary, spelled as the dictionary spells
 * them: a story holds such a word as written or extended, never one letter apart (a slip is a
 * reader's), and a form of two words ("الأكبر سنا" for "oldest") counts where the story holds its
 * words together, not here and there.
 */
class DictionaryWordsTest {
    @TempDir
    static Path dir;
    private static NewsIndex index;
    private static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        List<Article> news = new ArrayList<>(List.of(
                arabic("cell", "2026-11-24T10:00:00Z", "هجوم برشلونة والبحث عن خلايا أخرى",
                        "خططت خلية إجرامية لمهاجمة المعالم السياحية في أوروبا، وأغلق المسجد الذي ارتادوه بعد أسبوع من"
                                + " الهجوم."),
                arabic("oldest", "2026-11-24T11:00:00Z", "فيدرر يحتفل بلقب الأكبر سنا",
                        "أصبح فيدرر بسن السادسة والثلاثين أكبر لاعب يتصدر التصنيف العالمي للتنس."),
                arabic("council", "2026-11-24T12:00:00Z", "استقالة رئيس الوزراء الفرنسي في باريس",
                        "أعلن رئيس الوزراء استقالته في باريس، فيما ناقشت البلدية ميزانية العام المقبل.")));
        news.addAll(TestArticles.leagueReports(12, "2026-11"));
        index = TestArticles.indexed(dir, news);
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    @Test
    void aDictionaryWordOneLetterFromAStorysWordIsNotInIt() {
        Answer a = ask("were the pyramids closed to tourists for a week?");

        assertThat(a.noAnswer()).as("الأهرامات is no إجرامية: a criminal cell in Barcelona is not the pyramids").isTrue();
    }

    @Test
    void aFormOfTwoWordsCountsWhereTheStoryHoldsThemTogether() {
        Answer a = ask("federer oldest");

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories().get(0).articleIds()).containsExactly("oldest");
        assertThat(a.stories().get(0).missing()).as("الأكبر سنا is \"oldest\"").isEmpty();
    }

    @Test
    void aFormsWordsApartInAStoryAreNotTheForm() {
        Answer a = ask("did the paris mayor resign?");

        List<String> lacking = a.noAnswer() ? a.missing() : a.stories().get(0).missing();
        assertThat(lacking).as("a prime minister's resignation in Paris, with the council named later, is no mayor's")
                .containsExactly("mayor");
    }
}
