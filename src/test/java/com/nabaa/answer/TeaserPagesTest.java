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
 * A site that runs the same teasers of its other stories at the foot of page after page (CNN's
 * Arabic pages do): a page found only by a teaser, its own headline of another topic, does not
 * answer; the story the teaser is of does.
 */
class TeaserPagesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 6, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));
    private static final String TEASER = "أعلن الإنتربول القبض على مواطن مطلوب في الخارج واسترداده إلى المملكة بعد ملاحقته بقضايا احتيال"
            + " في شيكات بدون رصيد، دون الكشف عن اسم المتهم.";

    @TempDir
    Path dir;

    private static List<Article> teaserPages() {
        String[][] pages = {
                {"army", "رئيسا أركان الجيشين يبحثان التعاون العسكري", "بحث رئيسا أركان الجيشين التعاون العسكري والتدريبات المشتركة بين البلدين في اجتماع مطول."},
                {"court", "وزير الخارجية يرحب بحكم المحكمة الدولية", "رحب وزير الخارجية بحكم المحكمة الدولية واعتبره انتصارا لسيادة القانون في قضية العقوبات."},
                {"sons", "التحالف يكشف تفاصيل الإفراج عن نجلي الرئيس الراحل", "كشف التحالف تفاصيل الإفراج عن نجلي الرئيس الراحل ومصير طائرتهما بعد خمسة أيام من التفاوض."}};
        List<Article> news = new ArrayList<>();
        for (String[] page : pages) {
            news.add(arabic(page[0], "2026-10-03T15:00:00Z", page[1], page[2] + "\n\nوأضاف البيان أن الاجتماعات ستتواصل خلال الأسابيع المقبلة.\n\n"
                    + "وكانت الأطراف قد اتفقت في وقت سابق على مواصلة التنسيق.\n\n" + TEASER));
        }
        return news;
    }

    @Test
    void pagesFoundOnlyByAnotherStorysTeaserDoNotAnswer() throws IOException {
        List<Article> news = teaserPages();
        news.addAll(TestArticles.leagueReports(40, "2026-09"));

        Answer a = TestArticles.askOver(dir, news, "الانتربول رجع مواطن هربان بقضايا شيكات بدون رصيد؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).doesNotContain("army", "court", "sons");
    }

    @Test
    void theStoryTheTeaserIsOfAnswers() throws IOException {
        List<Article> news = teaserPages();
        news.add(arabic("interpol", "2026-10-03T06:00:00Z", "الإنتربول يعلن استرداد مواطن مطلوب بقضايا احتيال",
                "أعلن الإنتربول القبض على مواطن مطلوب في الخارج واسترداده إلى المملكة، بعد ملاحقته بقضايا احتيال في شيكات بدون رصيد."));
        news.addAll(TestArticles.leagueReports(40, "2026-09"));

        Answer a = TestArticles.askOver(dir, news, "الانتربول رجع مواطن هربان بقضايا شيكات بدون رصيد؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("interpol");
    }
}
