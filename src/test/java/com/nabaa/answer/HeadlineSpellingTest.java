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
 * A name the reader spells as no story does (موجروزا, the Egyptian ج for g and a vowel left out;
 * ومبلدون without its ي) is searched as the headlines spell it when its consonants are theirs:
 * the story of the upset is found.
 */
class HeadlineSpellingTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 6, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    @Test
    void aNameMisspelledWithTheHeadlinesConsonantsFindsItsStory() throws IOException {
        List<Article> news = new ArrayList<>();
        // the headlines that teach the news's spellings
        news.add(arabic("s1", "2026-06-10T10:00:00Z", "موغوروزا تفوز في افتتاح موسم الملاعب العشبية",
                "فازت الإسبانية موغوروزا في أولى مبارياتها على الملاعب العشبية."));
        news.add(arabic("s2", "2026-06-20T10:00:00Z", "موغوروزا وكفيتوفا تتأهلان إلى ربع النهائي",
                "تأهلت موغوروزا وكفيتوفا إلى ربع النهائي قبل ويمبلدون."));
        news.add(arabic("s3", "2026-06-28T10:00:00Z", "قرعة ويمبلدون تضع موغوروزا في مواجهة سهلة",
                "أجريت قرعة بطولة ويمبلدون للتنس."));
        news.add(arabic("s4", "2026-07-01T10:00:00Z", "ويمبلدون تنطلق بمشاركة أبرز النجوم",
                "انطلقت بطولة ويمبلدون للتنس بمشاركة أبرز اللاعبين واللاعبات."));
        news.add(arabic("upset", "2026-07-05T20:00:00Z", "إقصاء حاملة لقب ويمبلدون أمام لاعبة مغمورة",
                "خسرت الإسبانية غاربين موغوروزا حاملة اللقب أمام البلجيكية المغمورة أليسون فان أويتفانك في الدور الثاني "
                        + "لبطولة ويمبلدون للتنس الخميس."));
        news.addAll(TestArticles.leagueReports(40, "2026-06"));

        // a bare topic: its newest stories, the upset first
        Answer a = TestArticles.askOver(dir, news, "موجروزا ومبلدون", NOW);

        assertThat(a.kind()).isNotEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("upset");
    }

    @Test
    void aWordTwoLettersFromANameWithItsConsonantsIsNotThatName() throws IOException {
        List<Article> news = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            news.add(arabic("martin" + i, "2026-06-1" + i + "T10:00:00Z", "المغني ريكي مارتن يحيي حفلا في بيروت " + i,
                    "أحيا المغني ريكي مارتن حفلا غنائيا في بيروت حضره الآلاف."));
        }
        news.addAll(TestArticles.leagueReports(40, "2026-06"));

        // ماراتون (a marathon, as readers spell ماراثون) shares مارتن's consonants, two letters apart
        Answer a = TestArticles.askOver(dir, news, "ايمتى ماراتون بيروت هالسنة؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).noneMatch(id -> id.startsWith("martin"));
    }
}
