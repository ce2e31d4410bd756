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
 * Two countries named together in many political stories: the result of their match, asked without
 * a date, is its report, found among the newest articles whose headline sets them against each
 * other, and its score line is the direct answer.
 */
class MatchAmongPoliticsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 9, 8, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    /** Forty political stories naming Russia and Turkey over the summer, each many times. */
    private static List<Article> politics() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(arabic("politics-" + i, "2018-0" + (6 + i % 3) + "-1" + (i % 9) + "T08:00:00Z",
                    "روسيا وتركيا تبحثان ملف إدلب " + i,
                    "بحثت روسيا وتركيا الملف السوري، وقالت روسيا إن التعاون مع تركيا مستمر، وردت تركيا بأن روسيا شريك."));
        }
        return out;
    }

    @Test
    void theMatchReportOfTwoCountriesNamedTogetherInPoliticsIsTheResult() throws IOException {
        List<Article> news = politics();
        news.add(arabic("report", "2018-09-07T21:58:00Z", "روسيا تسقط تركيا بثنائية في عقر دارها",
                List.of("أسقط المنتخب الروسي مضيفه التركي 2-1 في طرابزون، في دوري الأمم الأوروبية لكرة القدم.",
                        "وافتتح تشيريتشيف التسجيل لروسيا قبل أن يدرك عزيز التعادل لتركيا.")));

        Answer a = TestArticles.askOver(dir, news, "نتيجة مباراة روسيا وتركيا", NOW);

        assertThat(a.stories()).isNotEmpty();
        assertThat(a.stories().get(0).articleId()).isEqualTo("report");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("2-1"));
    }

    @Test
    void aScoreLineNamingTheBeatenSideAsTheHostOrTheGuestIsTheDirectAnswer() throws IOException {
        Article report = arabic("levante", "2018-05-13T21:00:00Z", "ليفانتي يوقف سلسلة برشلونة",
                List.of("حرم فريق ليفانتي ضيفه برشلونة من إنهاء الموسم دون هزيمة، بعدما تغلب عليه 5 - 4 مساء الأحد."));

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-05", "نتيجة ماتش ليفانتي وبرشلونة",
                ZonedDateTime.of(2018, 5, 14, 12, 0, 0, 0, ZoneId.of("Europe/Madrid")), report);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("levante");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("5 - 4"));
    }

    @Test
    void aLoserNamedWithAWordAndItsNationalityBetweenIsStillSetAgainstTheWinner() throws IOException {
        Article report = arabic("final", "2018-05-26T21:00:00Z", "ريال مدريد بطلا لأوروبا للمرة الثالثة على التوالي",
                List.of("فاز ريال مدريد على نظيره الإنكليزي ليفربول 3-1 في نهائي دوري أبطال أوروبا لكرة القدم."));

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-05", "نتيجة ماتش ريال مدريد وليفربول",
                ZonedDateTime.of(2018, 5, 27, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")), report);

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("3-1"));
    }
}
