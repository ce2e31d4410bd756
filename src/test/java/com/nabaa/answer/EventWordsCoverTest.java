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
 * A kind of event the reader names is covered by any word news writes for it: "الفيضانات" asked
 * of a story that writes "سيول", "مات" of one that writes "مقتل" or "توفي".
 */
class EventWordsCoverTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 9, 24, 14, 0, 0, 0, ZoneId.of("Africa/Tunis"));

    @TempDir
    Path dir;

    @Test
    void floodsAskedAreCoveredByAStoryOfTorrents() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("torrents", "2018-09-24T01:00:00Z", "مقتل 4 أشخاص إثر هطول أمطار غزيرة في تونس",
                        "تسببت سيول ناتجة عن أمطار غزيرة في مقتل 4 أشخاص على الأقل. وانتشرت قوات الجيش في ولاية نابل التي عزلت عن بقية البلاد."));

        Answer a = askOver(dir, news, "قدّاش من واحد مات في الفيضانات متاع نابل؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("torrents");
    }

    @Test
    void egyptiansFoundIsCoveredByAStoryThatWritesDiscovered() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("whale", "2018-09-24T01:00:00Z", "حوت نادر يسجل سبقا علميا",
                        "توصل العلماء إلى أن صغير الحوت الأبيض النادر المكتشف قرب الساحل هو الأول من نوعه. "
                                + "واكتشف صيادان الحوت الأبيض عالقا قرب شاطئ مدينة نابل."));

        // Egypt's لاقوه is the Levant's لقوه: a find asked
        assertThat(EventWords.asks("find", "الحوت الأبيض اللى لاقوه عالق كان فى انهى مدينة")).isTrue();
        Answer a = askOver(dir, news, "الحوت الأبيض اللى لاقوه عالق كان فى انهى مدينة", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("whale");
    }

    @Test
    void diedAskedIsCoveredByAStoryThatWritesPassedAway() throws IOException {
        String death = "توفي المغني الجزائري رشيد طه في منزله بباريس عن 59 عاما إثر نوبة قلبية.";
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("death", "2018-09-12T12:00:00Z", "رشيد طه مغني الروك الجزائري يرحل عن عالمنا", death));

        Answer a = askOver(dir, news, "واش صح مات رشيد طه؟ علاش مات وشحال كان عندو؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("death");
        // توفي covers مات: the sentence covers enough of the question to answer it
        assertThat(a.directAnswer()).contains(death);
    }

    @Test
    void aFireAskedIsToldByAStoryOfSomeoneSettingHimselfAlight() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("immolation", "2018-09-24T01:00:00Z", "محام يضرم النار في نفسه احتجاجا على التغير المناخي",
                        "أضرم محام أمريكي النار في نفسه في متنزه عام بنيويورك احتجاجا على التغير المناخي، وعثر على جثمانه المحترق."));

        Answer a = askOver(dir, news, "شو اسم المحامي اللي حرق حاله بحريق احتجاجا على المناخ؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("immolation");
    }

    @Test
    void anArrestAskedIsToldByAStoryOfADriverDetained() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("heroin", "2018-09-22T10:00:00Z", "ضبط هيروين تركي مختوم بملايين الدولارات",
                        "أعلن مسؤولون في جمارك بلغاريا أنهم ضبطوا 191 كيلوغراما من الهيروين في شاحنة قادمة من تركيا وكانت في طريقها إلى بلجيكا. "
                                + "وتم احتجاز سائق الشاحنة، وهو مواطن تركي."));

        Answer a = askOver(dir, news, "صحيح مسكوا هيروين تركي في بلغاريا؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("heroin");
    }

    @Test
    void aStrikeAskedIsToldByAHeadlineOfWomenStriking() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("marriage", "2018-09-22T10:00:00Z", "لماذا تُضرب الكوريات الجنوبيات عن الزواج والإنجاب؟",
                        "يزداد في كوريا الجنوبية عدد النساء العازفات عن الزواج والإنجاب، مع انخفاض معدل الخصوبة إلى أدنى مستوى في العالم."));

        Answer a = askOver(dir, news, "إضراب الكوريات عن الزواج", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("marriage");
    }

    @Test
    void anExplosionAskedIsToldByAStoryOfABombItsDoersSetOff() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2018-09",
                arabic("bomb", "2018-09-23T08:00:00Z", "قنبلة بالطريق تقتل 7 جنود",
                        "قتل 7 جنود وأصيب آخرون بعد أن فجر مسلحون قنبلة على الطريق في إقليم بطمان. "
                                + "وذكر مكتب الحاكم أن المسلحين فجروا العبوة الناسفة أثناء مرور قافلة عسكرية."));

        Answer a = askOver(dir, news, "القنبلة اللي انفجرت على الطريق وقتلت سبعة جنود، في أي إقليم صارت؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("bomb");
    }

    @Test
    void classesSuspendedAskedAreNotToldByTheStormAlone() throws IOException {
        Article storm = arabic("storm", "2018-09-22T10:00:00Z", "عاصفة ترابية ضخمة تضرب الكويت",
                "ضربت عاصفة ترابية ضخمة الكويت، وانعدمت الرؤية في عدد من المناطق، وحذرت الأرصاد من استمرارها حتى المساء.");
        Article suspended = arabic("suspended", "2018-09-22T14:00:00Z", "الكويت تعلق الدراسة بسبب العاصفة الترابية",
                "قررت وزارة التربية الكويتية تعليق الدراسة في جميع المدارس غدا بسبب العاصفة الترابية.");
        String question = "العاصفه الترابيه بالكويت علقو فيها الدراسه ولا لا";

        assertThat(askOver(dir.resolve("storm"), TestArticles.amongOtherNews(40, "2018-09", storm), question, NOW).noAnswer()).isTrue();
        assertThat(askOver(dir.resolve("both"), TestArticles.amongOtherNews(40, "2018-09", storm, suspended), question, NOW).stories())
                .extracting(Story::articleId).first().isEqualTo("suspended");
    }
}
