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

/** A word the index does not know in the reader's spelling but knows well in another. */
class ReaderSpellingTest {
    @TempDir
    Path dir;
    NewsIndex index;
    AskService service;

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        String[][] articles = {
            {"results", "إعلان نتائج الانتخابات البرلمانية", "أعلنت الهيئة نتائج الانتخابات البرلمانية مساء الأحد."},
            {"exams", "نتائج امتحانات الجامعات", "ظهرت نتائج امتحانات الجامعات اليوم."},
            {"league", "نتائج مباريات الدوري", "هذه نتائج مباريات الدوري في الجولة العاشرة."},
            {"poll", "نتائج استطلاع للرأي", "أظهرت نتائج استطلاع للرأي تقدم المعارضة."},
            {"vote", "البرلمان يناقش قانون الانتخابات", "ناقش البرلمان تعديلات قانون الانتخابات."},
            {"phone", "غوغل تطلق هاتفها الجديد", "أطلقت غوغل هاتفها الجديد في نيويورك الثلاثاء."},
            {"maps", "تحديث لخرائط غوغل", "أعلنت غوغل تحديثا لخدمة الخرائط."},
            {"search", "غوغل تغير محرك البحث", "غيرت غوغل طريقة ترتيب نتائج البحث."},
            {"ads", "غرامة أوروبية على غوغل", "فرض الاتحاد الأوروبي غرامة على غوغل."},
            {"west-gaza", "قصف على غرب غزة", "استهدف القصف منازل في غرب غزة وانتشر الدخان في المنطقة."},
            {"west-rafah", "توغل في غرب رفح", "توغلت آليات في غرب رفح."},
            {"west-africa", "أمطار في غرب أفريقيا", "هطلت أمطار غزيرة في غرب أفريقيا."},
            {"west-cairo", "طريق جديد غرب القاهرة", "افتتح طريق جديد غرب القاهرة."},
            {"tariffs", "أميركا تفرض رسوما على الصلب", "فرضت أميركا رسوما جمركية على واردات الصلب."},
            {"visas", "أميركا تشدد شروط التأشيرات", "شددت أميركا شروط منح التأشيرات."},
            {"storm", "عاصفة تضرب أميركا", "ضربت عاصفة ثلجية شرق أميركا."},
            {"oil", "مخزونات النفط في أمريكا", "تراجعت مخزونات النفط في أمريكا."},
            {"jobs", "الوظائف في أمريكا", "ارتفع عدد الوظائف في أمريكا."},
            {"flu", "الإنفلونزا في أمريكا", "انتشرت الإنفلونزا في أمريكا."},
            // BBC writes the Islamic State group's name where the others write داعش
            {"spy", "حكاية الجاسوس العراقي الذي اخترق صفوف تنظيم الدولة", "اخترق جاسوس عراقي صفوف تنظيم الدولة الإسلامية ونقل معلومات أحبطت هجمات."},
            {"raid", "غارة على مقر لداعش في سوريا", "استهدفت غارة جوية مقرا لتنظيم داعش في شرق سوريا."}};
        for (String[] a : articles) {
            index.upsert(arabic(a[0], "2026-11-20T10:00:00Z", a[1], a[2]));
        }
        index.commit(articles.length);
        service = new AskService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theEgyptianSpellingOfAHamzaAfterAlefFindsTheStoryAndTheStandardSpellingIsSuggested() {
        Answer answer = service.ask(AskRequest.of("إيه نتايج الانتخابات البرلمانية؟", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("results");
        assertThat(answer.stories().get(0).coverage()).isEqualTo(1f);
        assertThat(answer.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("نتائج"));
    }

    @Test
    void aNameTheIndexKnowsOnlyInItsOtherSpellingCountsInThatSpelling() {
        // جوجل and غوغل are two letters apart: only the name's other spelling can find the story.
        Answer answer = service.ask(AskRequest.of("متى أطلقت جوجل هاتفها الجديد؟", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("phone");
        assertThat(answer.stories().get(0).coverage()).isEqualTo(1f);
    }

    @Test
    void anAbsentWordOneSpellingRuleAwayFromACommonWordDoesNotCountAsIt() {
        // الجرب (scabies) is in no article; غرب (west), one ج/غ swap away, is in four.
        Answer answer = service.ask(AskRequest.of("هل انتشر الجرب في غزة؟", NOW, 3));

        assertThat(answer.directAnswer()).isEmpty();
        assertThat(answer.stories()).allSatisfy(s -> assertThat(s.coverage()).isLessThan(0.6f));
    }

    @Test
    void aNameTheIndexKnowsWellInBothItsListedSpellingsCountsInEither() {
        // أمريكا and أميركا: each in three articles, two letters swapped (no one-letter slip)
        Answer answer = service.ask(AskRequest.of("صحيح أمريكا فرضت رسوم على الصلب؟", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("tariffs");
        assertThat(answer.stories().get(0).coverage()).isEqualTo(1f);
    }

    @Test
    void aNameTheCuratedTableListsWithANameOfSeveralWordsCountsInThoseWords() {
        Answer answer = service.ask(AskRequest.of("الجاسوس العراقي داعش", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("spy");
        assertThat(answer.stories().get(0).coverage()).isEqualTo(1f);
    }
}
