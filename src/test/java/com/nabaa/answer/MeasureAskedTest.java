package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "How much did the trade surplus reach?" is answered by a story that speaks of the surplus: one of
 * the same two countries' trade war, which names no surplus, gives none, whatever its figures.
 */
class MeasureAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 15, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    @Test
    void aStoryThatNamesNoSurplusGivesNone() throws IOException {
        var news = TestArticles.amongOtherNews(40, "2026-09",
                arabic("jobs", "2026-09-20T03:02:00Z", "مؤسس شركة الواحة يتراجع عن توفير مليون فرصة عمل في الصحراء إثر الحرب التجارية",
                        "قال مؤسس شركة الواحة إن الحرب التجارية بين الواحة والصحراء جعلت وعده بتوفير مليون فرصة عمل في الصحراء مستحيلا، بعد رسوم على سلع بقيمة 200 مليار دولار."));

        Answer a = askOver(dir, news, "كم بلغ فائض تجارة الواحة مع الصحراء في سبتمبر؟", NOW);

        assertThat(a.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void theStoryOfTheSurplusAnswers() throws IOException {
        var news = TestArticles.amongOtherNews(40, "2026-10",
                arabic("surplus", "2026-10-12T06:00:00Z", "فائض تجارة الواحة مع الصحراء يسجل مستوى قياسيا",
                        "ارتفع فائض تجارة الواحة مع الصحراء إلى 34.1 مليار دولار في سبتمبر، وفق بيانات الجمارك."));

        Answer a = askOver(dir, news, "كم بلغ فائض تجارة الواحة مع الصحراء في سبتمبر؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("34.1"));
    }
}
