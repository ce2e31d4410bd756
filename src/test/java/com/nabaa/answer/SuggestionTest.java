package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "هل تقصد…" offers a word the reader could have meant: near what was typed, not only near its stem. */
class SuggestionTest {
    @TempDir
    Path dir;

    @Test
    void aSuggestionMayChangeTwoLettersOfTheWordAsTypedNotAWordFarFromIt() {
        // A stem one letter from an indexed stem may be written far from the reader's word: عندو is no عناوين.
        assertThat(Suggestions.edits("البورسة", "البورصة")).isEqualTo(1);
        assertThat(Suggestions.edits("عندو", "عناوين")).isGreaterThan(Suggestions.MAX_EDITS);
        assertThat(Suggestions.edits("انصاب", "الأعصاب")).isGreaterThan(Suggestions.MAX_EDITS);
        // a short word two letters from another is another word: يشيلوا (they remove) is no ليشكلوا (to form)
        assertThat(Suggestions.edits("يشيلوا", "ليشكلوا")).isGreaterThan(Suggestions.maxEdits("يشيلوا"));
        assertThat(Suggestions.edits("البورسة", "البورصة")).isLessThanOrEqualTo(Suggestions.maxEdits("البورسة"));
    }

    @Test
    void aDialectVerbIsTheReadersOwnWordNotAMisspelling() throws IOException {
        Article[] news = new Article[8];
        for (int i = 0; i < news.length; i++) {
            news[i] = arabic("speech-" + i, "2026-10-0" + (i + 1) + "T10:00:00Z", "المدير يخاطب الموظفين " + i,
                    "قال مدير المصنع للموظفين في لقائه رقم " + i + ": نؤمن بأنكم شركاء في النجاح.");
        }

        Answer a = TestArticles.askAmongLeagueReports(dir, "2026-09", "مدير المصنع انحكم؟",
                ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Amman")), news);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.suggestion()).as("انحكم is no بأنكم").isEmpty();
    }
}
