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
 * A Moroccan reader writes the Gnawa كناوة and "they play" كيعزفو (the Maghreb's present with ك,
 * the plural's و without its ن): the BBC story that writes غناوة and يعزفون answers. A Tunisian asks
 * "شنوّا سمّاوها" of a protest for الفطور in Ramadan (the news's الإفطار); an Algerian of the customs
 * (الديوانة, the news's الجمارك) "in Algeria" (فالدزاير).
 */
class MaghrebiQuestionTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 22, 21, 0, 0, 0, ZoneId.of("Africa/Casablanca"));
    private static final String QUESTION = "كناوة فالمغرب، شنو هوما الآلات اللي كيعزفو بيهم؟";

    @TempDir
    Path dir;

    private static Article gnawa() {
        return arabic("gnawa", "2026-03-22T12:00:00Z", "\"غناوة\" المغرب: موسيقى صوفية جذورها أفريقية",
                "يعزف موسيقيو غناوة في المغرب على آلات تقليدية، أشهرها القرقب والغمبري والطبل، في حفلات تمتد حتى الفجر.");
    }

    /** Concerts whose reports write يعزف and يعزفون, so that the index knows the news's present well. */
    private static List<Article> concerts(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(arabic("concert-" + i, "2026-03-1" + (i % 9) + "T08:00:00Z", "حفل موسيقي " + i,
                    "يعزف الموسيقيون في الحفل رقم " + i + " ألحانا جديدة، وهم يعزفون أمام جمهور كبير."));
        }
        return out;
    }

    @Test
    void theMoroccanSpellingsOfTheGnawaAndOfTheirPlayingFindTheStory() throws IOException {
        List<Article> news = new ArrayList<>(concerts(Evidence.KNOWN_PASSAGES + 5));
        news.add(gnawa());

        Answer a = askOver(dir, news, QUESTION, NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("gnawa");
    }

    @Test
    void aTunisianAskingWhatTheRamadanProtestWasCalledFindsTheBreakingOfTheFast() throws IOException {
        Answer a = TestArticles.askAmongLeagueReports(dir, "2026-02",
                "الوقفة اللي عملوها في تونس باش يطالبو بحق الفطور في رمضان، شنوّا سمّاوها؟", NOW,
                arabic("jobs", "2026-03-20T19:00:00Z", "عاطلون في وقفة أمام وزارة التشغيل في تونس",
                        "نظم شبان عاطلون في تونس الأحد وقفة احتجاجية للمطالبة بحق التشغيل في القطاع الحكومي."),
                arabic("protest", "2026-03-22T18:00:00Z", "تونس: وقفة احتجاجية للمطالبة بحق الإفطار علنا",
                        "نظم نشطاء من المجتمع المدني في تونس الأحد وقفة احتجاجية تحت عنوان \"مش بالسيف\" للمطالبة باحترام الحريات الفردية."));

        // شنوّا and سمّاوها ask; they are no words of the topic
        assertThat(a.topicWords()).doesNotContain("شنوّا", "سمّاوها");
        assertThat(a.stories()).as(a.stories().toString()).extracting(Story::articleId).first().isEqualTo("protest");
    }

    @Test
    void anAlgerianAskingOfTheCustomsFindsTheDuties() throws IOException {
        Answer a = TestArticles.askAmongLeagueReports(dir, "2026-02",
                "الحكومة فالدزاير قررت تزيد فالديوانة على السلع اللي كتجي من برا، بشحال هاد الزيادة؟", NOW,
                arabic("prices", "2026-03-21T23:30:00Z", "الجزائر تزيد أسعار سلع مدعمة",
                        "زادت الجزائر أسعار بعض السلع المدعمة بنسبة 10 بالمئة."),
                arabic("duties", "2026-03-21T23:00:00Z", "الجزائر ترفع الرسوم الجمركية",
                        "أقرت الجزائر زيادة الجمارك على الواردات بما يتراوح بين 60 و200 بالمئة."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("duties");
    }

    @Test
    void hisDeathTypedWithTheMaghrebsWawFindsTheTrialOverTheDeath() throws IOException {
        // "موتو" (his death) is the news's موته: the index hardly knows the reader's word
        List<Article> news = new ArrayList<>(concerts(Evidence.KNOWN_PASSAGES + 5));
        for (int i = 0; i < 6; i++) {
            news.add(arabic("death-" + i, "2026-03-0" + (i + 1) + "T08:00:00Z", "تحقيق في حادث سير " + i,
                    "فتحت النيابة تحقيقا في حادث سير رقم " + i + " أدى إلى موت سائق، وقالت إن موته جاء بعد نقله إلى المستشفى."));
        }
        news.add(arabic("trial", "2026-03-22T15:25:00Z", "تونس: القضاء ينظر في قضية يساري مات تحت التعذيب عام 1987",
                "بدأت في الكاف محاكمة في قضية موت المناضل اليساري نبيل بركاتي تحت التعذيب عام 1987، في إطار العدالة الانتقالية."));

        Answer a = askOver(dir, news, "شكون المناضل اليساري لي بداو يحاكمو فقضية موتو تحت التعذيب عام 87؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("trial");
        assertThat(a.stories().get(0).missing()).doesNotContain("موتو");
    }

    @Test
    void harragaDrownedOffLibyaFindsTheMigrantsStory() throws IOException {
        // حراق: irregular migrants, the plural without its ة; قدام ("off" a coast) names nothing the news writes
        List<Article> news = new ArrayList<>(concerts(Evidence.KNOWN_PASSAGES + 5));
        for (int i = 0; i < 8; i++) {
            news.add(arabic("front-" + i, "2026-03-1" + i + "T08:00:00Z", "وزير يقدم خطة جديدة " + i,
                    "قدم الوزير خطة جديدة رقم " + i + " أمام البرلمان، وقال إن الحكومة قدمت مشروعا للغرق في الديون."));
        }
        news.add(arabic("tunisians", "2026-03-19T16:46:00Z", "أعداد التوانسة الراغبين في الهجرة إلى أوروبا تتضاعف",
                "يحاولون الهجرة عبر ليبيا، فتقذفهم أمواج البحر بعد الغرق، وقدم شمس الدين حياته لدفن الجثامين."));
        news.add(arabic("drowned", "2026-03-22T09:00:00Z", "غرق 11 مهاجرا وإنقاذ العشرات قبالة ليبيا",
                "أعلنت البحرية الليبية غرق 11 مهاجرا وإنقاذ 263 من المهاجرين غير الشرعيين قبالة السواحل الليبية."));

        Answer a = askOver(dir, news, "قداش من حراق غرقو قدام ليبيا؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("drowned");
    }
}
