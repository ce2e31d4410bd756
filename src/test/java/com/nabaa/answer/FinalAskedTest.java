package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
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
 * A final asked of is answered by the final's report, not by the semi-final's that set it up, whose
 * score is no direct answer; a semi-final asked in the dialects' "نص النهائي" is the semi-final.
 */
class FinalAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 4, 2, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private static final Article SEMI = arabic("semi", "2018-03-31T08:00:00Z", "زفيريف يضرب موعدا مع إيسنر في نهائي ميامي للتنس",
            "فاز الألماني ألكسندر زفيريف على الإسباني بابلو كارينيو بوستا 7-6 و6-2 ليضرب موعدا مع الأمريكي جون إيسنر"
                    + " في نهائي بطولة ميامي المفتوحة للتنس.");
    private static final Article FINAL = arabic("final", "2018-04-01T23:00:00Z", "إيسنر يحقق أول لقب كبير في مسيرته",
            "فاز جون ايسنر على الألماني ألكسندر زفيريف 6-7 و6-4 و6-4 ليحرز أكبر لقب في مسيرته في بطولة ميامي المفتوحة للتنس.");

    @Test
    void theFinalsReportComesBeforeTheSemiFinalsThatSetItUp() throws IOException {
        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-03", "مين كسب نهائي ميامي إيسنر ولا زفيريف؟", NOW, SEMI, FINAL);

        assertThat(a.stories()).extracting(Story::articleId).startsWith("final");
        // Not the semi-final's score (its sentence names the final to come).
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSemiFinalAskedAsNusNihaiIsAnsweredByItsReportNotAwaitedByIt() throws IOException {
        Article report = arabic("first-leg", "2018-04-25T21:00:00Z", "ريال مدريد يفوز على بايرن ميونيخ في ذهاب نصف النهائي",
                "فاز ريال مدريد على مضيفه بايرن ميونيخ 2-1 في ذهاب نصف نهائي دوري أبطال أوروبا.");
        Article preview = arabic("preview", "2018-04-26T06:00:00Z", "بايرن ميونيخ يعد العدة لرد الاعتبار أمام ريال مدريد",
                "يستعد بايرن ميونيخ لمواجهة ريال مدريد في الإياب بعد خسارته في الذهاب.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-04", "ماتش بايرن ميونيخ وريال مدريد في ذهاب نص النهائي خلص على كام؟",
                ZonedDateTime.of(2018, 4, 26, 9, 0, 0, 0, ZoneId.of("Africa/Cairo")), report, preview);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("first-leg");
    }
}
