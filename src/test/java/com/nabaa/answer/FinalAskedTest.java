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
 * A final asked of is answered by the final's report, not by the semi-final's that set it up, whose
 * score is no direct answer; a semi-final asked in the dialects' "نص النهائي" is the semi-final.
 */
class FinalAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 4, 2, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private static final Article SEMI = arabic("semi", "2018-03-31T08:00:00Z", "زفيريف يضرب موعدا مع إيسنر في نهائي ميامي للتنس",
            "فاز الألماني ألكسندر زفيريف على الإسباني بابلو كارينيو بوستا 7-6 و6-2 ليضرب موعدا مع الأمريكي جون إيسنر"
                    + " في نهائي بطولة ميامي المفتوحة للتنس.");
    private static final Article FINAL = arabic("final", "2018-04-01T23:00:00Z", "إيسنر يحقق أول لقب كبير في مسيرته",
            "فاز جون ايسنر على الألماني ألكسندر زفيريف 6-7 و6-4 و6-4 ليحرز أكبر لقب في مسيرته في بطولة ميامي المفتوحة للتنس.");

    @Test
    void theFinalsReportComesBeforeTheSemiFinalsThatSetItUp() throws IOException {
        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-03", "مين كسب نهائي ميامي إيسنر ولا زفيريف؟", NOW, SEMI, FINAL);

        assertThat(a.stories()).extracting(Story::articleId).startsWith("final");
        // Not the semi-final's score (its sentence names the final to come).
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSemiFinalAskedAsNusNihaiIsAnsweredByItsReportNotAwaitedByIt() throws IOException {
        Article report = arabic("first-leg", "2018-04-25T21:00:00Z", "ريال مدريد يفوز على بايرن ميونيخ في ذهاب نصف النهائي",
                "فاز ريال مدريد على مضيفه بايرن ميونيخ 2-1 في ذهاب نصف نهائي دوري أبطال أوروبا.");
        Article preview = arabic("preview", "2018-04-26T06:00:00Z", "بايرن ميونيخ يعد العدة لرد الاعتبار أمام ريال مدريد",
                "يستعد بايرن ميونيخ لمواجهة ريال مدريد في الإياب بعد خسارته في الذهاب.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-04", "ماتش بايرن ميونيخ وريال مدريد في ذهاب نص النهائي خلص على كام؟",
                ZonedDateTime.of(2018, 4, 26, 9, 0, 0, 0, ZoneId.of("Africa/Cairo")), report, preview);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("first-leg");
    }

    @Test
    void aSemiFinalAskedAsBiNusNihaiIsAnsweredByTheReportThatAlsoForetellsTheFinal() throws IOException {
        // "تعبر غارسيا وتواجه بليسكوفا": the semi-final passed, the final to come
        Article report = arabic("semi", "2018-04-28T21:00:00Z", "فاندفيج تعبر غارسيا وتواجه بليسكوفا في نهائي شتوتغارت",
                "تغلبت الأميركية كوكو فاندفيج على كارولين جارسيا 6-4 و6-2 في قبل نهائي بطولة شتوتغارت المفتوحة للتنس.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-04", "كوكو فاندفيج وكارولين غارسيا بنص نهائي شتوتغارت، قديش خلصت؟",
                ZonedDateTime.of(2018, 4, 29, 9, 0, 0, 0, ZoneId.of("Africa/Cairo")), report);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("semi");
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("6-4 و6-2"));
    }

    @Test
    void aFinalAskedOfAWinnerIsNotAnsweredByTheSideThatReachedItNorByTheRoundBefore() throws IOException {
        Article reached = arabic("reached", "2018-04-21T18:00:00Z", "نادال في نهائي مونت كارلو للتنس",
                "بقي رفائيل نادال في طريقه نحو لقب مونت كارلو للتنس بعد فوزه على البلغاري غريجور ديميتروف 6-4 و6-1"
                        + " في الدور قبل النهائي السبت.");
        Article champion = arabic("champion", "2018-04-22T16:00:00Z", "الماتادور بطلا لمونت كارلو للمرة الحادية عشرة",
                "توج الإسباني رفائيل نادال بلقب بطولة مونت كارلو للتنس للمرة الحادية عشرة بفوزه في النهائي على الياباني"
                        + " كي نيشيكوري 6-3 و6-2.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-04", "نادال أخذ مونت كارلو؟ فاز على مين بالنهائي وكم النتيجة؟",
                ZonedDateTime.of(2018, 4, 22, 20, 0, 0, 0, ZoneId.of("Africa/Cairo")), reached, champion);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("champion");
        // never the semi-final's score
        assertThat(a.directAnswer()).isEmpty();
        String asked = "نادال أخذ مونت كارلو؟ فاز على مين بالنهائي وكم النتيجة؟";
        assertThat(AnswerEvidence.namesOtherRound("بعد فوزه على ديميتروف 6-4 و6-1 في الدور قبل النهائي السبت", asked)).isTrue();
        assertThat(AnswerEvidence.namesOtherRound("نادال في نهائي مونت كارلو للتنس", asked)).isTrue();
        assertThat(AnswerEvidence.namesOtherRound("نادال يتوج بلقب مونت كارلو بفوزه في النهائي على نيشيكوري", asked)).isFalse();
    }

    @Test
    void aHeadlineAskingWhatTheFinalWillBringDoesNotLeadItsReport() throws IOException {
        Article asks = arabic("asks", "2018-05-26T08:00:00Z", "ماذا ينتظر ليفربول أمام ريال مدريد في كييف؟",
                "يلتقي ليفربول وريال مدريد في نهائي دوري أبطال أوروبا مساء السبت في كييف.");
        Article report = arabic("report", "2018-05-26T21:30:00Z", "ريال مدريد يتوج بدوري أبطال أوروبا بفوزه على ليفربول",
                "فاز ريال مدريد على ليفربول 3-1 في نهائي دوري أبطال أوروبا في كييف ليتوج باللقب للمرة الثالثة على التوالي.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-05", "نهائى دورى الابطال ليفربول وريال مدريد",
                ZonedDateTime.of(2018, 5, 27, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")), asks, report);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
        assertThat(AnswerEvidence.awaits("هل يستطيع ليفربول إنهاء هيمنة ريال مدريد على أوروبا")).isTrue();
        assertThat(AnswerEvidence.awaits("من هم العرب الذين حصلوا على جائزة نوبل للسلام؟")).isTrue();
        assertThat(AnswerEvidence.awaits("دوري أبطال أوروبا: هل يستطيع ليفربول الفوز باللقب")).isTrue();
        assertThat(AnswerEvidence.awaits("ريال مدريد يتوج بدوري أبطال أوروبا")).isFalse();
    }

    @Test
    void aPreviewOfTheFinalGivesNoScoreOfIt() throws IOException {
        Article preview = arabic("preview", "2018-08-12T06:00:00Z", "\"مفاجأة\" تيتيباس تتواصل.. ونهائي تاريخي في \"تورنتو\"", List.of(
                "بلغ اليوناني الشاب تيتيباس المباراة النهائية لبطولة تورنتو للتنس بعد فوزه على كيفن أندرسون 6-7 و6-4 و7-6،"
                        + " ليواجه الإسباني رافائيل نادال.",
                "وقال تيتيباس بعد المباراة إنه لم يتوقع الوصول إلى النهائي.",
                "وسيخوض تيتيباس أول مباراة نهائية لبطولة أساتذة أمام نادال الذي فاز 7-6 و6-4 على كارين ختشانوف."));

        Answer a = TestArticles.askAmongLeagueReports(dir, "2018-07", "مين كسب نهائي تورنتو بين نادال وتيتيباس؟ وكام النتيجة؟",
                ZonedDateTime.of(2018, 8, 13, 14, 0, 0, 0, ZoneId.of("Africa/Cairo")), preview);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("preview");
        // not the semi-final's score of a final still to be played
        assertThat(a.directAnswer()).isEmpty();
    }
}
