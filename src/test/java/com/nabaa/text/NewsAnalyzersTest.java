package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Pins the tokens of both chains; these are the terms the index, the questions and alerts share. */
class NewsAnalyzersTest {
    private static final Analyzer ARABIC = NewsAnalyzers.arabic();
    private static final Analyzer ENGLISH = NewsAnalyzers.english();

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> arabic(String text) {
        return tokens(ARABIC, text);
    }

    @Test
    void egyptianQuestionKeepsOnlyItsTopicWords() {
        assertThat(arabic("ايه اللي حصل في قمة ترامب وبوتين؟")).containsExactly("حصول", "قم", "ترامب", "بوت");
    }

    @Test
    void questionTypedWithoutHamzasOrWithHehAndYehGivesTheSameTokens() {
        assertThat(arabic("إيه اللى حصل فى قمه ترامب و بوتين"))
                .isEqualTo(arabic("ايه اللي حصل في قمة ترامب وبوتين؟"));
    }

    @Test
    void msaNewsSentenceIsNormalizedAndLightStemmed() {
        assertThat(arabic("أعلنت وزارة الخارجية المصرية، الأحد، أن الرئيس عبد الفتاح السيسي سيلتقي نظيره "
                + "الأمريكي في واشنطن."))
                .containsExactly("اعلن", "زار", "خارج", "مصر", "احد", "رءيس", "عبد", "فتاح", "سيس", "لقاء",
                        "نظير", "امريك", "اشنطن");
    }

    @Test
    void easternDigitsAndDecimalSeparatorBecomeAsciiNumbers() {
        assertThat(arabic("ارتفعت أسعار النفط بنسبة ٣٫٥٪ خلال تعاملات الثلاثاء لتسجل 80 دولاراً للبرميل"))
                .containsExactly("ارتفاع", "سعر", "نفط", "بنسب", "3.5", "تعامل", "ثلاثاء", "تسجل", "80",
                        "دولارا", "رميل");
        assertThat(arabic("عام ٢٠١٨")).isEqualTo(arabic("عام 2018")).isEqualTo(arabic("عام ۲۰۱۸"));
    }

    @Test
    void detachedPrefixesBeforeQuotesNumbersAndLatinWordsAreDropped() {
        assertThat(arabic("قالت الشركة لـ«رويترز» إن الـiPhone الجديد سيُطرح بـ999 دولارا"))
                .containsExactly("قالت", "شرك", "رويترز", "iphone", "جديد", "سيطرح", "999", "دولارا");
        assertThat(arabic("بـ\"ذا فويس\"")).containsExactly("ذا", "فويس");
    }

    @Test
    void stretchedWordsOnlyLoseTheirTatweel() {
        assertThat(arabic("كـبير")).isEqualTo(arabic("كبير"));
        assertThat(arabic("فــي الســـلام")).containsExactly("سلام");
    }

    @Test
    void dialectAndMsaQuestionWordsAreStopWords() {
        for (String word : List.of("ايه", "إيه", "ليه", "فين", "مين", "ازاي", "إزاي", "امتى", "إمتى", "عايز",
                "عاوز", "اعرف", "أعرف", "اللي", "شو", "وش", "ليش", "وين", "كيف", "ماذا", "متى", "أين", "اين",
                "هل", "لماذا", "كم")) {
            assertThat(arabic(word)).as(word).isEmpty();
        }
        assertThat(arabic("عايز اعرف ازاي الدولار ارتفع النهارده؟")).containsExactly("دولار", "ارتفاع", "نهارد");
        assertThat(arabic("شو صار بالمفاوضات؟ وين وصلت؟")).containsExactly("صار", "مفاوض", "صلت");
    }

    @Test
    void gulfAndMaghrebiQuestionWordsAreStopWords() {
        for (String word : List.of("منو", "اشلون", "شكد", "شصار", "شنو", "اشنو", "شكون", "علاش", "كيفاش", "وقتاش",
                "شحال", "بقداش")) {
            assertThat(arabic(word)).as(word).isEmpty();
        }
        assertThat(arabic("الجيش شنوا هجوما")).as("شنّوا: they launched").contains("شنوا");
    }

    @Test
    void aWordWrappedInBidiControlsIsTheWord() {
        assertThat(arabic("\u202Eخاشقجي\u202C \u2067القنصلية\u2069\uFEFF")).isEqualTo(arabic("خاشقجي القنصلية"))
                .hasSize(2);
    }

