package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
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
 * A side of a match typed in a spelling the news never uses (انقلترا) is the side the news names
 * in its usual one (إنجلترا): the report of the match, where the two face each other with a
 * score, is the answer, not a story of the first side that names the second in passing.
 */
class SideSpellingTest {
    @TempDir
    Path dir;

    @Test
    void aSideTypedInAnotherSpellingFindsTheReportOfItsMatch() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(30, "2018-05",
                arabic("friendly", "2018-06-09T21:00:00Z", "نتيجة تونس الأخيرة: تونس تخسر أمام إسبانيا",
                        "خسرت تونس أمام إسبانيا 0-1 في آخر مباراة ودية، وتلعب تونس في مجموعة تضم بلجيكا وإنجلترا،"
                                + " وكانت نتيجة تونس قبلها التعادل 2-2."),
                arabic("report", "2018-06-18T20:00:00Z", "كين يحرم تونس من التعادل",
                        "فازت إنجلترا على تونس 2-1 بهدف قاتل في الوقت بدل الضائع."));

        Answer a = TestArticles.askOver(dir, news, "قداش كانت النتيجة متاع تونس و انقلترا؟",
                ZonedDateTime.of(2018, 6, 19, 9, 0, 0, 0, ZoneId.of("Africa/Tunis")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
    }

    @Test
    void aSideInEitherOfTwoSpellingsTheNewsWritesFindsTheReportInTheOther() throws IOException {
        // News writes Chelsea both تشيلسي and تشلسي; the report's headline says Chelsea reached the semi-final.
        List<Article> news = TestArticles.amongOtherNews(30, "2018-02",
                arabic("draw", "2018-02-17T20:00:00Z", "قرعة كأس إنجلترا تضع ليستر في مواجهة تشيلسي",
                        "أسفرت قرعة ربع نهائي كأس الاتحاد الإنجليزي عن مواجهة بين ليستر سيتي وتشيلسي."),
                arabic("conte", "2018-03-16T10:00:00Z", "كونتي: تشيلسي سيقاتل حتى النهاية",
                        "قال مدرب تشيلسي إن فريقه سيقاتل في كل البطولات."),
                arabic("report", "2018-03-18T20:00:00Z", "رأس بيدرو تضع تشلسي في قبل نهائي كأس الاتحاد الإنجليزي",
                        "فاز تشلسي على مستضيفه ليستر سيتي 2-1 بعد وقت إضافي في كأس الاتحاد الإنجليزي."));

        Answer a = TestArticles.askOver(dir, news, "تشيلسي وليستر بالكاس خلصت كم؟",
                ZonedDateTime.of(2018, 3, 19, 10, 0, 0, 0, ZoneId.of("Asia/Riyadh")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
    }

    @Test
    void aCountryWhoseNameEndsInAnIsASideAsItsAdjective() throws IOException {
        // The analysis reads السودان's ان as a dual's (سود) and keeps it in the adjective (السوداني: سودان).
        List<Article> news = TestArticles.amongOtherNews(30, "2018-05",
                arabic("report", "2018-05-30T17:00:00Z", "المنتخب السوداني يخسر أمام غانا بهدفين",
                        "تلقى المنتخب السوداني الهزيمة على أرضه أمام نظيره الغاني صفر - 2 في مباراة كرة القدم الودية التي جمعت بينهما يوم الأربعاء."));

        Answer a = TestArticles.askOver(dir, news, "ماتش السودان وغانا الودي خلص على كام؟",
                ZonedDateTime.of(2018, 5, 30, 20, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
    }
}
