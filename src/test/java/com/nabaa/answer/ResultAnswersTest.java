package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results and winners against a small index of invented sports and politics news: the story that
 * reports the result of the two sides asked for comes first, its score line is the direct answer,
 * and a story about one side, a preview or a piece that merely names both is not the answer.
 */
class ResultAnswersTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 20, 12, 0, 0, 0, CAIRO);

    static final List<Article> ARTICLES = List.of(
            arabic("oil-match", at(6, 10), "مباراة مصراتة وتاجوراء.. كيف تنعكس على أسواق النفط",
                    "يترقب المتعاملون في أسواق النفط نتيجة مباراة مصراتة وتاجوراء في افتتاح بطولة الصحراء، إذ يحضرها "
                            + "وزيرا النفط في البلدين.",
                    "وقال محللون إن أسعار النفط تتأثر بعوامل كثيرة أهمها المخزون الأمريكي وقرارات أوبك."),
            arabic("opening-result", at(7, 23), "تاجوراء تكتسح مصراتة بخماسية في افتتاح بطولة الصحراء",
                    "فاز منتخب تاجوراء على منتخب مصراتة بخمسة أهداف نظيفة في المباراة الافتتاحية لبطولة الصحراء مساء الأحد.",
                    "وسجل مهاجم تاجوراء ثلاثة أهداف في الشوط الثاني."),
            arabic("one-side", at(9, 22), "تاجوراء تتغلب على الواحة 3-1 وتقترب من الدور الثاني",
                    "تغلب منتخب تاجوراء على منتخب الواحة بثلاثة أهداف مقابل هدف في الجولة الثانية من بطولة الصحراء."),
            arabic("injury", at(11, 12), "إصابة نجم مصراتة قبل مواجهة تاجوراء في الإياب",
                    "تعرض نجم منتخب مصراتة لإصابة في الركبة قبل مواجهة تاجوراء في الإياب، وبعد الفوز الكبير لتاجوراء "
                            + "في الذهاب كان السؤال لدى المشجعين عن نتيجة المباراة المقبلة."),
            arabic("host-story", at(12, 21), "مونديال تاجوراء: الواحة تحسم القمة أمام مصراتة",
                    "حسم منتخب الواحة القمة أمام منتخب مصراتة بهدفين مقابل هدف في بطولة الصحراء التي تستضيفها تاجوراء."),
            arabic("final", at(15, 23), "الواحة تتوج بكأس الصحراء بعد فوزها على تاجوراء 2-0",
                    "توج منتخب الواحة بلقب كأس الصحراء بعد فوزه على تاجوراء بهدفين نظيفين في المباراة النهائية.",
                    "واحتفل آلاف المشجعين في شوارع الواحة حتى الفجر."),
            arabic("holder-loss", at(8, 22), "خسارة بطل كأس الصحراء في مباراته الأولى",
                    "تلقى حامل لقب كأس الصحراء هزيمة مفاجئة بهدف دون رد أمام منتخب الرمال في مباراته الأولى بالبطولة."),
            arabic("friendlies", at(3, 22), "الرمال تفوز وديا على الواحة قبل البطولة",
                    "وهو الفوز الأول للرمال في مبارياتها الإعدادية بعد تعادلين مع مصراتة (2-2) وتاجوراء (صفر-صفر)."),
            arabic("shirts", at(2, 10), "كأس الصحراء: القمصان التي سترتديها المنتخبات الثمانية",
                    "كشفت المنتخبات الثمانية المشاركة في كأس الصحراء عن القمصان التي سترتديها في البطولة.",
                    "واختار منتخب الواحة اللون الأخضر."),
            arabic("vote", at(14, 18), "المجلس البلدي ينتخب رئيسا جديدا",
                    "انتخب أعضاء المجلس البلدي رئيسا جديدا للمجلس في جلسة استثنائية صباح الثلاثاء."),
            arabic("deal", at(13, 9), "الشركتان تتفقان على دمج شبكتي الكهرباء",
                    "اتفقت الشركتان على دمج شبكتي الكهرباء في الشمال قبل نهاية العام."),
            arabic("mayor", at(17, 20), "سالم يفوز برئاسة بلدية النخيل",
                    "فاز سالم برئاسة بلدية النخيل بعد فرز الأصوات مساء الجمعة.",
                    "وحصل سالم على 61 بالمئة من الأصوات بحسب اللجنة."),
            arabic("coach-searched", at(18, 20), "الشرطة تفتش طائرة مدرب الصقور السابق",
                    "فتشت الشرطة طائرة المدرب السابق لنادي الصقور لدى وصولها إلى المطار.",
                    "وذكر الاتحاد في بيان أن المدرب أمضى معظم مسيرته في الساحل."),
            arabic("museum", at(18, 11), "متحف الأزياء يعرض مجموعته الجديدة",
                    "نظرا لأن الملابس اليومية من العصور السابقة لم تنج عبر الزمن، فإن أغلبية المجموعة تتكون من ملابس أنيقة صنعت للمناسبات الخاصة."),
            arabic("beach-preview", at(19, 10), "الرمال تواجه النخيل على لقب كأس الشاطئ",
                    "يلتقي فريق الرمال مع فريق النخيل مساء الأحد في نهائي كأس الشاطئ، في مباراة يسعى فيها كل منهما "
                            + "إلى أول لقب."),
            arabic("anthem", at(16, 9), "بعد عزف نشيده بالخطأ.. منتخب يحقق فوزه الأول",
                    "فاز منتخب الوادي بأول مباراة رسمية له بانتصاره 1-صفر على نظيره منتخب الهضبة في دوري الأمم، بعد أن "
                            + "تم عزف النشيد الوطني لمنتخب البحيرة بالخطأ.",
                    "ورفع هذا الانتصار رصيد الوادي إلى 3 نقاط، فيما تملك البحيرة 3 نقاط أيضا."),
            arabic("wifaq", at(16, 20), "النسور يسقط وفاق الجبل في العاصمة",
                    "تغلب فريق النسور على ضيفه وفاق الجبل بهدفين دون رد في ذهاب نصف نهائي كأس الصحراء للأندية."),
            arabic("cage-fight", at(17, 8), "بالفيديو.. النزال الأعظم ينتهي بمعركة شوارع",
                    "فاز المقاتل الروسي خبيب على الإيرلندي كونور مكغريغور في الجولة الرابعة من النزال الأعظم."),
            arabic("bid", at(13, 21), "ملف الواحة يفوز باستضافة كأس الشاطئ 2030",
                    "فاز ملف الواحة اليوم الأربعاء بحق استضافة كأس الشاطئ 2030، بعد أن تفوق على ملف المرجان في التصويت."),
            arabic("derby", at(18, 9), "الفرسان يحسم الدربي الودي مع الأشبال",
                    "فاز الفرسان على جاره الأشبال بركلات الترجيح 6-5، بعد تعادلهما 1-1، الخميس.",
                    "ويخوض الفرسان، بقيادة مدربه الجديد، لقاء وديا أخيرا ضد البحارة الأحد في المرفأ."),
            arabic("sweep", at(19, 18), "الصنوبر يحقق فوزه الأول بقيادة مدربه الجديد",
                    "اكتسح منتخب الصنوبر الأول لكرة القدم، نظيره منتخب الزيتون 4 - صفر خلال المباراة الودية التي جمعتهما يوم الأحد.",
                    "وسجل مهاجم الصنوبر هدفين في الشوط الثاني."),
            arabic("profit", at(16, 15), "شركة الأسمنت تربح 40 مليون دينار في النصف الأول",
                    "ربحت شركة الأسمنت 40 مليون دينار في النصف الأول من العام بعد ارتفاع المبيعات."));

    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        for (Article a : ARTICLES) index.upsert(a);
        index.commit(ARTICLES.size());
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theResultOfTwoSidesIsTheStoryThatReportsItWithItsScoreLineAsTheDirectAnswer() {
        Answer answer = ask("نتيجة مباراة مصراتة وتاجوراء");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("opening-result");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("بخمسة أهداف نظيفة"));
    }

    @Test
    void aStoryNamingOnlyOneSideIsNotTheAnswer() {
        assertThat(ids(ask("نتيجة مباراة مصراتة وتاجوراء"))).doesNotContain("one-side", "shirts");
    }

    @Test
    void anEgyptianResultQuestionIsAnsweredByTheResultNotByAStoryThatMentionsBothSides() {
        Answer answer = ask("عايز اعرف نتيجة ماتش مصراتة وتاجوراء");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("opening-result");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).doesNotContain("إصابة"));
    }

    @Test
    void theHostOfATournamentIsNotASide() {
        // "مونديال تاجوراء" names the host: the story is Al-Waha against Misrata.
        Answer answer = ask("نتيجة مباراة مصراتة وتاجوراء");
        assertThat(answer.stories().get(0).articleId()).isNotEqualTo("host-story");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).doesNotContain("الواحة"));
    }

    @Test
    void whoWonACupIsTheStoryThatCrownsItsWinnerNotOneAboutTheCup() {
        Answer answer = ask("مين كسب كاس الصحراء؟");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("final");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("بهدفين نظيفين"));
        assertThat(ask("من فاز بكأس الصحراء؟").stories().get(0).articleId()).isEqualTo("final");
    }

    @Test
    void byHowMuchAskedIsAnsweredByAScoreAndNotByASentenceThatOnlyTellsTheWin() {
        Answer cup = ask("بكم فاز منتخب الواحة على تاجوراء؟");
        assertThat(cup.stories().get(0).articleId()).isEqualTo("final");
        assertThat(cup.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("بهدفين نظيفين"));

        Answer mayor = ask("بكم فاز سالم برئاسة بلدية النخيل؟");
        assertThat(mayor.stories().get(0).articleId()).isEqualTo("mayor");
        assertThat(mayor.directAnswer()).as("the lead tells the win, not its margin").isEmpty();
    }

    @Test
    void aScoreAskedBesideTheWinnerIsAnsweredByASentenceGivingIt() {
        Answer cup = ask("مين كسب كاس الصحراء؟ وكم النتيجة؟");
        assertThat(cup.stories().get(0).articleId()).isEqualTo("final");
        assertThat(cup.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("بهدفين نظيفين"));

        Answer mayor = ask("مين كسب رئاسة بلدية النخيل؟ وكم النتيجة؟");
        assertThat(mayor.stories().get(0).articleId()).isEqualTo("mayor");
        assertThat(mayor.directAnswer()).as("the lead tells the win, neither a score nor a figure").isEmpty();
    }

    @Test
    void aLossOfLastTimesChampionDoesNotSayWhoWon() {
        Answer answer = ask("شكون ربح كاس الصحراء؟");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("final");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("توج منتخب الواحة"));
    }

    @Test
    void anEnglishWhoWonIsAResultQuestionInTheArabicItIsSearchedWith() {
        // "won the cup" is searched as فاز كأس: the story that crowns the cup's winner, not the cup's shirts.
        Answer answer = ask("Who won the cup?");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("final");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("توج منتخب الواحة"));
    }

    @Test
    void winningIsFoundInItsOtherForms() {
        // فاز / فوزها / توج: the question's verb meets the story's noun.
        assertThat(ask("من فاز بلقب كأس الصحراء؟").stories().get(0).articleId()).isEqualTo("final");
    }

    @Test
    void maghrebiRabahIsAWinInAResultQuestionAndAProfitElsewhere() {
        assertThat(ask("شكون ربح الماتش بين مصراتة وتاجوراء؟").stories().get(0).articleId()).isEqualTo("opening-result");
        assertThat(ask("كم ربحت شركة الأسمنت؟").stories().get(0).articleId()).isEqualTo("profit");
    }

    @Test
    void aResultAskedWithoutATopicAsksForIt() {
        assertThat(ask("مين كسب الماتش؟").kind()).isEqualTo(Answer.Kind.NEEDS_TOPIC);
    }

    @Test
    void aScoreBetweenTwoSidesOfAListDoesNotSetThemAgainstEachOther() {
        Answer answer = ask("مصراتة وتاجوراء كام كام؟");
        assertThat(answer.directAnswer()).hasValueSatisfying(d -> assertThat(d).doesNotContain("تعادلين"));
    }

    @Test
    void withoutAScoreLineTwoSidesGetNoDirectAnswer() {
        Answer answer = ask("نتيجة مواجهة مصراتة وتاجوراء في الإياب");
        assertThat(answer.directAnswer()).isEmpty();
    }

    @Test
    void aStoryNamingBothSidesWithoutAnyResultOfTheirsIsNoAnswer() {
        Answer answer = ask("شكون ربح الداربي بين الصقور واتحاد الساحل؟");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ids(answer)).doesNotContain("coach-searched");
    }

    @Test
    void aSideNamedOnlyBesideAnotherMatchIsNotInTheResultAsked() {
        // The anthem of البحيرة was played at الوادي's win over الهضبة: no match of الوادي and البحيرة is told.
        assertNothingAnswers("نتيجة ماتش الوادي والبحيرة في دوري الامم");
        assertAnsweredFirstBy("نتيجة ماتش الوادي والهضبة في دوري الامم", "anthem");
    }

    @Test
    void aSideWhoseNameOpensWithWawIsFoundAfterTheReadersAnd() {
        // ووفاق: the reader's و and the name's; the news writes وفاق, which the analysis reads without its و.
        Answer answer = assertAnsweredFirstBy("نتيجة النسور ووفاق الجبل", "wifaq");

        assertThat(answer.stories().get(0).missing()).as("no «لا يذكر: ووفاق»").isEmpty();
    }

    @Test
    void aSideSpeltWithALongVowelTheNewsLeavesOutIsStillASide() {
        // The reader's ماكغريغور, the news's مكغريغور.
        assertAnsweredFirstBy("مين كسب نزال خبيب وماكغريغور؟", "cage-fight");
    }

    @Test
    void aSidesCounterpartAcrossACommaIsTheOtherSideOfItsMatch() {
        // "اكتسح منتخب الصنوبر الأول لكرة القدم، نظيره منتخب الزيتون 4 - صفر"
        assertAnsweredFirstBy("الصنوبر ضد الزيتون الودية خلصت كام؟", "sweep");
    }

    @Test
    void aSideBeatenAcrossACommaIsStillASideOfTheResult() {
        // "فاز ملف الواحة …، بعد أن تفوق على ملف المرجان": the comma does not part the two bids.
        assertAnsweredFirstBy("شكون ربح تنظيم كاس الشاطئ 2030؟ الواحة ولا المرجان؟", "bid");
    }

    @Test
    void aMatchTheReportOfAnotherOnlyForetellsIsNotReported() {
        // The derby's report ends with the next friendly, against البحارة: its result is told nowhere.
        assertNothingAnswers("ودية الفرسان والبحارة كم خلصت؟");
    }

    @Test
    void aPreviewOfTheFinalIsNotItsResult() {
        Answer answer = ask("الرمال والنخيل في نهائي كأس الشاطئ، مين أخذ اللقب؟");

        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.directAnswer()).isEmpty();
    }

    @Test
    void aQuestionWhyOneSideBeatTheOtherIsAnsweredByTheReasonWithoutAResult() {
        Answer answer = ask("لماذا تغلب الملابس الأنيقة للمناسبات الخاصة على المجموعة؟");

        assertThat(ids(answer)).contains("museum");
    }

    @Test
    void howItEndedInMaghrebiAsksTheResultItIsNotItsTopic() {
        Answer answer = ask("الماتش بين مصراتة وتاجوراء كيفاش سالا؟");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("opening-result");
        assertThat(answer.stories().get(0).missing()).isEmpty();
    }

    @Test
    void verbsAndTheirVerbalNounsMeet() {
        assertThat(ask("انتخابات المجلس البلدي").stories().get(0).articleId()).isEqualTo("vote");
        assertThat(ask("اتفاق الشركتين على دمج شبكتي الكهرباء").stories().get(0).articleId()).isEqualTo("deal");
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    /** {@code question} is answered, {@code id} first. */
    private static Answer assertAnsweredFirstBy(String question, String id) {
        Answer answer = ask(question);
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).as(question).isEqualTo(id);
        return answer;
    }

    /** Nothing answers {@code question}, and no sentence is offered as its answer. */
    private static void assertNothingAnswers(String question) {
        Answer answer = ask(question);
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.directAnswer()).as(question).isEmpty();
    }

    private static List<String> ids(Answer answer) {
        return answer.stories().stream().flatMap(s -> s.articleIds().stream()).toList();
    }

    static Instant at(int julyDay, int hour) {
        return ZonedDateTime.of(2026, 7, julyDay, hour, 0, 0, 0, CAIRO).toInstant();
    }

    private static Article arabic(String id, Instant published, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title).published(published)
                .paragraphs(List.of(paragraphs)).source("وكالة الأنباء").category("sport").language(Language.ARABIC)
                .breaking(false).build();
    }
}
