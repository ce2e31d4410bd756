package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name of a company, a hospital, a hotel asked ("وش اسم الشركة اللي مستوردته؟"), or which medal
 * ("شو الميدالية اللي أخدتها؟"), is not given by a story that never speaks of one: the reader is told
 * nothing answers, and the story is a related headline. A story naming the company answers.
 */
class KindNameAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 5, 20, 12, 0, 0, 0, ZoneId.of("Asia/Qatar"));
    private static final String QUESTION = "ورق العنب الملوث اللي حذرت منه الصحة القطرية، وش اسم الشركة اللي مستوردته؟";

    @TempDir
    Path dir;

    private Answer ask(Article story) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-04", QUESTION, NOW, story);
    }

    @Test
    void aStoryThatSpeaksOfNoCompanyDoesNotNameIt() throws IOException {
        Answer a = ask(arabic("warning", "2026-05-12T05:00:00Z", "أغذية ملوثة في أسواق قطر",
                "نشرت وزارة الصحة القطرية تحذيرا من استهلاك ورق العنب المستورد، بعد اكتشاف احتوائه على متبقيات مبيدات بنسب عالية.\n\n"
                        + "وحذرت الوزارة من استخدام جهاز لقياس جودة الأغذية انتشرت مقاطعه بين المواطنين."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.related()).extracting(SourceLink::headline).first().isEqualTo("أغذية ملوثة في أسواق قطر");
    }

    @Test
    void aStoryNamingTheCompanyAnswers() throws IOException {
        Answer a = ask(arabic("named", "2026-05-13T05:00:00Z", "الصحة القطرية تسحب ورق العنب الملوث من الأسواق",
                "حذرت وزارة الصحة القطرية من ورق العنب الملوث بالمبيدات، وقالت إن شركة الواحة للتجارة هي التي استوردته وسحبته من الأسواق."));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("named");
    }

    @Test
    void aStoryThatSpeaksOfNoMedalDoesNotSayWhichOne() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("garden", "2026-05-21T05:00:00Z", "لاجئون سوريون يحولون مخيمهم إلى حدائق مزهرة",
                "ساعد لاجئون سوريون في مخيم دوميز في اختيار نباتات وأزهار لتصميم أول حديقة من وحي اللاجئين، "
                        + "تعرضها مؤسسة خيرية في معرض تشيلسي للزهور في لندن."));
        // medals in the news every week: the word is known, and no sign by itself that the topic is absent
        for (int i = 0; i < Evidence.KNOWN_PASSAGES + 5; i++) {
            news.add(arabic("medal-" + i, "2026-05-0" + (i % 9 + 1) + "T10:00:00Z", "سباق رقم " + i,
                    "فاز العداء بالميدالية الذهبية في السباق رقم " + i + " أمام جمهور كبير."));
        }

        Answer a = TestArticles.askOver(dir, news, "حديقة اللاجئين السوريين بمعرض تشيلسي للزهور، شو الميدالية اللي أخدتها؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).isEmpty();
    }
}
