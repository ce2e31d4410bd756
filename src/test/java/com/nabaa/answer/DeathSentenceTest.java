package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.amongOtherNews;
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
 * "Sentenced to death" asks of a verdict, not of a death: the story of a death sentence tells no one
 * died, and answers. An English reader names a Belgian (بلجيكي), not Belgium.
 */
class DeathSentenceTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 5, 22, 18, 0, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void aDeathSentenceAskedInEnglishIsAnsweredByTheVerdict() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-05",
                        arabic("verdict", "2018-05-22T10:07:00Z", "العراق.. حكم بالإعدام على داعشي بلجيكي",
                                "أصدرت المحكمة الجنائية المركزية العراقية حكما بالإعدام شنقا بحق الجهادي البلجيكي طارق جدعون"
                                        + " بعد إدانته بالانتماء إلى تنظيم داعش والدعوة إلى شن هجمات في بلجيكا وفرنسا."),
                        arabic("raid", "2018-05-20T09:00:00Z", "مقتل مسلحين من داعش في غارة غرب العراق",
                                "قتل عشرة مسلحين من تنظيم داعش في غارة جوية غرب العراق.")),
                "what's the name of the belgian isis guy iraq sentenced to death?", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("verdict");
    }
}
