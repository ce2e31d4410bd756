package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the sentence that matches best tells another time (last year's blast, 30,000 evacuated)
 * and the one nearly as good tells the headline's news (10,000), the latter is the direct answer,
 * not none.
 */
class RunnerUpAnswerTest {
    @TempDir
    Path dir;

    @Test
    void theSentenceOfTheHeadlinesNewsAnswersWhenTheBestTellsLastYear() throws IOException {
        var news = TestArticles.amongOtherNews(40, "2026-10",
                arabic("blast", "2026-10-09T10:14:00Z", "الواحة تخلي 10 آلاف شخص بعد انفجار ضخم بمستودع ذخيرة",
                        List.of("أدى اندلاع حريق وانفجار في مستودع للذخيرة شمالي البلاد إلى إجلاء حوالي 10 آلاف شخص، وفقا لخدمة الطوارئ، الثلاثاء.",
                                "وفي العام الماضي ألقى المسؤولون في الواحة باللائمة على التخريب في انفجار مستودع للذخيرة في وسط الواحة أدى إلى إجلاء أكثر من 30 ألف شخص من مستودع الذخيرة.")));

        Answer a = askOver(dir, news, "انفجار مستودع الذخيرة اللي صار أمس بالواحة، كم شخص أجلوا؟",
                ZonedDateTime.of(2026, 10, 10, 12, 0, 0, 0, ZoneId.of("Europe/Kiev")));

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("10 آلاف").doesNotContain("30 ألف"));
    }
}
