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
 * The desk's dateline names no place of the story: a page on Turkey's inflation that opens "دبي،
 * الإمارات العربية المتحدة (CNN)--" does not answer for the Emirates' inflation, and the
 * Emirates' own report does.
 */
class DatelinePlaceTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 9, 20, 12, 0, 0, 0, ZoneId.of("Asia/Dubai"));

    @TempDir
    Path dir;

    private static Article turkey() {
        return arabic("turkey", "2026-09-03T11:15:00Z", "تدهور الليرة يقفز بالتضخم التركي لأعلى مستوى في 15 عاما",
                List.of("دبي، الإمارات العربية المتحدة (CNN)-- قفز معدل التضخم السنوي في تركيا إلى 17.9% في أغسطس، وهو أعلى مستوى له منذ 15 عاما.",
                        "وقال معهد الإحصاء التركي إن أسعار الغذاء ارتفعت بنحو 19.8% على أساس سنوي."));
    }

    @Test
    void aPageFromTheDeskInDubaiIsNotTheEmiratesNews() throws IOException {
        Answer a = askOver(dir, TestArticles.amongOtherNews(40, "2026-08", turkey()),
                "كم كان التضخم في الإمارات في أغسطس؟", NOW);

        assertThat(a.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void theEmiratesOwnReportAnswers() throws IOException {
        Article emirates = arabic("emirates", "2026-09-15T08:00:00Z", "الإمارات.. التضخم يتراجع إلى 3.1% في أغسطس",
                "قالت الهيئة الاتحادية للتنافسية والإحصاء إن معدل التضخم في الإمارات تراجع إلى 3.1% في أغسطس.");

        Answer a = askOver(dir, TestArticles.amongOtherNews(40, "2026-08", turkey(), emirates),
                "كم كان التضخم في الإمارات في أغسطس؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("emirates");
    }
}
