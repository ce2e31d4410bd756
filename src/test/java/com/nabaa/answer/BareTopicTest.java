package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topic typed alone, as into a news search box, or asked for as the latest, gets its newest stories. */
class BareTopicTest {
    @TempDir
    Path dir;
    NewsIndex index;
    AskService service;

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        // The older report names the dam more often: by words alone it ranks first.
        index.upsert(arabic("dam-march", "2026-09-01T10:00:00Z", "سد النهضة: مفاوضات سد النهضة تتعثر",
                "تعثرت مفاوضات سد النهضة مجددا بسبب الخلاف على قواعد الملء، وقال الوزير إن سد النهضة يهدد حصة مصر من المياه."));
        index.upsert(arabic("dam-today", "2026-11-25T09:00:00Z", "سد النهضة: إثيوبيا تبدأ الملء السادس",
                "بدأت إثيوبيا صباح اليوم الملء السادس لخزان سد النهضة وسط تحذيرات من دولتي المصب."));
        index.commit(2);
        service = new AskService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aTopicAloneListsItsNewestStoryFirst() {
        Answer answer = service.ask(AskRequest.of("سد النهضة", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("dam-today", "dam-march");
        assertThat(answer.directAnswer()).as("a topic asks for news, not a fact").isEmpty();
    }

    @Test
    void theNewestReportIsFoundEvenWhenYearsOfStrongerMatchesFillTheSearch() throws IOException {
        for (int i = 0; i < Ranking.CANDIDATE_ARTICLES + 5; i++) {
            index.upsert(arabic("dam-archive-" + i, "2024-01-%02dT10:00:00Z".formatted(i + 1),
                    "سد النهضة: جولة مفاوضات جديدة حول سد النهضة رقم " + i,
                    "سد النهضة وسد النهضة: تعثرت جولة مفاوضات سد النهضة رقم " + i + " حول قواعد ملء سد النهضة."));
        }
        index.commit(100);

        Answer answer = service.ask(AskRequest.of("سد النهضة", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("dam-today");
    }

    @Test
    void theNewestReportIsFoundUnderTheReadersOtherSpellingToo() throws IOException {
        for (int i = 0; i < Ranking.CANDIDATE_ARTICLES + 5; i++) {
            index.upsert(arabic("trump-archive-" + i, "2024-02-%02dT10:00:00Z".formatted(i + 1),
                    "ترامب وترامب: تصريحات ترامب رقم " + i, "قال ترامب إن ترامب سيعود، بحسب حملة ترامب رقم " + i + "."));
        }
        index.upsert(arabic("trump-today", "2026-11-25T08:00:00Z", "ترامب يستقبل وفدا خليجيا",
                "استقبل الرئيس الوفد في البيت الأبيض."));
        index.commit(100);

        Answer answer = service.ask(AskRequest.of("ترمب", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("trump-today");
    }

    @Test
    void latestNewsWhoseHeadlinesDoNotNameTheTopicStillComeNewestFirst() throws IOException {
        index.upsert(arabic("truce-old", "2025-05-01T10:00:00Z", "مفاوضات القاهرة",
                "الهدنة ثم الهدنة: قال الوسطاء إن الهدنة قريبة وإن بنود الهدنة جاهزة."));
        index.upsert(arabic("truce-new", "2026-11-24T20:00:00Z", "مفاوضات الدوحة",
                "قال الوسطاء إن الهدنة قد تبدأ خلال أيام بعد جولة جديدة من المحادثات في الدوحة."));
        index.commit(100);

        Answer answer = service.ask(AskRequest.of("آخر أخبار الهدنة", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("truce-new", "truce-old");
    }

    @Test
    void aQuestionAboutTheTopicKeepsTheBestAnswerFirst() {
        Answer answer = service.ask(AskRequest.of("لماذا تعثرت مفاوضات سد النهضة؟", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("dam-march");
        assertThat(answer.directAnswer()).hasValueSatisfying(s -> assertThat(s).contains("تعثرت مفاوضات سد النهضة"));
    }
}
