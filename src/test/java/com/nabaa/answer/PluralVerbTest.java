package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader's plural verb the light stemmer keeps whole ("حظروا", and the dialects' "حظرو" of a verb
 * the news writes with its alif) meets the news's verb (حظر) when the index hardly knows the plural.
 */
class PluralVerbTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 5, 17, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    @Test
    void aPluralVerbTheIndexHardlyKnowsFindsTheStoryOfItsVerb() throws IOException {
        Article ban = arabic("ban", "2026-07-04T10:00:00Z", "حظر استيراد السيارات المستعملة في مدينة الساحل",
                "أعلنت السلطات حظر استيراد السيارات المستعملة في مدينة الساحل بدءا من الشهر المقبل.");
        Article imports = arabic("imports", "2026-07-04T12:00:00Z", "ارتفاع استيراد السيارات المستعملة في مدينة الساحل",
                "ارتفع استيراد السيارات المستعملة في مدينة الساحل هذا العام، وقال تجار السيارات المستعملة إن الطلب يزداد.");
        // the verb is well known to the index (five other bans), its plural not at all
        List<Article> stories = new ArrayList<>(List.of(imports, ban));
        String[] otherBans = {"التدخين في المطاعم", "الصيد في البحيرة", "الألعاب النارية في العيد", "التجول في الجزيرة",
            "الشاحنات في وسط المدينة"};
        for (int i = 0; i < otherBans.length; i++) {
            stories.add(arabic("ban-" + i, "2026-06-2" + i + "T10:00:00Z", "حظر " + otherBans[i],
                    "أعلنت السلطات حظر " + otherBans[i] + "."));
        }
        // the plural written with its alif once, as the news writes it
        stories.add(arabic("hunting", "2026-06-26T10:00:00Z", "منع الصيد في الغابة",
                "قال سكان إن المسؤولين حظروا الصيد في الغابة."));

        for (String asked : new String[] {"صحيح حظروا استيراد السيارات المستعملة بمدينة الساحل؟",
            "صحيح حظرو استيراد السيارات المستعملة بمدينة الساحل؟"}) {
            Answer a = TestArticles.askAmongLeagueReports(dir.resolve(asked.contains("حظروا") ? "alif" : "no-alif"), "2026-06",
                    asked, NOW, stories.toArray(Article[]::new));

            assertThat(a.stories()).as(asked).extracting(Story::articleId).first().isEqualTo("ban");
        }
    }
}
