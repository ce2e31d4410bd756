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

/**
 * A name an outlet writes as a hashtag ("#سالم_الواحي") is found by its words and shown as them:
 * the reader sees سالم الواحي, not a tag Telegram would turn into a link.
 */
class HashtagTextTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void aTaggedNameIsFoundAndShownAsItsWords() throws IOException {
        Article story = arabic("tagged", "2026-04-18T10:00:00Z", "وفاة عامل بعد سقوطه في ملعب بالدوحة",
                "ولقي #سالم_الواحي البالغ من العمر أربعين عاما حتفه بعد سقوطه من ارتفاع أربعين مترا في ملعب في #الدوحة.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2026-03", "العامل سالم الواحي اللي طاح بالدوحة من كم متر طاح؟", NOW, story);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("tagged");
        assertThat(a.stories().get(0).summary()).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("#", "_"));
        assertThat(String.join(" ", a.stories().get(0).summary())).contains("سالم الواحي");
    }
}
