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
 * Words the index has never seen as the reader typed them, which it knows in a twin: a town with
 * "in" joined to it (بغريان, فورقلة) and a name with a long vowel left out (شكيرا for شاكيرا).
 */
class SpellingTwinsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 5, 29, 20, 0, 0, 0, ZoneId.of("Asia/Beirut"));

    @TempDir
    Path dir;

    @Test
    void aTownWithInJoinedToItIsSearchedAsTheTown() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("ambush", "2026-05-28T10:00:00Z", "نجاة رئيس المجلس الأعلى من محاولة اغتيال في غريان",
                "تعرض رئيس المجلس الأعلى للدولة والوفد المرافق له لكمين مسلح أثناء زيارته لمدينة غريان، وأصيب اثنان من حراسه."));
        news.add(arabic("market", "2026-05-10T10:00:00Z", "افتتاح سوق جديد في غريان",
                "افتتحت بلدية غريان سوقا جديدا للخضار في وسط المدينة."));
        news.add(arabic("school", "2026-05-12T10:00:00Z", "مدارس غريان تستأنف الدراسة",
                "استأنفت مدارس غريان الدراسة بعد انقطاع دام أسبوعا."));
        news.add(arabic("capital", "2026-05-29T08:00:00Z", "رئيس المجلس الأعلى يلتقي السفراء في طرابلس",
                "التقى رئيس المجلس الأعلى للدولة سفراء عدد من الدول الأوروبية في طرابلس."));
        news.addAll(TestArticles.leagueReports(40, "2026-05"));

        Answer a = TestArticles.askOver(dir, news, "شو صار مع رئيس المجلس الأعلى بغريان؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("ambush");
    }

    @Test
    void aNameWithALongVowelLeftOutFindsTheNewsSpelling() throws IOException {
        // the name alone: her news, newest first, not "nothing found" for a spelling no story uses
        Answer a = TestArticles.askOver(dir, shakiraNews(), "اخبار شكيرا", NOW);

        assertThat(a.kind()).isNotEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("cancelled");
    }

    @Test
    void aWordWhoseNearestKnownWordHasOtherConsonantsIsNotThatWord() throws IOException {
        // ساكيرا is one letter from شاكيرا, but a س is no ش: not her name misspelled
        Answer a = TestArticles.askOver(dir, shakiraNews(), "اخبار ساكيرا", NOW);

        assertThat(a.stories()).extracting(Story::articleId).noneMatch(id -> id.equals("cancelled") || id.startsWith("song"));
    }

    @Test
    void twinsAddOrChangeALongVowelAndKeepTheConsonants() {
        assertThat(SpellingChoice.soundTwins("شكيرا")).contains("شاكيرا", "شكورا")
                .as("a dropped vowel makes another word: thanks").doesNotContain("شكرا", "شكيرا");
        assertThat(SpellingChoice.soundTwins("موجروزا")).contains("موغروزا", "موجوروزا");
        assertThat(SpellingChoice.soundTwins("شكيرا")).as("never shorter").allMatch(twin -> twin.length() >= 5);
    }

    private static List<Article> shakiraNews() {
        List<Article> news = new ArrayList<>();
        news.add(arabic("cancelled", "2026-05-29T08:00:00Z", "شاكيرا تلغي حفلتها في تل أبيب",
                "ألغت المغنية شاكيرا حفلتها التي كانت مقررة في تل أبيب بعد حملات مكثفة دعتها إلى مقاطعة إسرائيل."));
        for (int i = 1; i <= 5; i++) {
            // her name in the stories' text, not their headlines: the headlines teach no spelling of it
            news.add(arabic("song" + i, "2026-04-1" + i + "T10:00:00Z", "المغنية الكولومبية تطرح أغنية جديدة رقم " + i,
                    "طرحت المغنية الكولومبية شاكيرا أغنية جديدة حققت ملايين المشاهدات."));
        }
        news.add(arabic("embassy", "2026-05-20T10:00:00Z", "نقل سفارة من تل أبيب إلى القدس",
                "أعلنت دولة نقل سفارتها من تل أبيب إلى القدس الشهر المقبل."));
        news.addAll(TestArticles.leagueReports(40, "2026-04"));
        return news;
    }
}
