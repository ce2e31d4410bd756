package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the indexed Arabic news teaches about Latin names, one kind of evidence a test. */
class LearntNamesTest {
    @TempDir
    Path dir;

    private static Article article(String id, String url, String title, Language language, String... paragraphs) {
        return Article.builder().id(id).url(url).title(title).published(Instant.parse("2026-11-20T10:00:00Z"))
                .paragraphs(List.of(paragraphs)).source("Nabaa Samples").language(language).build();
    }

    private static Article arabic(String id, String title, String... paragraphs) {
        return article(id, "https://samples.nabaa.example/" + id, title, Language.ARABIC, paragraphs);
    }

    /** An article at an outlet whose URLs carry an English slug beside the Arabic headline. */
    private static Article slugged(String id, String slug, String title) {
        return article(id, "https://arabic.news.example/world/2026/11/20/" + slug, title, Language.ARABIC,
                "نص الخبر.");
    }

    private Optional<String> learnt(List<Article> articles, String word) throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            for (Article a : articles) index.upsert(a);
            index.commit(articles.size());
            try (PassageSearcher searcher = index.acquire()) {
                return searcher.learntArabic(word);
            }
        }
    }

    @Test
    void aLatinNameInParenthesesBesideItsArabicIsLearnt() throws Exception {
        List<Article> news = List.of(arabic("visit", "زيارة إلى القاهرة",
                "وصل الرئيس الفرنسي إيمانويل ماكرون (Emmanuel Macron) إلى القاهرة صباح اليوم."));

        assertThat(learnt(news, "macron")).contains("ماكرون");
    }

    @Test
    void aFirstNameIsPairedWithItsOwnArabicWord() throws Exception {
        List<Article> news = List.of(arabic("visit", "زيارة إلى القاهرة",
                "وصل الرئيس الفرنسي إيمانويل ماكرون (Emmanuel Macron) إلى القاهرة صباح اليوم."));

        assertThat(learnt(news, "Emmanuel")).contains("إيمانويل");
    }

    @Test
    void twoNamesOfOneSentenceAreEachPairedWithTheWordsRightBeforeTheirParentheses() throws Exception {
        List<Article> news = List.of(arabic("talks", "محادثات في باريس",
                "التقى ماكرون (Macron) بالمستشارة أنغيلا ميركل (Angela Merkel) في باريس."));

        assertThat(learnt(news, "macron")).contains("ماكرون");
        assertThat(learnt(news, "angela")).contains("أنغيلا");
        assertThat(learnt(news, "merkel")).contains("ميركل");
    }

    @Test
    void theWordsBeforeAParenthesisAreThoseRightBeforeItAndNoneAcrossAnotherParenthesis() {
        String text = "قال (مصدر) الرئيس الفرنسي إيمانويل ماكرون (Emmanuel Macron)";

        assertThat(LearntNames.wordsBefore(text, text.lastIndexOf('('), 0))
                .containsExactly("الرئيس", "الفرنسي", "إيمانويل", "ماكرون");
        assertThat(LearntNames.wordsBefore("قال (مصدر) ماكرون (Macron)", 18, 0)).containsExactly("ماكرون");
        assertThat(LearntNames.wordsBefore("ماكرون(Macron)", 6, 0)).isEmpty();
        assertThat(LearntNames.wordsBefore("ماكرون (Macron)", 7, 3)).containsExactly("رون");
    }

    @Test
    void aDatelineOrAnAcronymInParenthesesTeachesNothing() throws Exception {
        List<Article> news = List.of(arabic("dateline", "خبر من دبي",
                "دبي، الإمارات العربية المتحدة (CNN) -- أعلنت الهيئة العامة للإحصاء (Gastat) أرقاما جديدة."));

        assertThat(learnt(news, "cnn")).isEmpty();
        assertThat(learnt(news, "gastat")).isEmpty();
    }

    @Test
    void aSlugWordIsLearntAsTheHeadlineTermItMeetsConsistently() throws Exception {
        List<Article> news = List.of(
                slugged("g1", "gargash-qatar-crisis", "قرقاش: الأزمة مع قطر طويلة"),
                slugged("g2", "gargash-yemen-talks", "قرقاش يرحب بمحادثات اليمن"),
                slugged("g3", "uae-gargash-iran", "قرقاش عن إيران: لا تغيير"),
                slugged("q1", "qatar-economy-growth", "نمو الاقتصاد في قطر"),
                slugged("y1", "yemen-aid-talks", "محادثات المساعدات في اليمن"));

        assertThat(learnt(news, "gargash")).contains("قرقاش");
    }

    @Test
    void aSlugWordSeenTooRarelyTeachesNothing() throws Exception {
        List<Article> news = List.of(
                slugged("b1", "bolton-visit-moscow", "بولتون يزور موسكو"),
                slugged("b2", "bolton-iran-warning", "بولتون يحذر إيران"));

        assertThat(learnt(news, "bolton")).isEmpty();
    }

    @Test
    void aSlugWordWithoutAConsistentPartnerTeachesNothing() throws Exception {
        List<Article> news = List.of(
                slugged("w1", "wd-plane-crash", "شاهد لحظة تحطم طائرة"),
                slugged("w2", "wd-flood-video", "فيضانات تغمر القرى"),
                slugged("w3", "wd-storm-coast", "عاصفة تضرب الساحل"),
                slugged("w4", "wd-fire-forest", "حرائق في الغابات"));

        assertThat(learnt(news, "wd")).isEmpty();
    }

    @Test
    void englishArticlesTeachNothing() throws Exception {
        List<Article> news = List.of(article("en", "https://news.example/2026/macron-visit-cairo",
                "Macron visits Cairo", Language.ENGLISH, "President Emmanuel Macron (ماكرون) arrived."));

        assertThat(learnt(news, "macron")).isEmpty();
    }

    @Test
    void aSlugIsTheLastPathSegmentOfEnglishWordsNotASectionWithAnId() {
        assertThat(LearntNames.slugWords("https://arabic.cnn.com/middle-east/2018/04/01/khashoggi-saudi-iran-missiles-tweets"))
                .contains(List.of("khashoggi", "saudi", "iran", "missiles", "tweets"));
        assertThat(LearntNames.slugWords("http://www.bbc.co.uk/arabic/art-and-culture-43105759")).isEmpty();
        assertThat(LearntNames.slugWords("https://samples.nabaa.example/world/crete-earthquake.html"))
                .contains(List.of("crete", "earthquake"));
        assertThat(LearntNames.slugWords("https://www.skynewsarabia.com/world/1180924-%D8%AA%D8%BA")).isEmpty();
        assertThat(LearntNames.slugWords("not a url")).isEmpty();
    }

    private static List<Article> headlines(String... titles) {
        List<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) out.add(arabic("h" + i, titles[i], "نص الخبر."));
        return out;
    }

    @Test
    void aCapitalizedNameTheNewsNeverTaughtIsFoundByHowItSoundsInHeadlines() throws Exception {
        List<Article> news = headlines("مجلس الشيوخ يثبت كافانو", "كافانو يؤدي اليمين", "احتجاجات على كافانو",
                "ميركل تزور باريس", "ميركل تلتقي ماكرون", "ميركل في واشنطن", "ميركل تتحدث",
                "ماركل تزور مدرسة", "ماركل والأمير هاري", "ماركل في لندن");

        assertThat(learnt(news, "Kavanaugh")).contains("كافانو");
        assertThat(learnt(news, "Markle")).as("the vowels tell Markle from the more frequent Merkel").contains("ماركل");
        assertThat(learnt(news, "Merkel")).contains("ميركل");
    }

    @Test
    void aHeadlinesWordsAreItsLettersWithoutItsPunctuation() {
        assertThat(HeadlineSounds.words(arabic("h", "من يراقبك؟ تقرير، جديد", "نص الخبر.")))
                .containsExactly("من", "يراقبك", "تقرير", "جديد");
    }

    @Test
    void aFinalErIsHeardAsArabicWritesItWithoutAVowel() throws Exception {
        List<Article> news = headlines("فيدرر يتصدر التصنيف العالمي", "فيدرر يفوز في روتردام", "نادال يهزم ديل بوترو",
                "فيديرير يعود إلى الملاعب");

        assertThat(learnt(news, "Federer")).as("the usual spelling, which leaves out an e, before a rarer one with it")
                .contains("فيدرر");
        assertThat(learnt(headlines("هروب اللص رضوان فايد من سجنه", "الأمن يلاحق الفارين ويردون على الأسئلة"), "Redoine"))
                .as("its e unwritten, its French oi wa").contains("رضوان");
        assertThat(learnt(headlines("الملكة إليزابيث تستقبل ولي العهد", "السياسة الخارجية في لندن", "السياسة والاقتصاد"),
                "Elizabeth")).as("a name whose ال is its own first sound").contains("اليزابيث");
    }

    @Test
    void aNameOpeningWithAConsonantAndAVowelIsNoWordOpeningWithAnAlif() throws Exception {
        List<Article> news = headlines("امراتين في المحكمة", "امراتين تفوزان بجائزة", "امراتين تقودان الحملة",
                "امراتين في البرلمان", "مارتن يزور القاهرة", "مارتن يلتقي الوزير");

        assertThat(learnt(news, "Martin")).as("امراتين writes more of its vowels, but not its first sound").contains("مارتن");
    }

    @Test
    void aWordTypedInLowerCaseOrSoundingLikeNoFrequentHeadlineTermIsNoName() throws Exception {
        List<Article> news = headlines("كافانو يؤدي اليمين", "احتجاجات على كافانو", "مجلس الشيوخ يثبت كافانو",
                "لسبت صور", "لسبت صور", "لسبت صور");

        assertThat(learnt(news, "kavanaugh")).as("typed in lower case").isEmpty();
        assertThat(learnt(news, "Elizabeth")).as("the consonants of لسبت without its vowels").isEmpty();
        assertThat(learnt(news, "Kavanagh")).contains("كافانو");
        assertThat(learnt(news, "Novak")).isEmpty();
    }

    @Test
    void aNameWhoseFirstLetterAnalysisTakesForAPrepositionIsFoundAndSpeltAsTheNewsSpellsIt() throws Exception {
        // بولسونارو and لافروف are indexed without their ب and ل (a long word's preposition).
        List<Article> news = headlines("بولسونارو يتقدم في البرازيل", "فوز بولسونارو بالجولة الأولى", "بولسونارو يعد بالأمن",
                "لافروف يزور دمشق", "لافروف يلتقي بومبيو", "لافروف: لا حل عسكريا",
                "بريطانيا تغادر الاتحاد", "بريطانيا تحذر", "بريطانيا والعالم",
                "بارزاني يدعو للحوار", "بارزاني يستقيل", "بارزاني في أربيل");

        assertThat(learnt(news, "Bolsonaro")).contains("بولسونارو");
        assertThat(learnt(news, "Lavrov")).contains("لافروف");
        assertThat(learnt(news, "Barzani")).as("every consonant agreeing beats Britain's one difference").contains("بارزاني");
    }

    @Test
    void aNameIsHeardByTheWholeSpellingOfItsHeadlineNotTheStemAnalysisLeaves() throws Exception {
        // Analysis indexes جيفنشي as جيفنش and روزان as روز: their endings are what tell the names.
        List<Article> news = headlines("رحيل مصمم الأزياء الفرنسي أوبير دو جيفنشي", "وقف المسلسل الكوميدي \"روزان\"",
                "هاري وميغان في سيدني", "ميغان تزور مدرسة");

        assertThat(learnt(news, "Givenchy")).contains("جيفنشي");
        assertThat(learnt(news, "Roseanne")).contains("روزان");
        assertThat(learnt(news, "Meghan")).as("وميغان is ميغان with 'and'").contains("ميغان");
    }
}
