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
 * A year the question names ("بطل الدوري 2018") is the year of the stories that answer it: a story
 * published that year answers for it whether or not it writes the year, and one of another year
 * does not.
 */
class YearAskedTest {
    private static final ZonedDateTime APRIL_2018 = ZonedDateTime.of(2018, 4, 14, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    private List<Article> news() {
        List<Article> news = new ArrayList<>();
        news.add(arabic("champion-2018", "2018-04-12T19:00:00Z", "الواحة يتوج بطلا للدوري للمرة الثانية على التوالي",
                "توج فريق الواحة بطلا للدوري بعد فوزه على الرمال في الجولة قبل الأخيرة."));
        news.add(arabic("champion-2017", "2017-04-20T19:00:00Z", "الواحة بطل الدوري للمرة الأولى",
                "توج فريق الواحة بطلا للدوري للمرة الأولى في تاريخه بعد فوزه على النخيل."));
        news.addAll(TestArticles.leagueReports(40, "2018-03"));
        news.add(arabic("world-cup", "2018-04-10T10:00:00Z", "قرعة كأس العالم 2018 تضع الواحة في مجموعة صعبة",
                "وضعت قرعة كأس العالم 2018 منتخب الواحة في مجموعة صعبة."));
        return news;
    }

    @Test
    void aStoryOfTheYearAskedAnswersForItWithoutWritingIt() throws IOException {
        Answer a = askOver(dir, news(), "من هو بطل الدوري 2018؟", APRIL_2018);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("champion-2018");
        assertThat(a.stories()).extracting(Story::articleId).doesNotContain("champion-2017");
    }

    @Test
    void aResultAskedWithTheYearTheClockIsInIsTheLatestMatchOfIt() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-06",
                arabic("march", "2018-03-10T20:00:00Z", "الواحة تفوز على الرمال 2-1 في مباراة الدوري 2018",
                        "فاز فريق الواحة على فريق الرمال بهدفين مقابل هدف في مباراة الدوري 2018."),
                arabic("november", "2018-11-18T20:00:00Z", "الرمال تتغلب على الواحة 3-0",
                        "تغلب فريق الرمال على فريق الواحة بثلاثة أهداف دون رد في مباراة الإياب."));

        Answer a = askOver(dir, news, "نتيجة مباراة الواحة والرمال 2018",
                ZonedDateTime.of(2018, 11, 20, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).startsWith("november", "march");
    }

