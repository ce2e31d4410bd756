package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place the question names counts in a story only where the story tells of the question's topic:
 * its headline, its lead, or a paragraph holding another word of the question. A story on a reactor
 * in Turkey that names China in a paragraph on the cold war tells of no reactor in China.
 */
class PlaceInPassingTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 20, 12, 0, 0, 0, ZoneId.of("Europe/Moscow"));
    private static final String QUESTION = "كم قيمة عقود روساتوم لبناء المفاعلات الأربعة في الصين بالدولار؟";

    @TempDir
    Path dir;

    private Answer ask(Article story) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-05", QUESTION, NOW, story);
    }

    @Test
    void aPlaceNamedOnlyInAnotherParagraphIsNotTheStorysPlace() throws IOException {
        Answer a = ask(arabic("turkey", "2026-04-03T16:00:00Z", "بوتين وأردوغان يطلقان بناء مفاعل نووي",
                "أطلق الرئيسان الروسي والتركي ورشة بناء أول مفاعل نووي في تركيا تتولاها مجموعة روساتوم الروسية. "
                        + "وتبلغ قيمة المشروع 20 مليار دولار، ويبدأ تشغيله عام 2030. "
                        + "وقال الرئيس التركي إن المحطة ستوفر عشرة في المئة من حاجة البلاد إلى الكهرباء.\n\n"
                        + "ويرى محللون أن العلاقات بين موسكو والغرب تشبه الحرب الباردة، وأن الصين تراقب عن كثب."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aPlaceNamedBesideTheTopicIsTheStorysPlace() throws IOException {
        Answer a = ask(arabic("china", "2026-04-03T16:00:00Z", "بوتين وأردوغان يطلقان بناء مفاعل نووي",
                "أطلق الرئيسان الروسي والتركي ورشة بناء أول مفاعل نووي في تركيا تتولاها مجموعة روساتوم الروسية. "
                        + "وتبلغ قيمة المشروع 20 مليار دولار، ويبدأ تشغيله عام 2030. "
                        + "وقال الرئيس التركي إن المحطة ستوفر عشرة في المئة من حاجة البلاد إلى الكهرباء.\n\n"
                        + "وتبني روساتوم كذلك أربعة مفاعلات في الصين بعقود قيمتها 3 مليارات دولار."));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("china");
    }
}
