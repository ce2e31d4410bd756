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
 * "Which hospital" asked in English is answered by a sentence naming the hospital ("مستشفى كينياتا
 * الوطني"), not by one saying "a hospital in Nairobi": the kind of place is read through Arabic, as an
 * Arabic question's "في أي مستشفى" is.
 */
class WhichPlaceKindTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 3, 12, 0, 0, 0, ZoneId.of("Africa/Nairobi"));
    private static final String QUESTION = "surgeons operated on the wrong patient in kenya, which hospital suspended them?";

    @TempDir
    Path dir;

    private Answer ask(String name, String lead) throws IOException {
        Article story = arabic(name, "2026-03-03T08:00:00Z", "جراحون في كينيا يجرون عملية جراحية لمريض بالخطأ", lead);
        return askOver(dir.resolve(name), TestArticles.amongOtherNews(40, "2026-02", story), QUESTION, NOW);
    }

    @Test
    void aSentenceNamingOnlyTheKindOfPlaceDoesNotSayWhich() throws IOException {
        Answer a = ask("unnamed", "أوقف مستشفى في العاصمة الكينية نيروبي جراحين بعد إجراء عملية جراحية لمريض بالخطأ في كينيا.");

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("unnamed");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSentenceNamingTheHospitalAnswers() throws IOException {
        String named = "أوقف مستشفى كينياتا الوطني في نيروبي جراحين بعد إجراء عملية جراحية لمريض بالخطأ في كينيا.";

        assertThat(ask("named", named).directAnswer()).contains(named);
    }
}
