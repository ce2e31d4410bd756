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
        // the verb is well known to the index, its plural not at all
        Article smoking = arabic("smoking", "2026-06-20T10:00:00Z", "حظر التدخين في المطاعم",
                "بدأ حظر التدخين في المطاعم والمقاهي.");
        Article fishing = arabic("fishing", "2026-06-21T10:00:00Z", "حظر الصيد في البحيرة",
                "أعلنت الوزارة حظر الصيد في البحيرة شهرين.");

        Article fireworks = arabic("fireworks", "2026-06-23T10:00:00Z", "حظر الألعاب النارية في العيد",
                "أعلنت الشرطة حظر الألعاب النارية في العيد.");
        Article curfew = arabic("curfew", "2026-06-24T10:00:00Z", "حظر التجول في الجزيرة",
                "فرضت السلطات حظر التجول في الجزيرة ليلة واحدة.");
        Article trucks = arabic("trucks", "2026-06-25T10:00:00Z", "حظر الشاحنات في وسط المدينة",
                "بدأ حظر الشاحنات في وسط المدينة نهارا.");
        // the plural written with its alif once, as the news writes it
        Article hunting = arabic("hunting", "2026-06-22T10:00:00Z", "منع الصيد في الغابة",
                "قال سكان إن المسؤولين حظروا الصيد في الغابة.");

        for (String asked : new String[] {"صحيح حظروا استيراد السيارات المستعملة بمدينة الساحل؟",
            "صحيح حظرو استيراد السيارات المستعملة بمدينة الساحل؟"}) {
            Answer a = TestArticles.askAmongLeagueReports(dir.resolve(asked.contains("حظروا") ? "alif" : "no-alif"), "2026-06",
                    asked, NOW, imports, ban, smoking, fishing, hunting, fireworks, curfew, trucks);

            assertThat(a.stories()).as(asked).extracting(Story::articleId).first().isEqualTo("ban");
        }
    }
}
