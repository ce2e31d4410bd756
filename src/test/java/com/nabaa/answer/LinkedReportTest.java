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
 * A page that links to the match's report reports nothing itself: the coach's interview, holding
 * the link "الواحة تهزم الصحراء 2-1 وتتأهل لنهائي كأس القارات 2026" at the end of a passage, does not
 * lead "who won?" over the report that tells the win in its own sentences, whose sentence is the
 * direct answer.
 */
class LinkedReportTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 12, 14, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private static final String LINK = "الواحة تهزم الصحراء 2-1 وتتأهل لنهائي كأس القارات 2026";

    @TempDir
    Path dir;

    @Test
    void theReportLeadsThePageThatLinksToIt() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-07",
                arabic("report", "2026-07-11T20:00:00Z", "منتخب الواحة يكتب التاريخ ويبلغ النهائي",
                        "وفاز منتخب الواحة على منتخب الصحراء 2-1 في العاصمة مساء الأربعاء، ليصل إلى النهائي للمرة الأولى في تاريخه."),
                arabic("interview", "2026-07-12T06:48:00Z", "مدرب الصحراء: لم نتوقع بلوغ نصف النهائي والفريق نضج",
                        List.of("قال مدرب منتخب الصحراء إن فريقه نضج خلال البطولة، وإنه لم يتوقع بلوغ نصف النهائي في أول مشاركة"
                                        + " للفريق منذ سنوات طويلة في كأس القارات.",
                                LINK,
                                "وأضاف المدرب أن لاعبي منتخب الصحراء قدموا كل ما لديهم أمام الواحة في نصف النهائي.")));

        Answer a = askOver(dir, news, "مين كسب الواحة ولا الصحراء؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("2-1"));
    }

    @Test
    void aLinksTitleInThePassageIsNotItsOwnReport() {
        String own = ResultFocus.ownSentences("قال مدرب منتخب الصحراء إن فريقه نضج خلال البطولة. " + LINK);

        assertThat(own).contains("نضج خلال البطولة").doesNotContain("2-1");
    }
}