    @Test
    void hamzaSeatSpellingsMeetOnOneTerm() {
        assertThat(arabic("مسئول")).isEqualTo(arabic("مسؤول"));
        assertThat(arabic("الشئون")).isEqualTo(arabic("الشؤون"));
        assertThat(arabic("المسئولين")).isEqualTo(arabic("المسؤولين"));
    }

    @Test
    void tehMarbutaAlefMaksuraAndHamzaOnAlefSpellingsMeetOnOneTerm() {
        assertThat(arabic("القاهرة")).isEqualTo(arabic("القاهره"));
        assertThat(arabic("مصطفى")).isEqualTo(arabic("مصطفي"));
        assertThat(arabic("إسرائيل")).isEqualTo(arabic("اسرائيل"));
        assertThat(arabic("أمريكا")).isEqualTo(arabic("امريكا"));
    }

    @Test
    void attachedBehAndLamAreStrippedFromLongerWords() {
        assertThat(arabic("بسوريا")).isEqualTo(arabic("سوريا")).containsExactly("سوريا");
        assertThat(arabic("لروسيا")).isEqualTo(arabic("روسيا"));
        assertThat(arabic("بلد")).containsExactly("بلد");
    }

    @Test
    void aVerbItsVerbalNounAndItsParticipleMeetOnOneTerm() {
        assertThat(arabic("فاز")).isEqualTo(arabic("الفوز")).isEqualTo(arabic("يفوز")).isEqualTo(arabic("فازت"))
                .isEqualTo(arabic("بفوزه")).isEqualTo(arabic("الفائز")).isEqualTo(arabic("فوزا")).containsExactly("فوز");
        assertThat(arabic("انتخب")).isEqualTo(arabic("الانتخابات")).isEqualTo(arabic("ينتخبون"))
                .isEqualTo(arabic("انتخاب"));
        assertThat(arabic("اتفق")).isEqualTo(arabic("الاتفاق")).isEqualTo(arabic("اتفاقية"))
                .isEqualTo(arabic("اتفقوا")).isEqualTo(arabic("يتفق"));
        // "الاردن سحب سفيره" asked, "الأردن يسحب سفيره" written
        assertThat(arabic("سحب")).isEqualTo(arabic("يسحب")).isEqualTo(arabic("تسحب")).isEqualTo(arabic("سحبت"));
    }

    @Test
    void winningAndLosingMeetAcrossTheirForms() {
        assertThat(arabic("توجت")).isEqualTo(arabic("تتويج")).isEqualTo(arabic("تتوج")).isEqualTo(arabic("المتوج"));
        assertThat(arabic("هزم")).isEqualTo(arabic("الهزيمة")).isEqualTo(arabic("تهزم")).isEqualTo(arabic("هزائم"));
        assertThat(arabic("خسر")).isEqualTo(arabic("خسارة")).isEqualTo(arabic("يخسر")).isEqualTo(arabic("خسائر"));
        assertThat(arabic("انتصر")).isEqualTo(arabic("انتصار")).isEqualTo(arabic("ينتصر"));
        assertThat(arabic("تغلب")).isEqualTo(arabic("بتغلبها")).isEqualTo(arabic("يتغلب"));
        assertThat(arabic("حسم")).isEqualTo(arabic("تحسم")).isEqualTo(arabic("يحسم"));
        assertThat(arabic("بطل")).isEqualTo(arabic("البطلة")).isEqualTo(arabic("بطلا"));
        assertThat(arabic("لقب")).isEqualTo(arabic("بلقب")).isEqualTo(arabic("للقب"));
    }

    @Test
    void aNounAndItsBrokenPluralMeetOnOneTerm() {
        assertThat(arabic("سعر")).isEqualTo(arabic("الأسعار")).isEqualTo(arabic("بأسعار")).isEqualTo(arabic("السعر"));
        assertThat(arabic("نتيجة")).isEqualTo(arabic("النتائج"));
        assertThat(arabic("رئيس")).isEqualTo(arabic("الرؤساء"));
        assertThat(arabic("صاروخ")).isEqualTo(arabic("الصواريخ"));
        assertThat(arabic("وزير")).isEqualTo(arabic("الوزير")).isEqualTo(arabic("الوزراء")).isEqualTo(arabic("وزراء"));
        assertThat(arabic("مسجد")).isEqualTo(arabic("المساجد"));
        assertThat(arabic("شهر")).isEqualTo(arabic("شهور"));
        // "الأنبوب ديال الغاز" asked, "خط أنابيب للغاز" written
        assertThat(arabic("الأنبوب")).isEqualTo(arabic("أنابيب"));
    }

