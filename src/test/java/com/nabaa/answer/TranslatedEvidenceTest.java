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
 * An English question is read through its Arabic words: a story that covers part of the translation
 * and lacks a weighty word of it, one the index knows however rarely, is about something else.
 */
class TranslatedEvidenceTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    static Path dir;
    private static NewsIndex index;
    private static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        List<Article> news = List.of(
                arabic("vote", "لبناني الأصل يفوز في انتخابات البرازيل",
                        "فاز مرشح من أصل لبناني في الانتخابات في البرازيل بعد فرز الأصوات في الولايات."),
                arabic("zoo", "ببغاء نادر في حديقة الحيوان", "استقبلت حديقة الحيوان ببغاء نادرا من أمريكا الجنوبية."),
                arabic("other-1", "أمطار غزيرة على العاصمة", "هطلت أمطار غزيرة على العاصمة صباح اليوم."),
                arabic("other-2", "افتتاح معرض للكتاب", "افتتح معرض الكتاب أبوابه أمام الزوار."),
                arabic("other-3", "ارتفاع أسعار الذهب", "ارتفعت أسعار الذهب في الأسواق المحلية."),
                // an election, a win and Brazil are news every week; a parrot is not
                arabic("other-4", "البرازيل تفوز على الأرجنتين", "فاز منتخب البرازيل على الأرجنتين في مباراة ودية."),
                arabic("other-5", "موعد الانتخابات البلدية", "حددت الهيئة موعد الانتخابات في المدن الكبرى."),
                arabic("other-6", "رئيس البرازيل يزور الصين", "وصل رئيس البرازيل إلى بكين بعد فوزه في الانتخابات."),
                arabic("giraffe", "حديقة الحيوان في القاهرة تستقبل زرافة جديدة",
                        "استقبلت حديقة الحيوان في القاهرة زرافة جديدة وأطلقت عليها اسما اختاره الزوار."),
                arabic("panda", "ولادة دب باندا في الصين", "أعلنت حديقة في الصين ولادة دب من الباندا العملاقة."),
                // naming, babies and the capital are in the news every day; a panda is not
                arabic("other-7", "تعيين محافظ جديد للقاهرة", "أعلن تعيين محافظ جديد للقاهرة بعد استقالة سلفه."),
                arabic("other-8", "إنقاذ رضيع في القاهرة", "أنقذ رجال الإطفاء رضيعا من حريق في القاهرة."),
                arabic("other-9", "تعيين مدرب جديد", "أعلن النادي تعيين مدرب جديد للفريق الأول."),
                arabic("other-10", "حملة لتطعيم الرضع", "بدأت حملة جديدة لتطعيم كل رضيع في المحافظات."));
        index = TestArticles.indexed(dir, news);
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Article arabic(String id, String title, String paragraph) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraph))
                .source("وكالة الأنباء").language(Language.ARABIC).build();
    }

    @Test
    void aStoryLackingATranslatedWeightyWordDoesNotAnswerTheEnglishQuestion() {
        Answer a = service.ask(AskRequest.of("Which parrot won the election in Brazil?", NOW, 3));

        assertThat(a.translation()).hasValueSatisfying(t -> assertThat(t.complete()).isTrue());
        assertThat(a.noAnswer()).as("an election in Brazil is no parrot's").isTrue();
    }

    @Test
    void aStoryLackingTheTranslationsRarestNounDoesNotAnswerAmongManyWords() {
        Answer a = service.ask(AskRequest.of("what did cairo zoo name its new baby panda", NOW, 3));

        assertThat(a.noAnswer()).as("a giraffe at Cairo's zoo is no panda").isTrue();
        assertThat(service.ask(AskRequest.of("what did cairo zoo name its new giraffe", NOW, 3)).stories())
                .first().satisfies(s -> assertThat(s.articleIds()).contains("giraffe"));
    }

    @Test
    void theStoryThatHoldsTheTranslationStillAnswers() {
        Answer a = service.ask(AskRequest.of("Who won the election in Brazil?", NOW, 3));

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories().get(0).articleIds()).contains("vote");
    }
}
