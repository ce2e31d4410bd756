package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.question.DateRange;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year's figures are reported well into the next year: "how much did Egypt bring in last year?"
 * asked in July is answered by July's report of last year's investment, not offered as the latest
 * news instead of an answer.
 */
class LastYearsFiguresTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 14, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    @Test
    void lastYearsFigureIsAnsweredByThisYearsReportOfIt() throws IOException {
        List<Article> news = new ArrayList<>(TestArticles.leagueReports(40, "2026-06"));
        news.add(arabic("fdi-report", "2026-07-14T09:00:00Z", "مصر تتصدر 19 دولة بجذب الاستثمار الأجنبي المباشر",
                "تصدرت مصر دول الكوميسا في جذب الاستثمار الأجنبي المباشر خلال العام الماضي بقيمة 7.41 مليار دولار."));

        Answer a = TestArticles.askOver(dir, news,
                "مصر طلعت الأولى في الكوميسا في جذب الاستثمار الأجنبي المباشر؟ جابت كام السنة اللي فاتت؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).startsWith("fdi-report");
    }

    @Test
    void aYearsReportsComeUpToAYearAfterItAndRankBelowItsOwnStoriesButNotByHowLate() {
        DateRange lastYear = new DateRange(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Recency.withReports(lastYear).to()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Recency.closeness(Optional.of(Instant.parse("2025-06-01T00:00:00Z")), lastYear))
                .isEqualTo(1f);
        assertThat(Recency.closeness(Optional.of(Instant.parse("2026-07-01T00:00:00Z")), lastYear))
                .isLessThan(1f).isEqualTo(Recency.closeness(Optional.of(Instant.parse("2026-02-01T00:00:00Z")), lastYear));
    }
}
