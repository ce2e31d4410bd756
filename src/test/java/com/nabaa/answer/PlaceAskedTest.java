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
 * A question that names a country or a city is not answered by a story that names none of them
 * but names other places, however well it matches the rest: Bahrain's book fair does not say when
 * Kuwait's opens.
 */
class PlaceAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Asia/Kuwait"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static Article bahrainFair() {
        return arabic("bahrain", "2026-04-18T10:00:00Z", "بدء معرض البحرين الدولي للكتاب والسعودية ضيف الشرف",
                "افتتح في المنامة معرض البحرين الدولي للكتاب بمشاركة مئات دور النشر، وتحل السعودية ضيف شرف على دورته.");
    }

    @Test
    void aStoryOfAnotherCountrysEventDoesNotAnswer() throws IOException {
        Answer a = ask("متى يبدأ معرض الكويت الدولي للكتاب؟", bahrainFair());

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aLargeCityNoStoryNamesIsNotAnsweredByTheSameEventInAnotherCountry() throws IOException {
        Answer a = ask("انهيار جسر كولكاتا", arabic("genoa", "2026-04-18T10:00:00Z", "حداد وطني في إيطاليا بعد انهيار جسر جنوى",
                "أعلنت إيطاليا الحداد الوطني بعد انهيار جسر للسيارات في جنوى أودى بحياة العشرات."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void riyadhWithItsArticleIsTheCityAndRiyadMahrezIsNot() throws IOException {
        Article germany = arabic("germany", "2026-04-18T10:00:00Z", "أسود ونمور تفر من حديقة حيوانات في ألمانيا",
                "هرب أسدان ونمران وفهد من حديقة حيوان في مدينة لونباخ غرب ألمانيا، ونصحت السلطات السكان بالبقاء في منازلهم.");

        // a story of sport's الرياضة holds Riyadh's analysed term: it is read for the city itself
        Article russia = arabic("russia", "2026-04-18T09:00:00Z", "حريق في مركز تجاري بروسيا يضم حديقة حيوان وصالة للرياضة",
                "اندلع حريق في مركز تجاري بمدينة كيميروفو الروسية يضم حديقة حيوان وصالة للرياضة، وهرب الزوار من النمر والنيران.");

        assertThat(ask("وش قصة النمر اللي هرب من حديقة الحيوان بالرياض؟", germany).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("وش قصة النمر اللي هرب من حديقة الحيوان بالرياض؟", russia).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(Places.placeOf("الرياض")).map(Places.Place::name).contains("الرياض");
        assertThat(Places.namedIn("رياض محرز يقود مانشستر سيتي للفوز")).isEmpty();
        assertThat(Places.namedIn("وزارة الرياضة تعلن موعد الدوري")).isEmpty();
    }

    @Test
    void jeddahIsNotMetByAWordThatAnalysesAsItsTerm() throws IOException {
        // جدة analyses to جد, which وجد ("found") holds too
        Article cairo = arabic("cairo", "2026-04-18T10:00:00Z", "مصر ترفع سعر تذكرة المترو الجديد",
                "رفعت مصر سعر تذكرة مترو القاهرة الجديد إلى 7 جنيهات، ووجد الركاب الأسعار الجديدة على شبابيك المحطات.");

        assertThat(ask("كم سعر تذكرة مترو جدة الجديد؟", cairo).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("كم سعر تذكرة مترو القاهرة الجديد؟", cairo).stories()).extracting(Story::articleId)
                .containsExactly("cairo");
    }

    @Test
    void theLevantsAlShamIsDamascus() throws IOException {
        Article gaza = arabic("gaza", "2026-04-18T10:00:00Z", "حريق يلتهم سوقا شعبيا في غزة",
                "التهم حريق سوقا شعبيا في غزة مساء أمس، وقال الدفاع المدني إن النيران أتت على عشرات المحال.");
        Article damascus = arabic("damascus", "2026-04-18T11:00:00Z", "حريق يلتهم محال سوق شعبي في دمشق",
                "التهم حريق محال سوق شعبي في دمشق مساء أمس، وقال الدفاع المدني إن النيران أتت على عشرات المحال.");

        assertThat(ask("شو صار بحريق السوق الشعبي بالشام؟", gaza).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("شو صار بحريق السوق الشعبي بالشام؟", gaza, damascus).stories())
                .extracting(Story::articleId).containsExactly("damascus");
    }

    @Test
    void theStoryOfThePlaceAskedAnswersInAnyOfItsForms() throws IOException {
        Answer a = ask("متى يبدأ معرض الكويت الدولي للكتاب؟", bahrainFair(),
                arabic("kuwait", "2026-04-17T10:00:00Z", "المعرض الدولي للكتاب يبدأ الأربعاء بمشاركة عربية واسعة",
                        "قالت وزارة الإعلام الكويتية إن المعرض الدولي للكتاب يبدأ الأربعاء بمشاركة دور نشر من البحرين ومصر."));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("kuwait");
    }

    @Test
    void aCityIsNotAnsweredByAStoryOfElsewhereThatMentionsItsCountryFurtherDown() throws IOException {
        Article brazil = arabic("brazil", "2026-04-18T10:00:00Z", "حريق ضخم يدمر متحف الديناصورات الوطني في البرازيل", List.of(
                "التهم حريق ضخم المتحف الوطني في ريو دي جانيرو ليلة الأحد ودمر قاعة الديناصورات ومعظم مقتنياته، "
                        + "وقال رجال الإطفاء إنهم واجهوا صعوبة في الوصول إلى المبنى لأن صنابير المياه القريبة كانت فارغة، "
                        + "فيما تجمع مئات السكان أمام البوابة يبكون ذاكرة البلاد التي احترقت أمام أعينهم.",
                "وكان المتحف، الذي شهد افتتاحه قبل قرنين، يضم قطعا أثرية مصرية ويونانية وأقدم حفرية بشرية في القارة."));

        Answer elsewhere = ask("امتى هيفتح متحف الديناصورات في طنطا؟", brazil);
        Answer itsCountry = ask("امتى هيفتح متحف الديناصورات في طنطا؟", brazil,
                arabic("egypt", "2026-04-17T10:00:00Z", "مصر تفتتح متحفا للديناصورات الشهر المقبل",
                        "أعلنت وزارة الآثار في مصر أن متحف الديناصورات الجديد يفتح أبوابه للزوار الشهر المقبل."));

        assertThat(elsewhere.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(itsCountry.stories()).extracting(Story::articleId).containsExactly("egypt");
    }

    @Test
    void moroccoWithItsArticleIsAPlaceAStoryOfAnotherCountryDoesNotMeet() throws IOException {
        // Egypt's gas, beside Nigeria's reserves: not the pipeline between Morocco and Nigeria
        Article egypt = arabic("egypt-gas", "2026-04-10T10:00:00Z", "تقرير أميركي يكشف ثروات مصر من الغاز",
                "احتفظت مصر باحتياطيات كبيرة من الغاز الطبيعي، وهي رابع أكبر احتياطي في إفريقيا بعد نيجيريا والجزائر،"
                        + " وتنقل خطوط أنابيب الغاز صادراتها بتكلفة مليار دولار سنويا.");
        Article pipeline = arabic("pipeline", "2026-04-12T10:00:00Z", "المغرب ونيجيريا يتفقان على خط أنابيب للغاز",
                "وقع المغرب ونيجيريا في الرباط اتفاقا لمد خط أنابيب للغاز بطول 5660 كيلومترا وبتكلفة 25 مليار دولار.");

        assertThat(ask("كم يكلف أنبوب الغاز بين المغرب ونيجيريا؟", egypt).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("كم يكلف أنبوب الغاز بين المغرب ونيجيريا؟", pipeline).stories()).extracting(Story::articleId)
                .containsExactly("pipeline");
        assertThat(Places.namedIn("وقع المغرب اتفاقا")).extracting(Places.Place::name).containsExactly("المغرب");
    }

    @Test
    void aCityTheNewsRarelyNamesIsNoVerbAndAStoryNamingNoPlaceDoesNotMeetIt() throws IOException {
        // تطوان has a present verb's shape (ت and four letters), and the index holds it in one story only
        Article hawaii = arabic("hawaii", "2026-04-18T10:00:00Z", "زلزال بقوة 6.9 درجات يضرب جزيرة بيغ آيلاند",
                "ضرب زلزال بقوة 6.9 درجات جزيرة بيغ آيلاند بعد ثوران بركان كيلاويا، وأجلت السلطات مئات السكان.");
        Article festival = arabic("festival", "2026-03-01T10:00:00Z", "مهرجان تطوان لسينما البحر المتوسط يكرم ممثلة",
                "كرم مهرجان تطوان لسينما البحر المتوسط الممثلة في حفل افتتاح دورته.");
        Article tetouan = arabic("tetouan", "2026-04-19T10:00:00Z", "زلزال خفيف يضرب تطوان دون خسائر",
                "ضربت هزة أرضية بقوة 4 درجات مدينة تطوان شمال المغرب فجر اليوم، ولم تسجل خسائر بشرية أو مادية.");

        // earthquakes are common news, Tetouan is not
        Article island = arabic("island", "2026-04-16T10:00:00Z", "زلزال جديد يضرب الجزيرة الكبرى",
                "ضرب زلزال جديد الجزيرة الكبرى في الأرخبيل دون أن يسفر عن ضحايا.");
        Article volcano = arabic("volcano", "2026-04-15T10:00:00Z", "زلازل متتالية بعد ثوران البركان",
                "تتابعت الزلازل بعد ثوران البركان، وقال خبراء إن النشاط الزلزالي قد يستمر أياما.");

        assertThat(ask("زلزال تطوان", hawaii, island, volcano, festival).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("زلزال تطوان", hawaii, island, volcano, festival, tetouan).stories()).extracting(Story::articleId)
                .startsWith("tetouan");
    }

    @Test
    void theMaghrebsInWrittenAsFaBeforeARarelyNamedCityIsTheCity() throws IOException {
        Article gafsa = arabic("gafsa", "2026-04-19T22:00:00Z", "مواجهات بين قوات الأمن التونسية ومتظاهرين في قفصة",
                "أطلقت قوات الأمن التونسية الغاز المسيل للدموع لتفريق متظاهرين يطالبون بفرص العمل في منطقة المظيلة من محافظة قفصة.");

        Answer a = ask("المواجهات بين البوليس والمحتجين فقفصة البارح، فاش بالضبط وقعات؟", gafsa);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("gafsa");
    }

    @Test
    void theMaghrebsInBeforeAPlaceIsThePlaceThoughTheIndexHoldsItsLettersOnce() throws IOException {
        // "فليبيا" is in the index once, as "so Libya"; ليبيا in every story of the country
        Article so = arabic("so", "2026-04-10T10:00:00Z", "خبير: الحل سياسي في المنطقة",
                "قال خبير إن الأزمات في المنطقة مترابطة، فليبيا مثلا تحتاج حلا سياسيا قبل أي شيء آخر.");
        Article arrested = arabic("arrested", "2026-04-19T10:00:00Z", "اعتقال أميركي حاول الانضمام إلى داعش في ليبيا",
                "قال الادعاء العام الأميركي إن مواطنا أميركيا سافر إلى الخارج في محاولة للانضمام إلى داعش في ليبيا، "
                        + "واعتقل في تونس قبل أن يعبر الحدود.");
        List<Article> stories = new java.util.ArrayList<>(List.of(so, arrested));
        for (int i = 1; i <= 7; i++) {
            stories.add(arabic("libya" + i, "2026-04-0" + i + "T10:00:00Z", "اجتماع جديد لأطراف الأزمة في ليبيا رقم " + i,
                    "عقد ممثلو أطراف الأزمة في ليبيا اجتماعا جديدا لبحث توحيد المؤسسات في ليبيا وإجراء الانتخابات."));
        }

        Answer a = ask("داك المريكاني اللي بغا يمشي لداعش فليبيا، فين شدوه؟", stories.toArray(Article[]::new));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("arrested");
    }

    @Test
    void aCountryAskedIsNamedByItsAdjectiveAlone() throws IOException {
        // the analysis takes بلجيكا's ب for a preposition (لجيكا) but not البلجيكية's (لجيك)
        Article mayor = arabic("mayor", "2026-04-19T10:00:00Z", "شاب من أصول مغربية عمدة لمدينة بلجيكية",
                "نجح شاب بلجيكي من أصول مغربية في الفوز بالانتخابات البلدية، ما منحه منصب العمدة لمدينة لوفان البلجيكية.");
        Article court = arabic("court", "2026-03-29T10:00:00Z", "بلجيكا تعلن تاريخ الحكم على متهم بالإرهاب",
                "أعلنت محكمة في بروكسل أنها ستصدر حكمها في قضية المتهم بالإرهاب في أبريل المقبل، وفق ما أعلنت بلجيكا.");

        Answer a = ask("شكون هاد الدري من أصل مغربي اللي ولا عمدة فبلجيكا؟ ديال أشمن مدينة", mayor, court);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("mayor");
        assertThat(a.stories().get(0).missing()).as("the story names Belgium by its adjective").isEmpty();
    }
}
