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
 * A day asked about is told by the stories that report its event, not by those of the same day that
 * await it: "ماذا قرر الحاكم أمس؟" is the decision, not "الحاكم يستعد لإعلان قراره".
 */
class AwaitedEventTest {
    @TempDir
    Path dir;

    @Test
    void aHeadlineAwaitingTheEventComesAfterTheOneReportingIt() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-05",
                arabic("prepares", "2026-06-08T06:00:00Z", "حاكم الواحة يستعد لإعلان قراره بشأن اتفاق المياه مع الرمال",
                        "يستعد حاكم الواحة لإعلان قراره بشأن اتفاق المياه مع الرمال مساء اليوم، وسط ترقب في البلدين."),
                arabic("options", "2026-06-08T09:00:00Z", "اتفاق المياه: خيارات حاكم الواحة الأربعة قبل إعلان قراره",
                        "يملك حاكم الواحة أربعة خيارات بشأن اتفاق المياه مع الرمال قبل إعلان قراره."),
                arabic("decision", "2026-06-08T19:00:00Z", "الواحة تنسحب من اتفاق المياه مع الرمال بقرار من حاكمها",
                        "أعلنت الواحة انسحابها من اتفاق المياه مع الرمال."));

        Answer a = askOver(dir, news, "ماذا قرر حاكم الواحة أمس بشأن اتفاق المياه؟",
                ZonedDateTime.of(2026, 6, 9, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("decision");
    }

    @Test
    void aPeriodStillRunningMayHoldWhatIsToComeSoItsAnnouncementIsNotPutLast() throws IOException {
        // "this year": what the singer prepares for Ramadan is announced, not yet done
        List<Article> news = TestArticles.amongOtherNews(40, "2026-03",
                arabic("song", "2026-05-11T14:00:00Z", "أمل الواحة: سأطلق دعاء رمضانيا",
                        "كشفت المطربة أمل الواحة أنها تتحضر لإطلاق دعاء في رمضان مع حلول الشهر المبارك."),
                arabic("mourn", "2026-03-04T18:00:00Z", "نجوم الواحة ينعون قائد الفريق برسائل مؤثرة",
                        "نعى نجوم الواحة قائد الفريق، وكتبت المطربة أمل الواحة رسالة مؤثرة، وقال المدرب إن أمل الواحة في البطولة باق."));

        Answer a = askOver(dir, news, "أمل الواحة شو عم تحضّر لرمضان هالسنة؟",
                ZonedDateTime.of(2026, 5, 12, 10, 0, 0, 0, ZoneId.of("Asia/Beirut")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("song");
    }

    @Test
    void whatIsToComeIsAskedByTheFutureOrTheProgressive() {
        assertThat(AnswerEvidence.asksAhead("أمل حجازي شو عم تحضّر لرمضان هالسنة؟")).isTrue();
        assertThat(AnswerEvidence.asksAhead("الفيلم هيتعرض امتى؟")).isTrue();
        assertThat(AnswerEvidence.asksAhead("مين أخد نوبل للسلام هالسنة؟")).isFalse();
        assertThat(AnswerEvidence.asksAhead("عم الملك زار مصر؟")).as("an uncle").isFalse();
    }

    @Test
    void whatWasAgreedIsToldByTheReportNotByTheHopeBeforeIt() throws IOException {
        // no date named: the question's past verb of agreeing asks the outcome
        List<Article> news = TestArticles.amongOtherNews(40, "2026-05",
                arabic("hope", "2026-06-07T06:00:00Z", "قمة الواحة والرمال.. أمل في التوصل إلى اتفاق جريء حول المياه",
                        "يلتقي زعيما الواحة والرمال في قمتهما الأولى، وسط أمل في اتفاق الزعيمين على تقاسم المياه."),
                arabic("agreed", "2026-06-08T19:00:00Z", "زعيما الواحة والرمال يوقعان إعلانا لتقاسم المياه",
                        "وقع زعيما الواحة والرمال في ختام قمتهما إعلانا ينص على تقاسم مياه النهر مناصفة."));

        Answer a = askOver(dir, news, "على ماذا اتفق زعيما الواحة والرمال في قمتهما؟",
                ZonedDateTime.of(2026, 6, 9, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("agreed");
    }

    @Test
    void beforeAnEventIsAwaitingButBeforeSomeDaysIsNot() {
        assertThat(AnswerEvidence.awaits("تراجع أسعار النفط قبل إعلان ترامب عن قراره")).isTrue();
        assertThat(AnswerEvidence.awaits("ترامب يستعد لإعلان قراره")).isTrue();
        assertThat(AnswerEvidence.awaits("ترامب ينسحب من الاتفاق النووي قبل يومين من الموعد")).isFalse();
        assertThat(AnswerEvidence.awaits("ترامب ينسحب من الاتفاق النووي")).isFalse();
    }

    @Test
    void aMatchsPreviewComesAfterItsReportForAResult() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-05",
                arabic("preview", "2026-06-07T10:00:00Z", "مدرب الصقور قبل موقعة النسور: نتيجة المباراة مع النسور تحسم الموسم",
                        "قال مدرب الصقور إن نتيجة مباراة فريقه مع النسور يوم الأحد ستحسم الموسم."),
                arabic("report", "2026-06-08T19:00:00Z", "مدرب النسور: لا أخشى الإقالة",
                        "قال مدرب النسور إنه لا يخشى الإقالة بعد الخسارة أمام الصقور مساء الأحد."));

        Answer a = askOver(dir, news, "كم نتيجة مباراة الصقور والنسور",
                ZonedDateTime.of(2026, 6, 9, 12, 0, 0, 0, ZoneId.of("Africa/Cairo")));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
        assertThat(AnswerEvidence.awaits("بوكيتينو قبل موقعة تشيلسي: الفريقان تحت الضغط")).isTrue();
        assertThat(AnswerEvidence.awaits("الأهلي يهزم الزمالك قبل يومين من النهائي")).isFalse();
        assertThat(AnswerEvidence.awaits("قبل الافتتاح.. 7 أسباب لمتابعة الدوري هذا الموسم")).isTrue();
    }

    @Test
    void aTeamReachingTheSemiFinalIsNoPreviewOfTheFinal() {
        // "قبل نهائي" after "into", "the round": the semi-final, as sports news writes it
        assertThat(AnswerEvidence.awaits("رأس بيدرو تضع تشلسي في قبل نهائي كأس الاتحاد الإنجليزي")).isFalse();
        assertThat(AnswerEvidence.awaits("انجلترا تصعد للدور قبل النهائي لأول مرة منذ 28 عاما")).isFalse();
        assertThat(AnswerEvidence.awaits("ستيفنز تتفوق على كيربر وتبلغ قبل نهائي ميامي")).isFalse();
        // at the head of a headline, or after what waits for it, it is still the time before the final
        assertThat(AnswerEvidence.awaits("قبل نهائي أبطال أوروبا.. كييف متأهبة بسبب إنذارات أمنية")).isTrue();
        assertThat(AnswerEvidence.awaits("زيدان يكشف مصير رونالدو قبل نهائي دوري الأبطال")).isTrue();
    }

    @Test
    void aSideSeekingAResultIsBeforeTheMatch() {
        assertThat(AnswerEvidence.awaits("أهلي جدة يسعى إلى إنقاذ موسمه على حساب السد")).isTrue();
        assertThat(AnswerEvidence.awaits("السعودية تسعى لـ\"عود مونديالي أحمد\"")).isTrue();
        assertThat(AnswerEvidence.awaits("أهلي جدة يتعثر في ذهاب دور الـ16 من أبطال آسيا")).isFalse();
    }

    @Test
    void oneLegOfATieIsNoReportOfTheOther() {
        String asked = "كم انتهت مباراة الإياب بين أهلي جدة والسد في جدة؟";
        assertThat(AnswerEvidence.namesOtherLeg("أهلي جدة يتعثر في ذهاب دور الـ16 من أبطال آسيا", asked)).isTrue();
        assertThat(AnswerEvidence.namesOtherLeg("السد يقصي أهلي جدة في إياب دور الـ16", asked)).isFalse();
        assertThat(AnswerEvidence.namesOtherLeg("السد يفوز على أهلي جدة 2-1", asked)).as("no leg named").isFalse();
        assertThat(AnswerEvidence.namesOtherLeg("أهلي جدة يتعثر في ذهاب دور الـ16", "ماتش العودة بين الأهلي والسد خلص كام؟")).isTrue();
        assertThat(AnswerEvidence.namesOtherLeg("أهلي جدة يتعثر في ذهاب دور الـ16", "who won the second leg")).isTrue();
        assertThat(AnswerEvidence.namesOtherLeg("أهلي جدة يتعثر في ذهاب دور الـ16", "كم انتهت مباراة الأهلي والسد؟"))
                .as("no leg asked").isFalse();
    }
}
