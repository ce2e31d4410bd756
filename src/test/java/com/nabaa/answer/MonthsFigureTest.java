package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month's statistic (its inflation, its unemployment, its sales) is counted once the month has
 * ended: a report published during the month gives another month's figure, and is offered under
 * "nothing of that date" until the month's own report comes.
 */
class MonthsFigureTest {
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @TempDir
    Path dir;

    private static List<Article> news(boolean octobersReport) {
        List<Article> news = new java.util.ArrayList<>(TestArticles.amongOtherNews(40, "2018-10",
                arabic("september", "2018-10-03T07:20:00Z", "التضخم في الواحة يقفز لأعلى مستوى منذ 15 عاما",
                        List.of("أظهرت بيانات معهد الإحصاء في الواحة أن معدل التضخم السنوي ارتفع إلى 24.5 في المئة خلال سبتمبر الماضي.",
                                "وفقدت عملة الواحة أكثر من أربعين في المئة من قيمتها هذا العام.")),
                arabic("unemployment", "2018-10-15T17:00:00Z", "البطالة في الواحة ترتفع.. ووزير المالية يتعهد بخفض التضخم",
                        List.of("أظهرت بيانات معهد الإحصاء ارتفاع معدل البطالة في الواحة إلى 10.8 في المئة خلال يوليو.",
                                "وتعهد وزير المالية بخفض التضخم في الواحة ابتداء من أرقام شهر أكتوبر.")),
                arabic("quake", "2018-10-10T09:00:00Z", "مقتل 12 شخصا في زلزال ضرب جنوب الواحة",
                        "لقي 12 شخصا حتفهم وأصيب العشرات في زلزال بقوة 6 درجات ضرب جنوب الواحة فجر الأربعاء.")));
        if (octobersReport) {
            news.add(arabic("october", "2018-11-05T07:30:00Z", "تراجع طفيف للتضخم في الواحة",
                    "أعلن معهد الإحصاء أن التضخم السنوي في الواحة بلغ 25.2 في المئة في أكتوبر، وهو أعلى من توقعات المحللين."));
        }
        return news;
    }

    @Test
    void aMonthsInflationAskedBeforeItsReportIsNotAnsweredByTheMonthBeforesFigure() throws IOException {
        Answer a = askOver(dir, news(false), "كم بلغ التضخم في الواحة في شهر أكتوبر؟",
                ZonedDateTime.of(2018, 11, 2, 12, 0, 0, 0, ISTANBUL));

        assertThat(a.kind()).isEqualTo(Answer.Kind.UNDATED);
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theMonthsOwnReportAnswersOnceItComes() throws IOException {
        Answer a = askOver(dir, news(true), "كم بلغ التضخم في الواحة في شهر أكتوبر؟",
                ZonedDateTime.of(2018, 11, 6, 12, 0, 0, 0, ISTANBUL));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("october");
    }

    @Test
    void theMonthBeforesReportAnswersForThatMonth() throws IOException {
        Answer a = askOver(dir, news(false), "كم بلغ التضخم في الواحة في شهر سبتمبر؟",
                ZonedDateTime.of(2018, 11, 2, 12, 0, 0, 0, ISTANBUL));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("september");
    }

    @Test
    void aCountOfAnEventOfTheMonthIsNoMonthsStatistic() throws IOException {
        Answer a = askOver(dir, news(false), "كم واحد مات في زلزال الواحة في أكتوبر؟",
                ZonedDateTime.of(2018, 11, 2, 12, 0, 0, 0, ISTANBUL));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("quake");
    }
}