    @Test
    void aReadersPastVerbMeetsTheHeadlinesPresentAndTheLicences() {
        // "الحكومة رخصت كام كنيسة؟" of "مصر ترخص لـ 120 كنيسة" (تراخيص in its text)
        assertThat(arabic("رخصت")).isEqualTo(arabic("ترخص")).isEqualTo(arabic("تراخيص")).isEqualTo(arabic("الترخيص"));
    }

    @Test
    void aBrokenPluralStaysApartWhereAnotherWordWouldJoinIt() {
        assertThat(arabic("الرسوم")).as("fees, not official").isNotEqualTo(arabic("الرسمي"));
        assertThat(arabic("المدن")).as("cities, not civilians").isNotEqualTo(arabic("مدينة"));
        assertThat(arabic("حماة")).as("the city, not meat").isNotEqualTo(arabic("لحم"));
        assertThat(arabic("الدوري")).as("the league, not roles").isNotEqualTo(arabic("أدوار"));
        assertThat(arabic("أمرا")).as("a matter, not a woman").isNotEqualTo(arabic("نساء"));
    }

    @Test
    void wordsTheStemmerMakesLikeAFamilyFormStayApart() {
        assertThat(arabic("توجه")).as("headed, not crowned").isNotEqualTo(arabic("تتويج"));
        assertThat(arabic("منتخب")).as("a national team").isNotEqualTo(arabic("انتخابات"));
        assertThat(arabic("الأعلى")).isNotEqualTo(arabic("أعلن"));
        assertThat(arabic("الأقصى")).isNotEqualTo(arabic("إقصاء"));
        assertThat(arabic("نصيب")).as("a share").isNotEqualTo(arabic("إصابة"));
        assertThat(arabic("ربح")).as("profit: a win only in a result question").isNotEqualTo(arabic("فوز"));
    }

    @Test
    void englishChainGivesArabicWordsTheirFamilies() {
        assertThat(tokens(ENGLISH, "الانتخابات")).isEqualTo(arabic("انتخب"));
    }

    @Test
    void vocalizedTextMatchesPlainText() {
        assertThat(arabic("مُحَمَّدٌ رَسُولُ")).isEqualTo(arabic("محمد رسول"));
    }

    @Test
    void latinWordsInArabicTextAreLowercasedNotStemmed() {
        assertThat(arabic("برنامج The Voice على MBC")).containsExactly("رنامج", "voice", "mbc");
    }

    @Test
    void englishChainStemsLikeLuceneEnglishAnalyzer() {
        assertThat(tokens(ENGLISH, "The U.S. president met Egypt's leaders on Sunday in Sharm el-Sheikh"))
                .containsExactly("u.", "presid", "met", "egypt", "leader", "sundai", "sharm", "el", "sheikh");
    }

    @Test
    void arabicWordsInEnglishTextGetTheArabicChainTerms() {
        assertThat(tokens(ENGLISH, "talks with السيسي in القاهرة"))
                .containsExactly("talk", "سيس", "قاهر");
        assertThat(arabic("السيسي في القاهرة")).containsExactly("سيس", "قاهر");
    }

    @Test
    void englishChainConvertsEasternDigitsToo() {
        assertThat(tokens(ENGLISH, "in ٢٠١٨")).containsExactly("2018");
    }

    @Test
    void multiTermQueryNormalizationAppliesCharacterRulesWithoutStemming() {
        assertThat(ARABIC.normalize("body", "الرئيسة").utf8ToString()).isEqualTo("الرءيسه");
        assertThat(ENGLISH.normalize("body", "Trump").utf8ToString()).isEqualTo("trump");
    }

    @Test
    void otherLanguagesUseTheArabicChain() {
        assertThat(tokens(NewsAnalyzers.forLanguage(Language.OTHER), "القاهرة")).isEqualTo(arabic("القاهرة"));
        assertThat(tokens(NewsAnalyzers.forLanguage(Language.ENGLISH), "leaders")).containsExactly("leader");
    }
}
