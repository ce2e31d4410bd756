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
 * "How many" asked of a story that gives no count at all (no figure but years, no number in words, no
 * "dozens") is not answered by it: the reader is told nothing answers, and the story is a related
 * headline. A story giving a count, even a vague one, answers.
 */
class CountAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Baghdad"));
    private static final String QUESTION = "قديش واحد قدّم عالموقع ليترشح للوزارات العراقية؟";

    @TempDir
    Path dir;

    private Answer ask(Article story) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-09", QUESTION, NOW, story);
    }

    @Test
    void aStoryGivingNoCountDoesNotSayHowMany() throws IOException {
        Answer a = ask(arabic("opened", "2026-10-09T10:00:00Z", "فتح باب الترشح إلكترونيا للوزارات العراقية",
                "أتاحت السلطات العراقية للمواطنين التقدم بطلبات الترشح إلكترونيا لشغل الوزارات عبر موقع إلكتروني منذ 2026.\n\n"
                        + "واعتبر ناشطون الخطوة شكلية، ورأى آخرون أنها بارقة أمل لأصحاب الكفاءات."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.related()).extracting(SourceLink::headline).first().isEqualTo("فتح باب الترشح إلكترونيا للوزارات العراقية");
    }

    @Test
    void aStoryGivingACountAnswers() throws IOException {
        Answer a = ask(arabic("counted", "2026-10-12T10:00:00Z", "آلاف العراقيين يترشحون إلكترونيا للوزارات",
                "قالت الحكومة العراقية إن 15 ألف مواطن قدموا طلبات الترشح للوزارات عبر الموقع الإلكتروني."));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("counted");
    }

    @Test
    void aShareAskedIsToldAsAShareNotByTheOtherFigures() throws IOException {
        String question = "كم نسبة حصة شركة الخليج للاستثمار في ممزورلد بعد جولة التمويل؟";
        Article round = arabic("round", "2026-10-08T10:00:00Z", "ممزورلد تجمع تمويلا جديدا",
                "أعلنت ممزورلد جمع 20 مليون دولار في جولة تمويل قادتها شركة الخليج للاستثمار التي أصبحت أكبر مساهم فيها.");
        Article stake = arabic("stake", "2026-10-09T10:00:00Z", "الخليج للاستثمار تملك ربع ممزورلد",
                "قالت شركة الخليج للاستثمار إن حصتها في ممزورلد بلغت 25% بعد جولة التمويل.");

        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("round"), "2026-09", question, NOW, round).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("stake"), "2026-09", question, NOW, round, stake).stories())
                .extracting(Story::articleId).first().isEqualTo("stake");
        assertThat(AnswerEvidence.givesCount("وبلغت نسبة المشاركة 45 في المئة.", "كم نسبة المشاركة؟")).isTrue();
        assertThat(AnswerEvidence.givesCount("وصوت ثلثا الأعضاء لصالح القرار.", "كم نسبة الأعضاء؟")).isTrue();
        // المية alone is the Egyptians' water: how deep a phone stays dry is no share
        assertThat(AnswerEvidence.asksShare("التلفون بيستحمل المية لعمق كام؟")).isFalse();
        assertThat(AnswerEvidence.asksShare("نجح كام في المية من الطلبة؟")).isTrue();
    }

    @Test
    void anInterestRateAskedIsToldAsAPercentageNotByTheSumLent() throws IOException {
        String question = "قديش الفايدة على السندات اللي طلعتها المالية بمبادلة الـ5 مليار مع المصرف المركزي؟";
        Article swap = arabic("swap", "2026-10-08T10:00:00Z", "الحكومة تستكمل مبادلة دين بـ5 مليارات دولار",
                "قال وزير المالية إن الحكومة استكملت مبادلة دين بقيمة 5 مليارات دولار مع المصرف المركزي لتصدر سندات دولارية.");
        Article rate = arabic("rate", "2026-10-09T10:00:00Z", "سندات المبادلة بفائدة 7%",
                "قالت وزارة المالية إن السندات الدولارية التي أصدرتها في مبادلة الدين مع المصرف المركزي تحمل فائدة 7%.");

        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("swap"), "2026-09", question, NOW, swap).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("rate"), "2026-09", question, NOW, swap, rate).stories())
                .extracting(Story::articleId).first().isEqualTo("rate");
    }

    @Test
    void aReportGivingTheCountAnswersBeforeAVideoPageOfTheSameStoryThatGivesNone() throws IOException {
        Article video = arabic("video", "2026-10-19T09:00:00Z", "بالفيديو.. عمليات إخلاء في هاواي بعد ثوران بركان كيلاويا",
                "ثار بركان كيلاويا في هاواي، ما أجبر السلطات على دعوة السكان إلى إخلاء منازلهم.");
        Article report = arabic("report", "2026-10-19T10:00:00Z", "إخلاء منازل في هاواي بعد ثوران بركان كيلاويا",
                "أمرت السلطات نحو 10 آلاف شخص بإخلاء منازلهم في هاواي بعد ثوران بركان كيلاويا.");

        Answer a = TestArticles.askAmongLeagueReports(dir, "2026-09", "بركان كيلاويا في هاواي ثار؟ كم واحد لازم يخلو منازلهم؟",
                NOW, video, report);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("report");
    }

    @Test
    void aThingCountedThatTheStoryNamesMustBeCountedThereNotByTheMatchScore() throws IOException {
        String question = "كم مباراة إيقاف عطوا اللاعب الحربي بعد الهوشة مع المنتخب الماليزي؟";
        Article dropped = arabic("dropped", "2026-10-11T10:00:00Z", "الاتحاد يستبعد الحربي بعد مشاجرة المباراة الودية",
                "قرر الاتحاد استبعاد اللاعب الحربي بعد المشاجرة التي شهدتها المباراة الودية أمام المنتخب الماليزي، "
                        + "والتي انتهت بفوز ماليزيا بهدفين نظيفين في الدقيقة 95.\n\n"
                        + "وأحال الاتحاد اللاعب إلى اللجان المختصة لاتخاذ الإجراءات اللازمة.");
        Article banned = arabic("banned", "2026-10-14T10:00:00Z", "إيقاف الحربي بسبب مشاجرة المباراة الودية",
                "قررت لجنة الانضباط إيقاف اللاعب الحربي ثلاث مباريات بسبب المشاجرة في المباراة الودية أمام المنتخب الماليزي.");

        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("dropped"), "2026-09", question, NOW, dropped).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("banned"), "2026-09", question, NOW, dropped, banned).stories())
                .extracting(Story::articleId).first().isEqualTo("banned");
        // a dual counts two; a verb after كم counts no thing named ("كم دفعت الشركة؟")
        assertThat(AnswerEvidence.givesCount("وقررت اللجنة إيقافه مباراتين.", "كم مباراة إيقاف عطوه؟")).isTrue();
        assertThat(AnswerEvidence.givesCount("وخاض بيكيه آخر مبارياته الدولية الـ102 في مونديال روسيا.", "كم مباراة دولية لعب؟"))
                .isTrue();
        assertThat(AnswerEvidence.countedNoun("كم دفعت الشركة للاعب؟")).isEmpty();
        assertThat(AnswerEvidence.countedNoun("كم الغرامة على الشركة؟")).isEmpty();
        // a broken plural counts its noun, and a noun opening with ب is no preposition's
        assertThat(AnswerEvidence.givesCount("كشف أثري عبارة عن آبار تحتوي على ثماني مقابر أثرية.", "فيه كام مقبرة؟")).isTrue();
        assertThat(AnswerEvidence.givesCount("وقرر إغلاق 13 بعثة دبلوماسية في الخارج.", "كم بعثة دبلوماسية قرر إغلاقها؟")).isTrue();
        // "بكم" asks a price, and a budget is an amount, not things counted
        assertThat(AnswerEvidence.countedNoun("بكم معروضة السيارة القديمة؟")).isEmpty();
        assertThat(AnswerEvidence.countedNoun("كم ميزانية السعودية لعام 2019؟")).isEmpty();
        // a final ه as typed is a pronoun's: "كم راتبه" asks his pay
        assertThat(AnswerEvidence.countedNoun("قريزمان كم راتبه لو راح برشلونه؟")).isEmpty();
        assertThat(AnswerEvidence.countedNoun("كم مباراة إيقاف؟")).contains("مباراه");
        assertThat(AnswerEvidence.countedNoun("كام مدنى اعدمتهم القوات المالى فى السوق")).as("a nisba's singular").contains("مدني");
        assertThat(AnswerEvidence.countedNoun("كم تبقى على الانتخابات؟")).as("a present verb").isEmpty();
        assertThat(AnswerEvidence.countedNoun("وقديش عسكري ماتوا فيها؟")).as("counted as جنود as often").isEmpty();
        assertThat(AnswerEvidence.countedNoun("كم ثروة الأثرياء في الإمارات حسب تقرير الثروة العالمي؟")).as("a sum").isEmpty();
        // a country's final alif is no accusative: "الرئيس رقم كم لتركيا؟" counts no Turkeys
        assertThat(AnswerEvidence.countedNoun("أردوغان هو الرئيس رقم كم لتركيا؟")).isEmpty();
    }

    @Test
    void aDialectsNounCountedIsCountedInTheNewssWord() {
        // "طيارة" is the dialects' طائرة: "طائرتين" counts two of them
        assertThat(AnswerEvidence.countedNoun("قديش طيارة مسيّرة قالت روسيا إنها وقّعتها فوق قاعدة حميميم؟")).contains("طاءره");
        assertThat(AnswerEvidence.givesCount("أعلن الجيش الروسي أنه أسقط طائرتين مجهولتين بلا طيار هاجمتا قاعدة حميميم الجوية.",
                "قديش طيارة مسيّرة قالت روسيا إنها وقّعتها فوق قاعدة حميميم؟")).isTrue();
    }

    @Test
    void aTimeCountedIsCountedInItsUnit() throws IOException {
        String question = "اتفاقية التوزيع الحصرية بين روتانا وديزر كم سنة مدتها؟";
        Article longTerm = arabic("long-term", "2026-10-11T10:00:00Z", "روتانا توقع اتفاقية توزيع حصرية مع ديزر",
                "وقعت روتانا وديزر، التي تقدم خدماتها في 180 دولة، اتفاقية حصرية طويلة الأجل لتوزيع المحتوى السمعي رقميا في المنطقة.");
        Article sevenYears = arabic("seven-years", "2026-10-12T10:00:00Z", "تفاصيل اتفاقية التوزيع بين روتانا وديزر",
                "وقالت روتانا إن اتفاقية التوزيع الحصرية مع ديزر تمتد سبع سنوات قابلة للتجديد.");

        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("long"), "2026-09", question, NOW, longTerm).kind())
                .as("180 countries count no years").isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(TestArticles.askAmongLeagueReports(dir.resolve("seven"), "2026-09", question, NOW, longTerm, sevenYears).stories())
                .extracting(Story::articleId).first().isEqualTo("seven-years");
        assertThat(AnswerEvidence.givesCount("وقضت المحكمة بسجنه سنتين.", "كم سنة سجن أخذ؟")).as("a dual").isTrue();
        assertThat(AnswerEvidence.givesCount("ويستمر العقد حتى 2021.", "كم سنة مدة العقد؟")).as("until a year").isTrue();
        assertThat(AnswerEvidence.givesCount("واستمرت الأزمة 3 أيام وأغلقت 4 مدارس.", "كام يوم قعدت الأزمة؟")).isTrue();
        assertThat(AnswerEvidence.givesCount("وأغلقت 4 مدارس في المنطقة.", "كام يوم قعدت الأزمة؟")).as("schools are no days").isFalse();
        assertThat(AnswerEvidence.givesCount("وحصد الفيلم، الذي بلغت تكلفته نحو 750 مليون يوان، أقل من 50 مليون يوان.",
                "شو اسم الفيلم اللي سحبوه بعد كم يوم من عرضه؟ وقديش كانت تكلفتو؟"))
                .as("a follow-up asks after its topic: the last how-many is asked").isTrue();
        assertThat(AnswerEvidence.givesCount("وحصد الفيلم، الذي بلغت تكلفته نحو 750 مليون يوان، أقل من 50 مليون يوان.",
                "اسم أغلى فيلم صيني سحبوه بعد كم يوم عرضه تكلفتو جاب قديش؟"))
                .as("the follow-up's asking word after its words").isTrue();
    }
}
