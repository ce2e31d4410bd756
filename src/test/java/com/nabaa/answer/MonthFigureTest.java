package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
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
 * A month's figure is reported in the next month: asked for June's inflation in July, the report
 * published on 10 July about June comes before the one published in June about May.
 */
class MonthFigureTest {
    @TempDir
    Path dir;

    @Test
    void aMonthsFigureIsFoundInTheNextMonthsReportAndAnotherMonthsFigureComesAfter() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("may", "2026-06-10T10:00:00Z", "التضخم السنوي في مدن الواحة يهبط إلى 11.4% في مايو",
                "قال جهاز الإحصاء إن التضخم السنوي في مدن الواحة هبط إلى 11.4% في مايو من 13.1% في أبريل."));
        news.add(arabic("june", "2026-07-10T10:00:00Z", "التضخم السنوي في مدن الواحة يقفز إلى 14.4% في يونيو",
                "قال جهاز الإحصاء إن التضخم السنوي في مدن الواحة قفز إلى 14.4% في يونيو بعد رفع أسعار الوقود."));
        news.addAll(TestArticles.leagueReports(40, "2026-06"));

        Answer a = askOver(dir, news, "كم بلغ التضخم السنوي في مدن الواحة في يونيو؟",
                ZonedDateTime.of(2026, 7, 12, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("june");
    }

    @Test
    void aMonthsFigureReportedLateInTheNextMonthLeadsTheStoriesOfThatMonth() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("in-april", "2026-04-20T10:00:00Z", "حكومة الواحة تناقش الأسعار وميزانية العام المقبل",
                "ناقشت حكومة الواحة ارتفاع الأسعار ومعدل التضخم في الواحة وخطط الدعم في ميزانية العام المقبل."));
        news.add(arabic("april-figure", "2026-05-22T10:00:00Z", "الواحة.. التضخم يرتفع إلى 2.7% في أبريل",
                "قالت المندوبية إن معدل التضخم السنوي في الواحة زاد إلى 2.7% في أبريل من 2.5% في مارس."));
        news.addAll(TestArticles.leagueReports(40, "2026-04"));

        Answer a = askOver(dir, news, "كم بلغ معدل التضخم في الواحة خلال أبريل؟",
                ZonedDateTime.of(2026, 5, 23, 10, 0, 0, 0, ZoneId.of("Africa/Casablanca")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("april-figure");
    }

    @Test
    void aMonthsFigureReportedFiveWeeksAfterItIsStillFoundAndLeads() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("april-figure", "2026-05-23T10:00:00Z", "الواحة.. التضخم يستقر عند 3.5% في أبريل",
                "ذكر المركز الوطني للإحصاء أن معدل التضخم في الواحة استقر في أبريل عند 3.5%."));
        news.add(arabic("may-figure", "2026-07-03T12:00:00Z", "الواحة.. 3.6% معدل التضخم السنوي في مايو",
                "أصدر المكتب الوطني للإحصاء في الواحة بيانات أسعار المستهلكين لشهر مايو، وأظهرت ارتفاع معدل التضخم إلى 3.6%."));
        news.addAll(TestArticles.leagueReports(40, "2026-05"));

        Answer a = askOver(dir, news, "كم صار التضخم عندنا في الواحة شهر مايو؟",
                ZonedDateTime.of(2026, 7, 4, 9, 0, 0, 0, ZoneId.of("Asia/Dubai")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("may-figure");
    }

    @Test
    void aFigureAtAMonthsEndIsNotToldBeforeThatMonthEnds() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("july-end", "2026-08-19T10:00:00Z", "احتياطي الواحة من النقد الأجنبي يتراجع للشهر السادس",
                "قال البنك المركزي إن احتياطي الواحة من النقد الأجنبي تراجع إلى 10.7 مليار دولار بنهاية يوليو."));
        news.addAll(TestArticles.leagueReports(40, "2026-08"));
        ZonedDateTime october = ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Amman"));

        Answer august = askOver(dir.resolve("august"), news, "كم بلغ احتياطي الواحة من النقد الأجنبي بنهاية أغسطس 2026؟", october);
        Answer july = askOver(dir.resolve("july"), news, "كم بلغ احتياطي الواحة من النقد الأجنبي بنهاية شهر يوليو؟", october);

        assertThat(august.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(july.stories()).extracting(Story::articleId).first().isEqualTo("july-end");
    }

    @Test
    void aLastYearsFigureDoesNotAnswerForTheMonthAsked() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("august-drop", "2026-10-17T21:20:00Z", "هبوط حاد في صادرات الواحة إلى الصحراء",
                List.of("تراجعت صادرات الواحة إلى الصحراء 27 في المائة في أغسطس على أساس سنوي بعد هبوط عملة الصحراء.",
                        "وفي عام 2025، بلغت قيمة صادرات الواحة إلى الصحراء 21.5 مليار يورو، لتشكل نحو 2 في المائة من إجمالي صادراتها.")));
        news.addAll(TestArticles.leagueReports(40, "2026-10"));

        Answer a = askOver(dir, news, "كم بلغت قيمة صادرات الواحة إلى الصحراء في سبتمبر؟",
                ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh")));

        assertThat(a.directAnswer()).isEmpty();
    }
}