    @Test
    void aPastYearOfTheEventAStorysHeadlineNamesIsAnsweredNotOfferedAsAnotherDate() throws IOException {
        // 2011 is the year of the killings; the verdict came in 2018, and its headline names 2011.
        List<Article> news = TestArticles.amongOtherNews(40, "2018-07",
                arabic("verdict", "2018-08-15T10:00:00Z", "حكم بإعدام 45 شخصا بتهمة قتل متظاهرين عام 2011",
                        "أصدرت محكمة استئناف حكما بإعدام 45 شخصا أدينوا بقتل متظاهرين خلال احتجاجات عام 2011."),
                arabic("anniversary", "2018-07-20T10:00:00Z", "احتفال في الميدان يثير الغضب",
                        "أثار احتفال أقيم في فندق يطل على الميدان الذي انطلقت منه الاحتجاجات عام 2011 غضبا واسعا."));
        ZonedDateTime now = ZonedDateTime.of(2018, 8, 16, 16, 0, 0, 0, ZoneId.of("Africa/Tripoli"));

        Answer verdict = askOver(dir.resolve("verdict"), news, "كم عدد المحكوم عليهم بالإعدام في قضية قتل المتظاهرين عام 2011؟", now);
        Answer passing = askOver(dir.resolve("passing"), news, "ماذا حدث في الميدان عام 2011؟", now);

        assertThat(verdict.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(verdict.stories()).extracting(Story::articleId).first().isEqualTo("verdict");
        // Only named in passing, 2011 is still a date nothing answers: its stories are offered.
        assertThat(passing.kind()).isEqualTo(Answer.Kind.UNDATED);
    }

    @Test
    void aLongPastYearTheSummaryTellsTheQuestionsEventInIsAnsweredNotOfferedAsAnotherDate() throws IOException {
        // 1987 is when the body was found; the news of 2018 is the DNA test, and its headline names no year.
        List<Article> news = TestArticles.amongOtherNews(40, "2018-06",
                arabic("dna", "2018-06-14T17:00:00Z", "الحمض النووي يقود الشرطة إلى كشف غموض جريمة عمرها 31 عاما",
                        "قادت نتائج الحمض النووي الشرطة إلى والدي فتاة قتلت قبل 31 عاما. "
                                + "وكانت جثة الفتاة قد عثر عليها على جانب طريق بالقرب من مدينة بلوا في أغسطس 1987."),
                arabic("museum", "2018-06-10T10:00:00Z", "متحف مدينة بلوا يفتح جناحا جديدا",
                        "افتتح متحف مدينة بلوا جناحا جديدا يضم لوحات رسمت عام 1987."));
        ZonedDateTime now = ZonedDateTime.of(2018, 6, 14, 20, 0, 0, 0, ZoneId.of("Europe/Paris"));

        Answer body = askOver(dir.resolve("body"), news, "قرب أي مدينة عثر عام 1987 على جثة الفتاة التي كشف الحمض النووي هوية والديها؟", now);
        Answer passing = askOver(dir.resolve("passing"), news, "ماذا حدث في بلوا عام 1987؟", now);

        assertThat(body.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(body.stories()).extracting(Story::articleId).first().isEqualTo("dna");
        // The museum's paintings of 1987 tell nothing the question asks of that year beside its place.
        assertThat(passing.kind()).isEqualTo(Answer.Kind.UNDATED);
    }

    @Test
    void aFigureOfAPastYearOrMonthIsAnsweredByTheReportPublishedAfterIt() throws IOException {
        // A year's and a month's figures are reported once they have ended.
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("tourists", "2018-09-10T10:00:00Z", "قفزة كبيرة بأعداد السياح إلى الواحة",
                        "كشف تقرير دولي أن عدد السياح الذين زاروا الواحة بلغ 8 ملايين سائح خلال عام 2017."),
                arabic("inflation", "2018-06-10T10:00:00Z", "التضخم في الواحة يتراجع إلى 11.4% في مايو",
                        "تراجع معدل التضخم السنوي في الواحة إلى 11.4% في مايو مقابل 13% في أبريل."));

        Answer year = askOver(dir.resolve("year"), news, "كم عدد السياح اللي زاروا الواحة سنة 2017؟",
                ZonedDateTime.of(2018, 9, 11, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")));
        Answer month = askOver(dir.resolve("month"), news, "كام نسبة التضخم في الواحة في شهر مايو؟",
                ZonedDateTime.of(2018, 6, 12, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(year.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(year.stories()).extracting(Story::articleId).first().isEqualTo("tourists");
        assertThat(month.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(month.stories()).extracting(Story::articleId).first().isEqualTo("inflation");
    }

    @Test
    void aFigureOfAPastYearAskedInEnglishIsAnsweredByTheReportPublishedSinceThatNamesIt() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-08",
                arabic("teller", "2018-08-18T10:00:00Z", "موظف بنك كندي سابق يعود لتناول الغداء في البنك الذي سرقه",
                        "عاد موظف بنك كندي سابق لتناول الغداء في البنك الذي سرق منه 261 ألف دولار كندي عام 1958."));

        Answer a = askOver(dir, news, "how much did the canadian bank teller steal in 1958",
                ZonedDateTime.of(2018, 8, 19, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.kind()).isNotEqualTo(Answer.Kind.UNDATED);
        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("teller");
    }
}
