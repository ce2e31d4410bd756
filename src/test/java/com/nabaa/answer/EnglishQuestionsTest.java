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

/** English readers' questions against a small real index of invented Arabic (and a little English) news. */
class EnglishQuestionsTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, CAIRO);

    static final List<Article> ARTICLES = List.of(
            arabic("oil", "أسعار النفط ترتفع بعد قرار أوبك",
                    "ارتفعت أسعار النفط في تعاملات اليوم بعد أن قررت أوبك خفض الإنتاج.",
                    "وقال محللون إن سعر برميل برنت قد يبلغ 90 دولارا قبل نهاية العام، وتراقب واشنطن السوق."),
            // Latin words inside an Arabic article: an English question must not be answered from them.
            arabic("standard", "تاريخ العلاقات التجارية بين البلدين",
                    "بدأت العلاقات التجارية حين وصلت شركة Standard Oil Company إلى المنطقة.",
                    "ونشرت الشركة يومها قائمة بعنوان Price List للمعدات."),
            arabic("cup", "فرنسا تحرز كأس العالم للمرة الثانية بفوز على كرواتيا",
                    "أحرز منتخب فرنسا كأس العالم بعد فوزه على كرواتيا بأربعة أهداف مقابل هدفين في المباراة النهائية."),
            arabic("summit", "قمة ترامب وبوتين في هلسنكي",
                    "عقد الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين قمة استمرت ساعتين في هلسنكي."),
            arabic("ferrante-1", "المهندس فيرانتي يكشف عن جسر جديد",
                    "كشف المهندس الإيطالي ليوناردو فيرانتي (Leonardo Ferrante) عن تصميم جسر جديد فوق النهر."),
            arabic("ferrante-2", "فيرانتي يفوز بجائزة العمارة",
                    "حصل فيرانتي على جائزة العمارة الدولية عن تصميم الجسر المعلق."),
            arabic("vote", "الانتخابات الرئاسية في زيمبابوي تتجه إلى جولة ثانية",
                    "تتجه الانتخابات الرئاسية في زيمبابوي إلى جولة ثانية بعد أن لم يحصل أي مرشح على الأغلبية.",
                    "وتناولت المناظرة الأخيرة الاتفاق النووي مع الجيران."),
            arabic("phone", "آبل تطلق iPhone XS Max في الأسواق",
                    "بدأت آبل بيع هاتف iPhone XS Max في الأسواق العربية بسعر يبدأ من 1100 دولار."),
            arabic("gold", "أسعار الذهب تقفز في الأسواق", "قفزت أسعار الذهب في الأسواق المحلية مع تراجع الدولار."),
            english("airport-en", "Cairo airport opens a new terminal",
                    "Cairo International Airport opened its new terminal on Monday."),
            arabic("airport-ar", "مطار القاهرة يفتتح مبنى جديدا", "افتتح مطار القاهرة الدولي مبنى الركاب الجديد."),
            // A name the news spells only in Arabic, for readers who type it in lower case.
            arabic("zoranovic-1", "زورانوفيتش يبلغ النهائي", "بلغ اللاعب زورانوفيتش النهائي بعد فوز صعب."),
            arabic("zoranovic-2", "زورانوفيتش يستعد للقب", "يستعد زورانوفيتش لخوض مباراة اللقب الأحد."),
            arabic("zoranovic-3", "مدرب زورانوفيتش متفائل", "قال مدرب زورانوفيتش إنه متفائل."),
            // The news words a phrase of the glossary its own way: "blame" (تحميل المسؤولية) as حمّل … المسؤولية.
            arabic("zoranovic-4", "زورانوفيتش يحمل المنظمين المسؤولية",
                    "حمل زورانوفيتش المنظمين المسؤولية عن طائرة صغيرة حلقت فوق الملعب أثناء المباراة."),
            // A headline name an English word sounds like ("stoke", to feed a fire: ستوك), never beside an airport.
            arabic("stoke-1", "ستوك يتعاقد مع مدافع", "تعاقد نادي ستوك مع مدافع شاب."),
            arabic("stoke-2", "ستوك يخسر على أرضه", "خسر ستوك على أرضه أمس."),
            arabic("stoke-3", "جماهير ستوك غاضبة", "غضبت جماهير ستوك من الإدارة."),
            // A name the news teaches in parentheses, asked with a possessive typed without its apostrophe.
            arabic("royal-baby", "الأمير هاري وزوجته ينتظران مولودهما الأول",
                    "أعلن القصر أن الأمير هاري (Harry) وزوجته ميغان (Meghan) ينتظران مولودهما الأول في الربيع."),
            // A common word of the headlines a name sounds like ("Miller": مليار), and a death that is not his.
            arabic("billion-1", "صفقة بقيمة مليار دولار", "وقعت الشركة صفقة بقيمة مليار دولار."),
            arabic("billion-2", "مليار دولار للاستثمار", "خصصت الحكومة مليار دولار للاستثمار."),
            arabic("billion-3", "وفاة رجل أعمال ترك مليار دولار", "توفي رجل الأعمال عن ثروة تقدر بمليار دولار."),
            // An Irish name written with an apostrophe, and a singer the news calls المغنية.
            arabic("oriordan", "وفاة المغنية دولوريس أوريردن",
                    "توفيت المغنية الإيرلندية دولوريس أوريردن فجأة في لندن عن 46 عاما."),
            // A name of two consonants, which only the story found by the question's other words writes,
            // and only in a paragraph of its own.
            arabic("escape", "هروب اللص الشهير بمروحية من سجنه",
                    "هرب اللص الشهير من سجنه على متن مروحية، وبث ناشطون فيديو للعملية.",
                    "وكان فايد يقضي حكما طويلا منذ سنوات."));

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

    private static Article arabic(String id, String title, String... paragraphs) {
        return article(id, Language.ARABIC, title, paragraphs);
    }

    private static Article english(String id, String title, String... paragraphs) {
        return article(id, Language.ENGLISH, title, paragraphs);
    }

    private static Article article(String id, Language language, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("وكالة الأنباء").language(language).build();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    private static List<String> ids(Answer a) {
        return a.stories().stream().flatMap(s -> s.articleIds().stream()).toList();
    }

    @Test
    void anEnglishQuestionSearchesArabicNewsThroughItsTranslatedWords() {
        Answer answer = ask("oil price");

        assertThat(answer.noAnswer()).isFalse();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("oil");
        assertThat(answer.language()).isEqualTo(Language.ENGLISH);
        assertThat(answer.translation()).hasValueSatisfying(t -> {
            assertThat(t.complete()).isTrue();
            assertThat(t.searched()).containsExactly(new Translation.Word("oil", "النفط"),
                    new Translation.Word("price", "سعر"));
        });
    }

    @Test
    void anotherArabicFormOfAWordCountsAsTheWord() {
        // "price" is searched as سعر; the story says أسعار, the plural the glossary lists beside it.
        Story gold = ask("gold price").stories().get(0);

        assertThat(gold.articleId()).isEqualTo("gold");
        assertThat(gold.coverage()).isEqualTo(1f);
        assertThat(gold.missing()).isEmpty();
    }

    @Test
    void anEnglishQuestionGetsTheStoryItsArabicQuestionGets() {
        for (List<String> pair : List.of(List.of("oil price", "سعر النفط"), List.of("Trump Putin summit", "قمة ترامب وبوتين"),
                List.of("presidential election", "الانتخابات الرئاسية"), List.of("France world cup", "فرنسا كأس العالم"))) {
            Answer english = ask(pair.get(0));
            Answer arabic = ask(pair.get(1));
            assertThat(english.stories().get(0).articleId()).as(pair.toString())
                    .isEqualTo(arabic.stories().get(0).articleId());
        }
    }

    @Test
    void aStrayLatinFragmentInsideAnArabicArticleNeverAnswers() {
        assertThat(ids(ask("oil price"))).doesNotContain("standard");
        // The article writes "Standard Oil" and "Price List" in Latin letters; its Arabic holds only "list" (قائمة).
        assertThat(ids(ask("Standard Oil price list"))).doesNotContain("standard");
    }

    @Test
    void aNamesPossessiveTypedWithoutItsApostropheIsTheName() {
        Answer answer = ask("when is harry and meghans baby due");

        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
        assertThat(answer.translation().orElseThrow().searched()).extracting(Translation.Word::arabic).contains("ميغان");
        assertThat(answer.stories().get(0).articleId()).isEqualTo("royal-baby");
    }

    @Test
    void whoWonTheWorldCupSearchesTheWinAndTheCup() {
        Answer answer = ask("who won the world cup");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("cup");
        assertThat(answer.translation().orElseThrow().arabicWords()).isEqualTo("فاز كأس العالم");
    }

    @Test
    void namesOfTheGlossaryMeetTheirArabic() {
        Answer answer = ask("Trump Putin summit");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("summit");
        assertThat(answer.translation().orElseThrow().arabicWords()).isEqualTo("قمة ترامب بوتين");
    }

    @Test
    void aNameTheNewsTaughtInParenthesesFindsTheStoriesThatSpellItOnlyInArabic() {
        Answer answer = ask("Ferrante");

        assertThat(answer.translation().orElseThrow().searched()).containsExactly(new Translation.Word("Ferrante", "فيرانتي"));
        assertThat(ids(answer)).contains("ferrante-1", "ferrante-2");
    }

    @Test
    void anUnknownGivenNameBeforeAKnownFamilyNameIsThePersonsAndFindsTheStories() {
        Answer answer = ask("What did Luigi Ferrante win?");

        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
        assertThat(ids(answer)).contains("ferrante-2");
    }

    @Test
    void aGivenNameTypedInLowerCaseBeforeANameTheNewsTaughtIsThePersons() {
        Answer answer = ask("what did luigi ferrante win?");

        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
        assertThat(ids(answer)).contains("ferrante-2");
    }

    @Test
    void aNameTypedInLowerCaseFindsTheNewsSpellingOfIt() {
        Answer answer = ask("zoranovic final");

        assertThat(answer.translation().orElseThrow().searched()).contains(new Translation.Word("zoranovic", "زورانوفيتش"));
        assertThat(answer.noAnswer()).isFalse();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("zoranovic-1");
    }

    @Test
    void aLowerCaseNameIsHeardBesideAnyLongWordOfAPhraseTheGlossaryTranslatesItsNeighboursWith() {
        Answer answer = ask("who did zoranovic blame for the drone?");

        assertThat(answer.translation().orElseThrow().searched()).contains(new Translation.Word("zoranovic", "زورانوفيتش"));
        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
    }

    @Test
    void aNameWrittenWithAnApostropheSoundsLikeTheOneWordArabicWritesBesideAnyFormOfItsNeighbours() {
        // "singer" is first مطرب in the glossary; the news calls her المغنية, another of its forms.
        Answer answer = ask("singer dolores o'riordan died? how old was she");

        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
        assertThat(answer.translation().orElseThrow().searched()).contains(new Translation.Word("o'riordan", "اوريردن"));
        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("oriordan");
        // Beside half its neighbours, one of them met only in a form other than the glossary's first.
        assertThat(ask("wait the singer o'riordan died??").translation().orElseThrow().untranslated()).isEmpty();
    }

    @Test
    void aLowerCaseWordThatOnlySoundsLikeANameTheRestNeverMeetsStaysUntranslated() {
        // "stork" was the word until the glossary learnt the bird (2026-12-04)
        assertThat(ask("Airport Stoke").translation().orElseThrow().untranslated()).isEmpty(); // capitalized: the name
        Answer answer = ask("airport stoke");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("stoke");
        assertThat(answer.noAnswer()).isTrue();
    }

    @Test
    void aNameIsNotTheCommonWordItSoundsLike() {
        Answer answer = ask("Is it true Mac Miller died?");

        assertThat(answer.translation().orElseThrow().searched()).extracting(Translation.Word::arabic).doesNotContain("مليار");
        assertThat(answer.translation().orElseThrow().untranslated()).contains("Miller");
        assertThat(answer.noAnswer()).isTrue();
    }

    @Test
    void anUnknownWordBeforeACompetitionsNameIsNoGivenName() {
        Answer answer = ask("Zorblat Cup result");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("Zorblat");
        assertThat(answer.noAnswer()).isTrue();
    }

    @Test
    void anUnknownFamilyNameAfterAKnownGivenNameStillSaysNothingAnswers() {
        Answer answer = ask("What did Ferrante Zorblat win?");

        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("Zorblat");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aNameWithoutArabicHeardInTheTextOfAStoryTheOtherWordsFoundIsTheStorysName() {
        Answer answer = ask("How did the robber Faid escape from prison?");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("escape");
        assertThat(answer.translation().orElseThrow().untranslated()).isEmpty();
        assertThat(answer.translation().orElseThrow().arabicWords()).contains("فايد");
    }

    @Test
    void aNameIsHeardBesideACommonWordTheGlossaryLacksWhichNeedsNoHearing() {
        // "grumpily" is English's own word, with no Arabic here; Faid is the story's name
        Answer answer = ask("How did the robber Faid grumpily escape from prison?");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("escape");
        assertThat(answer.translation().orElseThrow().arabicWords()).contains("فايد");
        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("grumpily");
    }

    @Test
    void aNameWithoutArabicThatNoStoryFoundWritesStillSaysNothingAnswers() {
        Answer answer = ask("How did the robber Zorblat escape from prison?");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("Zorblat");
        assertThat(answer.related()).extracting(SourceLink::articleId).contains("escape");
    }

    @Test
    void aNameIsHeardInTheWordWhoseVowelsAgreeMostAndNeverFromTwoLetters() {
        assertThat(EnglishReading.heardIn("Faid", "بث ناشطون فيديو للص فايد")).contains("فايد");
        assertThat(EnglishReading.heardIn("aquila", "فيسبوك تتخلى عن مشروع \"أكويلا\"")).contains("أكويلا");
        assertThat(EnglishReading.heardIn("Haley", "هكذا ودع ترامب نيكي هايلي")).contains("هايلي");
        assertThat(EnglishReading.heardIn("UN", "الأمم المتحدة")).isEmpty();
        assertThat(EnglishReading.heardIn("Zorblat", "هروب اللص فايد")).isEmpty();
    }

    @Test
    void aLongNameIsHeardWithOneConsonantSpelledOtherwiseAShortOneIsNot() {
        assertThat(EnglishReading.heardIn("krushelnitsky", "نتيجة العينة الثانية للاعب الكرلينغ الروسي الكسندر كروشيلنيتكي"))
                .contains("كروشيلنيتكي");
        assertThat(EnglishReading.heardIn("Faid", "بث ناشطون صورا للص فاين")).as("two consonants: both of them").isEmpty();
        assertThat(EnglishReading.heardIn("krushelnitsky", "هروب اللص فايد من سجنه بمروحية")).isEmpty();
    }

    @Test
    void aNameWrittenWithAPluralsSIsHeardWithoutIt() {
        assertThat(EnglishReading.heardIn("bahamas", "توجهت خلال زيارة إلى الباهاما إلى جزر مشهورة")).contains("الباهاما");
        assertThat(EnglishReading.heardIn("Maldives", "أزمة سياسية في جزر المالديف")).contains("المالديف");
        assertThat(EnglishReading.heardIn("Paris", "هجوم بسكين في باريس")).contains("باريس");
        assertThat(EnglishReading.heardIn("Zorblats", "هروب اللص فايد")).isEmpty();
    }

    @Test
    void aWordWithoutArabicGetsAnHonestReplyAndTheRestOnlyAsRelatedHeadlines() {
        Answer answer = ask("Zorfkistan presidential election");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.stories()).isEmpty();
        assertThat(answer.directAnswer()).isEmpty();
        assertThat(answer.language()).isEqualTo(Language.ENGLISH);
        assertThat(answer.translation()).hasValueSatisfying(t -> {
            assertThat(t.untranslated()).containsExactly("Zorfkistan");
            assertThat(t.arabicWords()).isEqualTo("الانتخابات الرئاسية");
        });
        assertThat(answer.related()).extracting(SourceLink::articleId).contains("vote");
    }

    @Test
    void aQuestionOfWhichNoWordHasArabicSaysSoAndListsNothing() {
        Answer answer = ask("Zorfkistan Quibblewick");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).isEmpty();
        assertThat(answer.translation().orElseThrow().untranslated()).containsExactly("Zorfkistan", "Quibblewick");
        assertThat(answer.translation().orElseThrow().searched()).isEmpty();
    }

    @Test
    void aMisspelledWordGetsTheGlossarysSpellingSuggested() {
        Answer answer = ask("Putin sumit");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.suggestion()).contains("Putin summit");
        // a common English word the glossary lacks is what the reader meant, not a misspelling
        assertThat(ask("how much will the opener blackfly flying car cost?").suggestion()).isEmpty();
    }

    @Test
    void englishArticlesThatAnswerComeFirstInTheReadersLanguage() {
        Answer answer = ask("Cairo airport terminal");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("airport-en");
        assertThat(answer.translation()).isEmpty();
    }

    @Test
    void theWordsAStoryLacksAreNamedInEnglish() {
        // The summit covers too little of the translation to answer without them: nothing does, and the
        // reply says what the closest story lacks, in the reader's words.
        Answer answer = ask("Trump Putin nuclear deal");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.missing()).containsExactly("nuclear", "deal");
    }

    @Test
    void anArabicQuestionNamingABrandInLatinLettersIsArabicAndFindsIt() {
        Answer answer = ask("ايه اخبار iPhone XS Max");

        assertThat(answer.language()).isEqualTo(Language.ARABIC);
        assertThat(answer.translation()).isEmpty();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("phone");
    }

    @Test
    void aProductCodeArabicNewsWritesInLatinLettersIsSearchedAsTyped() {
        Answer answer = ask("Apple XS Max price");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("phone");
        assertThat(answer.translation().orElseThrow().complete()).isTrue();
    }

    @Test
    void anArabicQuestionIsUntouched() {
        Answer answer = ask("سعر النفط");

        assertThat(answer.translation()).isEmpty();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("oil");
    }
}
