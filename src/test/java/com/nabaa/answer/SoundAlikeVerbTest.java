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
 * A name no one taught is not heard in an inflected Arabic word of a headline: "thunberg" sounds like
 * وسنفرج ("and we will release", indexed as إفراج), which is no name. The name stays without Arabic,
 * and the climate stories are related headlines, not the answer about her speech.
 */
class SoundAlikeVerbTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 25, 12, 0, 0, 0, ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void aNameIsNotHeardInAVerbOfAHeadline() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-10",
                arabic("ransom", "2026-10-20T10:00:00Z", "ادفع وسنفرج عنه.. ابتزاز أب في اليمن",
                        "قال مشرف مسلح في خطاب للأب ادفع وسنفرج عن ابنك، وطالبت الأمم المتحدة بالإفراج عن المخطوفين."),
                arabic("climate", "2026-10-21T10:00:00Z", "الأمين العام للأمم المتحدة يحذر في قمة المناخ",
                        "حذر الأمين العام للأمم المتحدة في خطاب أمام قمة المناخ من تسارع التغير المناخي."));

        Answer a = askOver(dir, news, "what did greta thunberg say in her speech at the un climate summit?", NOW);

        assertThat(a.translation()).hasValueSatisfying(t -> assertThat(t.untranslated()).contains("thunberg"));
        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }
}
