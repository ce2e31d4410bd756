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
 * A question that names a thing by its kind and its name (a prize, a church, a festival) is not
 * answered by a story of another thing of the kind, however well it matches the rest: the Booker's
 * winner does not say who won Katara's prize.
 */
class NamedThingAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, ZoneId.of("Asia/Qatar"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-09", question, NOW, stories);
    }

    /** The ids of the stories that answer {@code question} over {@code stories}, in order. */
    private List<String> answering(String question, Article... stories) throws IOException {
        return ask(question, stories).stories().stream().map(Story::articleId).toList();
    }

    /** Nothing answers, and the reply names {@code word} as what no story tells of. */
    private static void assertRefusedNaming(Answer a, String word) {
        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.missing()).contains(word);
    }

    private static Article booker() {
        return arabic("booker", "2026-10-17T10:00:00Z", "البريطانية آنا بيرنز تفوز بجائزة مان بوكر للرواية",
                "فازت الكاتبة البريطانية آنا بيرنز بجائزة مان بوكر للرواية لعام 2026 عن روايتها بائع الحليب، "
                        + "وهي أول كاتبة من أيرلندا الشمالية تفوز بالجائزة الأدبية العربية والعالمية المرموقة.");
    }

    private static Article nuriMosque() {
        return arabic("nuri", "2026-04-22T10:00:00Z", "50 مليون دولار من الإمارات لإعادة بناء جامع النوري بالموصل",
                "أعلنت الإمارات أنها ستدفع 50 مليون دولار لإعادة بناء جامع النوري ومئذنته الحدباء في الموصل، "
                        + "في أكبر مشروع لإعادة إعمار تراث المدينة بعد طرد تنظيم الدولة.");
    }

    @Test
    void aPrizeTheNewsNeverNamedIsNotAnsweredByAnotherPrizesWinner() throws IOException {
        Answer a = ask("من فاز بجائزة كتارا للرواية العربية؟", booker());

        assertRefusedNaming(a, "كتارا");
    }

    @Test
    void aQuestionThatRepeatsItsWordsIsReadAsOnce() throws IOException {
        Answer a = ask("جائزة كتارا للرواية مين فاز بجائزة كتارا؟", booker());

        assertRefusedNaming(a, "كتارا");
    }

    @Test
    void aChurchAskedIsNotAnsweredByAMosqueOfTheSameCity() throws IOException {
        String question = "كم ستدفع الإمارات لإعادة بناء كنيسة الطاهرة في الموصل؟";
        Answer mosqueOnly = ask(question, nuriMosque());
        Answer withChurch = ask(question, nuriMosque(), arabic("tahera", "2026-04-23T10:00:00Z",
                "الإمارات تعيد بناء كنيسة الطاهرة في الموصل",
                "قالت الإمارات إنها ستعيد بناء كنيسة الطاهرة للسريان الكاثوليك في الموصل بتكلفة 50 مليون دولار ضمن مشروع إحياء روح المدينة."));

        assertRefusedNaming(mosqueOnly, "الطاهرة");
        assertThat(withChurch.stories()).extracting(Story::articleId).first().isEqualTo("tahera");
    }

    @Test
    void theNameAfterATitleIsTheThingsName() throws IOException {
        Answer a = ask("كم واحد مات في الهجوم على الحافلة اللي رايحة دير الأنبا صموئيل؟",
                arabic("makar", "2026-09-10T10:00:00Z", "مقتل راهب في دير الأنبا مقار ومحاكمة راهبين",
                        "قتل راهب في دير الأنبا مقار بوادي النطرون، وأحالت النيابة راهبين إلى المحاكمة بتهمة الهجوم عليه."));

        assertRefusedNaming(a, "صموئيل");
    }

    @Test
    void theStoryThatNamesTheThingAnswersWithItsNameAttachedToAPreposition() throws IOException {
        Article story = arabic("jerash", "2026-07-01T10:00:00Z",
                "انطلاق الدورة الجديدة لمهرجان جرش للثقافة والفنون الخميس",
                "تنطلق الخميس فعاليات الدورة الجديدة لمهرجان جرش للثقافة والفنون بمشاركة فنانين من الأردن والعالم العربي.");

        assertThat(answering("مهرجان جرش امتى بيبدأ؟", story)).containsExactly("jerash");
    }

    @Test
    void aWordThatDescribesTheThingDoesNotNameIt() throws IOException {
        Article story = arabic("pyramids", "2026-10-18T10:00:00Z",
                "فيلم عن بناة الأهرامات يعرض لأول مرة في القاهرة الخميس",
                "يعرض الخميس في القاهرة فيلم عن العمال الذين بنوا الأهرامات، صوره فريق مصري على مدى عامين.");

        assertThat(answering("امتى هيتعرض فيلم وثائقي عن الاهرامات؟", story)).containsExactly("pyramids");
    }

    private static Article baalbekFestival() {
        return arabic("baalbek", "2026-10-10T10:00:00Z", "في لبنان.. بعلبك تتذكر أم كلثوم",
                "أحيت مهرجانات بعلبك الدولية ذكرى أم كلثوم في حفل أقيم على مدرج معبد باخوس داخل القلعة الرومانية، "
                        + "بحضور آلاف من محبي كوكب الشرق الذين ملأوا مدرجات القلعة.");
    }

    private static Article jupiterProbe() {
        return arabic("juno", "2026-10-12T10:00:00Z", "مسبار جونو يرسل صورا جديدة لكوكب جوبيتر",
                "أرسل مسبار جونو التابع لوكالة ناسا صورا جديدة لعواصف كوكب المشتري، المعروف أيضا باسم جوبيتر.");
    }

    @Test
    void aRareNameTheStoryLacksIsAnotherThingWhenTheStoryCoversLittleOfTheQuestion() throws IOException {
        Answer a = ask("صحيح انهار عمود من معبد جوبيتر ببعلبك وسكروا القلعة؟", baalbekFestival(), jupiterProbe());

        assertRefusedNaming(a, "جوبيتر");
    }

    @Test
    void aRareNameTheStoryWritesInLatinLettersIsNamed() throws IOException {
        Article lohan = arabic("lohan", "2026-10-15T10:00:00Z", "الممثلة ليندسي لوهان تخسر استئنافها في قضية الخصوصية",
                "خسرت الممثلة ليندسي لوهان استئنافها في القضية التي رفعتها ضد مصمم لعبة الفيديو Grand Theft Auto V. "
                        + "ورفض القضاة ادعاء الممثلة بأن إحدى شخصيات اللعبة استوحيت من شخصيتها.");
        Article hotel = arabic("hotel", "2026-10-11T10:00:00Z", "افتتاح فندق جراند الجديد في الدوحة",
                "افتتح فندق جراند أبوابه في الدوحة بعد أعمال تجديد استمرت عامين.");

        assertThat(answering("لندسي لوهن خسرت القضيه بتاعت لعبه جراند ثفت اوتو؟ الشخصيه اللي بتقول انها شبهها اسمها ايه", lohan, hotel)).containsExactly("lohan");
    }

    @Test
    void aRareNameIsMetByTheNewsSpellingOfItsGOrByItsLatinLetters() {
        assertThat(Evidence.spelledOtherwise("جراند", java.util.Set.of("لعب", "غراند"))).isTrue();
        assertThat(Evidence.spelledOtherwise("جراند", java.util.Set.of("لعب", "grand", "theft"))).isTrue();
        assertThat(Evidence.spelledOtherwise("جوبيتر", java.util.Set.of("باخوس", "قلع", "bacchus"))).isFalse();
    }

    @Test
    void aNameTypedWithoutItsFinalHamzaMeetsTheNewsSpelling() throws IOException {
        Article story = arabic("shifa", "2026-10-19T10:00:00Z",
                "محتجون يطردون المندوب القطري من مستشفى الشفاء في غزة",
                "طرد محتجون المندوب القطري من مستشفى الشفاء في غزة ورشقوه بالأحذية خلال زيارته للمستشفى.");

        assertThat(answering("شو صار مع المندوب القطري بمستشفى الشفا بغزة؟", story)).containsExactly("shifa");
    }

    @Test
    void aNameShapedAsADialectVerbAfterItsKindIsStillAskedOfTheStory() throws IOException {
        // "سيبكو" ends as the dialects' plural verbs do (حبسو); after "شركة" it names the company
        Article other = arabic("other", "2026-10-10T10:00:00Z", "الاعتداء على مدير شركة صينية",
                "أكدت الحكومة أن الاعتداء على مدير شركة صينية في المدينة الصناعية عمل مشين، وأن المعتدي ضرب المدير أمام العمال.");
        Article contract = arabic("contract", "2026-09-20T10:00:00Z", "توقيع عقد لبناء محطة كهرباء",
                "وقعت وزارة الطاقة عقدا مع شركة سيبكو لبناء محطة كهرباء جديدة في الجنوب.");

        assertThat(answering("مين ضرب مدير شركة سيبكو الصينية؟", other, contract)).doesNotContain("other");
        assertThat(Evidence.namesAfterKind("مدير شركة سيبكو".split(" "), 2)).isTrue();
        // a kind counted or asked which, and a verb of another shape, are followed by what the thing did
        assertThat(Evidence.namesAfterKind("شحال من فرقة شاركو".split(" "), 3)).isFalse();
        assertThat(Evidence.namesAfterKind("أول فيلم انعرض".split(" "), 2)).isFalse();
    }

    @Test
    void aReportNamedAsTheSourceIsAskedOfTheStory() throws IOException {
        Article other = arabic("other", "2026-09-10T10:00:00Z", "عدد مليونيرات السعودية يفوق الأتراك",
                "أظهر تقرير لمصرف سويسري أن عدد المليونيرات في السعودية بلغ 150 ألفا هذا العام رغم فارق عدد السكان مع تركيا.");

        assertRefusedNaming(ask("كم عدد المليونيرات السعوديين حسب تقرير ويلث إكس؟", other), "ويلث");
    }

    @Test
    void aHamzaTypedOnItsSeatAndAmericaInTwoWordsStillMeetTheStory() throws IOException {
        Article tanker = arabic("tanker", "2026-10-18T08:00:00Z", "ناقلة الغاز العائمة هوغ غالانت تغادر مصر",
                "أبحرت الناقلة هوغ غالانت، وحدة التخزين العائمة التي استأجرتها مصر منذ 2015، من مرساها متجهة إلى "
                        + "الولايات المتحدة بعد أن أنهت الشركة المالكة عقدها مبكرا.");

        assertThat(answering("اسم مركب الغاز العايمة اللي سابت مصر ورايحة امريكا ايه؟", tanker)).containsExactly("tanker");
    }
}
