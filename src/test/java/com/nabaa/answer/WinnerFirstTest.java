package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
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
 * "Who won the cup?" asked with no year and no sides is the latest final's: a month of the cup's
 * coverage names it more often than the final's report does (an upset, the fans' party, a
 * prediction), yet the story whose headline reports the win with a verb comes first, with its
 * winner in the direct answer.
 */
class WinnerFirstTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 17, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private static List<Article> news() {
        List<Article> news = new ArrayList<>();
        news.add(arabic("upset", "2026-07-05T18:00:00Z", "مفاجأة كأس الصحراء: الرمال تهزم حامل لقب كأس الصحراء",
                "فازت الرمال على حامل لقب كأس الصحراء في مباراة مثيرة من كأس الصحراء، وقال مدربها إن كأس الصحراء هذا العام مختلفة."));
        news.add(arabic("prediction", "2026-07-15T09:00:00Z", "جمل في الواحة يتوقع فوز تاجوراء بكأس الصحراء",
                "توقع جمل في الواحة فوز تاجوراء بكأس الصحراء قبل نهائي كأس الصحراء، كما توقع من قبل نتائج كأس الصحراء."));
        news.add(arabic("final", "2026-07-15T21:00:00Z", "الواحة تتوج بكأس الصحراء",
                "توج منتخب الواحة بلقب كأس الصحراء مساء الأربعاء في المباراة النهائية أمام جماهير غفيرة."));
        news.add(arabic("party", "2026-07-16T08:00:00Z", "احتفالات الفوز بكأس الصحراء تعم شوارع الواحة",
                "احتفل آلاف المشجعين بالفوز بكأس الصحراء حتى الفجر، ورفعوا صور كأس الصحراء، وغنوا لأبطال كأس الصحراء."));
        news.addAll(TestArticles.leagueReports(40, "2026-06"));
        return news;
    }

    @Test
    void theStoryWhoseHeadlineReportsTheWinComesFirstWithTheWinner() throws IOException {
        Answer a = askOver(dir, news(), "مين كسب كاس الصحراء؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("final");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("توج منتخب الواحة"));
    }

    @Test
    void aPrizeGrantedIsAWinReportedAndTheNewestOfTwoPrizesLeads() throws IOException {
        // the Nobel in economics: its headline grants the prize (يمنحان); the peace prize's of three days
        // before has a winning verb and names the prize too
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("peace", "2026-07-12T09:00:00Z", "ناشطة وطبيب يفوزان بجائزة الرمال للسلام",
                        "فازت ناشطة وطبيب بجائزة الرمال للسلام، فيما يعلن الفائز بجائزة الرمال في الاقتصاد الاثنين."),
                arabic("economics", "2026-07-15T09:00:00Z", "الابتكار والاستدامة يمنحان خبيرين جائزة الرمال في الاقتصاد",
                        "أعلنت الأكاديمية أن الخبيرين سالم وعادل فازا بجائزة الرمال في الاقتصاد لأبحاثهما في الاستدامة."));

        Answer a = askOver(dir, news, "مين فاز بجائزة الرمال في الاقتصاد هالسنة؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("economics");
    }

    @Test
    void theFavouriteToWinIsNoWinner() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("favourite", "2026-07-10T09:00:00Z", "كأس الصحراء: الواحة الأكثر حظا بالفوز بالبطولة",
                        "تقول شركة للإحصاء إن منتخب الواحة هو الأكثر حظا بالفوز بكأس الصحراء هذا العام."));

        Answer a = askOver(dir, news, "مين كسب كاس الصحراء؟", NOW);

        assertThat(a.directAnswer()).isEmpty();
        assertThat(a.stories()).extracting(Story::articleId).doesNotContain("favourite");
    }

    @Test
    void aWinSupposedInAWarningIsNotTheWin() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("won", "2026-07-14T06:00:00Z", "حزب الواحة يفوز في انتخابات الصحراء",
                        "فاز حزب الواحة في انتخابات الصحراء بأغلبية المقاعد، بحسب النتائج الرسمية."),
                arabic("warning", "2026-07-16T08:00:00Z", "الرئيس يحذر من الفوضى إذا فاز حزب الرمال في انتخابات الصحراء",
                        "حذر الرئيس من الفوضى إذا فاز حزب الرمال في انتخابات الصحراء المقبلة، وقال إن انتخابات الصحراء مصيرية."));

        Answer a = askOver(dir, news, "مين فاز في انتخابات الصحراء؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("won");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("فاز حزب الواحة"));
    }

    @Test
    void aRunnerCrownedChampionOfTheRaceAskedIsItsWinner() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("race", "2026-07-16T12:00:00Z", "عداء الواحة بطلا لماراثون الرمال",
                        "توج العداء سالم الواحي بطلا لماراثون الرمال صباح الأحد بعد سباق طويل في الحر."));

        Answer a = askOver(dir, news, "مين كسب ماراثون الرمال؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("race");
    }

    @Test
    void aRaceAskedInAMisspellingIsWonInTheSpellingNewsWrites() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("race", "2026-07-16T12:00:00Z", "سالم الواحي يفوز بالماراثون",
                        "فاز العداء سالم الواحي بالماراثون صباح الأحد بعد سباق طويل في الحر، وشارك في الماراثون ألف عداء."),
                arabic("other", "2026-07-15T12:00:00Z", "الماراثون ينطلق غدا",
                        "ينطلق الماراثون غدا بمشاركة ألف عداء، ويتوقع المنظمون أن يكون الماراثون الأكبر."));

        Answer a = askOver(dir, news, "مين كسب الماراطون؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("race");
    }

    @Test
    void leaningsAreNoCrowning() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-06",
                arabic("leanings", "2026-07-16T12:00:00Z", "المعارضة تنتقد توجهات الحكومة قبل انتخابات التجديد",
                        "انتقدت المعارضة توجهات الحكومة بتشديد قوانين الانتخابات قبل انتخابات التجديد في الواحة."));

        Answer a = askOver(dir, news, "مين فاز في انتخابات التجديد في الواحة؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).doesNotContain("leanings");
    }
}
