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
 * A question asking who, or a name ("شو اسم الرجل اللي…"، "what was his name"), is not answered by a
 * story saying the name is not known ("ولم تكشف الشرطة عن هويته"): the reader is told that nothing
 * answers, and that story comes first among the related headlines. A source keeping its own name
 * ("قال مسؤول طلب عدم الكشف عن اسمه") withholds nothing asked.
 */
class NameWithheldTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static final Article UNNAMED = arabic("unnamed", "2026-04-19T10:00:00Z",
            "احتجاز رهينة في صيدلية قرب محطة القطارات في كولونيا",
            "احتجز رجل امرأة رهينة داخل صيدلية قرب محطة القطارات الرئيسية في مدينة كولونيا الألمانية قبل أن تقتحم الشرطة المكان.\n\n"
                    + "ولم تكشف الشرطة الألمانية عن هوية الرجل الذي احتجز الرهينة، وقالت إن التحقيق لا يزال جاريا.");

    @Test
    void aNameAskedIsNotAnsweredByAStorySayingItIsNotKnown() throws IOException {
        Answer answer = ask("شو اسم الرجل اللي احتجز الرهينة بصيدلية كولونيا؟", UNNAMED);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::headline).first()
                .isEqualTo("احتجاز رهينة في صيدلية قرب محطة القطارات في كولونيا");
    }

    @Test
    void theSameStoryAnswersWhatItTells() throws IOException {
        assertThat(ask("وين احتجز الرجل الرهينة في كولونيا؟", UNNAMED).stories())
                .extracting(Story::articleId).containsExactly("unnamed");
    }

    @Test
    void aStoryNamingHimAnswers() throws IOException {
        Article named = arabic("named", "2026-04-19T14:00:00Z",
                "الشرطة الألمانية تكشف هوية محتجز الرهينة في كولونيا",
                "قالت الشرطة الألمانية إن الرجل الذي احتجز رهينة في صيدلية قرب محطة القطارات في كولونيا سوري يدعى محمد ر. ويبلغ 55 عاما.");

        assertThat(ask("شو اسم الرجل اللي احتجز الرهينة بصيدلية كولونيا؟", UNNAMED, named).stories())
                .extracting(Story::articleId).first().isEqualTo("named");
    }

    @Test
    void aSourceKeepingItsOwnNameWithholdsNothingAsked() {
        assertThat(AnswerEvidence.withholdingName("ولم تتوصل الشرطة بعد إلى هوية القتيل، ولكن موقعا محليا أورد أنه صياد.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingName("وتمت الخطوبة بحضور العائلة وخطيبها الذي لم يتم الإعلان عن هويته بعد.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingName("وقال مسؤول طلب عدم الكشف عن اسمه إن الوزير سيستقيل.")).isEmpty();
        assertThat(AnswerEvidence.withholdingName("وقال مسؤول لم يكشف عن اسمه إن الاتفاق وقع.")).isEmpty();
        assertThat(AnswerEvidence.withholdingName("كما أفاد مصدر حكومي الخميس من دون الكشف عن اسمه.")).isEmpty();
        assertThat(AnswerEvidence.withholdingName("ويتيح التطبيق الإدلاء بآرائك دون الكشف عن هويتك، وعدم معرفة هوية من يكتب."))
                .as("the reader's own identity is no name withheld").isEmpty();
        assertThat(AnswerEvidence.withholdingName("وكشفت الشرطة عن هوية المهاجم.")).isEmpty();
        assertThat(AnswerEvidence.withholdingName("وقال المركز إنه اختار عدم نشر أسماء الفنانين."))
                .as("a party's choice, which others may undo").isEmpty();
    }

    @Test
    void aNameKeptSecretIsWithheld() {
        assertThat(AnswerEvidence.withholdingName("وأضاف الموقع أن المبرمج أراد الاحتفاظ باسمه سرا.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingName("وأبقت الشرطة هويته طي الكتمان.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingName("وقال مصدر طلب الاحتفاظ باسمه سرا إن الاتفاق وقع."))
                .as("a source's own name").isEmpty();
    }

    @Test
    void whoAndNamesAreAskedInEachDialectAndInEnglish() {
        assertThat(AnswerEvidence.asksName("شنو سميتو الشاب اللي تقتل فالبوسنة؟")).isTrue();
        assertThat(AnswerEvidence.asksName("مين اللي قتل العجوز في تلمسان؟")).isTrue();
        assertThat(AnswerEvidence.asksName("did police ever identify him? what was his name")).isTrue();
        assertThat(AnswerEvidence.asksName("شو الاسم اللي حطوه عالواجهة البحرية؟")).isTrue();
        assertThat(AnswerEvidence.asksName("كم واحد مات في الحريق؟")).isFalse();
        assertThat(AnswerEvidence.asksName("المتحدث باسم الحكومة قال ايه عن الاتفاق؟")).as("in the name of").isFalse();
    }

    @Test
    void aLeadOpeningWithTheVerbAskedNamesItsDoerThoughTheAccusedAreNotNamed() throws IOException {
        Article ring = arabic("ring", "2026-04-19T10:00:00Z", "العراق يكشف شبكة احتيال تبتز مصارف لبنانية",
                "كشف جهاز المخابرات العراقي، الثلاثاء، شبكة احتيال ينشر أفرادها معلومات ملفقة لابتزاز عدد من المصارف اللبنانية.\n\n"
                        + "ولم يذكر البيان تفاصيل بشأن هوية المتهمين وجنسياتهم، ولم يفصح الأمن العام اللبناني عن أي معلومات.");

        assertThat(ask("مين كشف شبكة الاحتيال اللي كانت بتبتز المصارف اللبنانية؟", ring).stories())
                .extracting(Story::articleId).containsExactly("ring");
        // the accused's names are what it withholds
        assertThat(ask("شو اسم المتهمين بشبكة الاحتيال اللي كانت بتبتز المصارف اللبنانية؟", ring).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void anIdentityACourtNeverEstablishedLongAgoIsNotTheNameTheStoryNowTells() throws IOException {
        StringBuilder body = new StringBuilder("كشف الوزير الأسبق سالم الواحي في مذكراته الصادرة مؤخرا أن المشتبه به الرئيسي "
                + "في قضية خطف المعارض كريم الساهر عام 1965 لا يزال حيا، وقال إنه \"منير التازي التابع لجهاز الاستخبارات\".");
        for (int i = 1; i <= 10; i++) {
            body.append("\n\nويتناول الفصل ").append(i).append(" من المذكرات سنوات المنفى والعمل السياسي، ويروي فيه الكاتب ")
                    .append("لقاءاته بقادة الأحزاب والنقابات ومسؤولي الدولة، والظروف التي رافقت تشكيل الحكومات المتعاقبة ")
                    .append("والخلافات التي نشأت بينها وبين المعارضة حول الدستور والانتخابات والإصلاحات الاقتصادية.");
        }
        body.append("\n\nوانتهت المحاكمة الأولى في القضية عام 1967 بأحكام غيابية على المتهمين، لكن المحكمة لم تتوصل لهويته الحقيقية، ")
                .append("فبات التعرف عليه مفتاحا لكشف مصير كريم الساهر.");
        Article memoirs = arabic("memoirs", "2026-04-19T10:00:00Z",
                "الواحي: المشتبه به الرئيسي في خطف المعارض كريم الساهر لا يزال حيا", body.toString());

        assertThat(ask("الواحي قال فالمذكرات ديالو بلي المتهم الرئيسي فقضية كريم الساهر باقي حي، شكون هو؟", memoirs).stories())
                .extracting(Story::articleId).containsExactly("memoirs");
    }
}
