package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions against a small real index of invented Arabic and English news. */
class AskServiceTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, CAIRO);

    static final List<Article> ARTICLES = List.of(
            arabic("metro-ahram", "الأهرام", "egypt", at(24, 9), false,
                    "افتتاح الخط الرابع لمترو القاهرة",
                    "افتتح رئيس الوزراء صباح الثلاثاء المرحلة الأولى من الخط الرابع لمترو القاهرة بحضور عدد من الوزراء.",
                    "وتضم المرحلة الأولى ست محطات تمتد من حدائق الأهرام حتى المتحف المصري الكبير. "
                            + "وقال وزير النقل إن سعر تذكرة الخط الرابع يبدأ من ثمانية جنيهات.",
                    "ومن المنتظر أن ينقل الخط نحو نصف مليون راكب يوميا عند اكتمال مراحله."),
            arabic("metro-shorouk", "الشروق", "egypt", at(24, 12), false,
                    "افتتاح الخط الرابع لمترو القاهرة رسميا",
                    "شهدت العاصمة اليوم افتتاح المرحلة الأولى من الخط الرابع للمترو.",
                    "وأعلن وزير النقل أن تذكرة الركوب في الخط الرابع تبدأ من ثمانية جنيهات، وأن القطارات تعمل من الخامسة صباحا."),
            arabic("quake", "وكالة الأنباء", "internationalNews", at(25, 13), true,
                    "زلزال بقوة 5.8 درجات يضرب جزيرة كريت",
                    "ضرب زلزال بقوة 5.8 درجات جزيرة كريت اليونانية ظهر اليوم. وشعر به سكان الإسكندرية ومدن الساحل الشمالي. "
                            + "ولم ترد أنباء عن إصابات."),
            arabic("bourse-up", "المال", "economy", at(24, 16), false,
                    "البورصة المصرية تربح 12 مليار جنيه في ختام التعاملات",
                    "ربحت البورصة المصرية 12 مليار جنيه من رأس مالها السوقي في ختام تعاملات الثلاثاء. "
                            + "وارتفع المؤشر الرئيسي بنسبة 1.4 في المئة."),
            arabic("bourse-down", "المال", "economy", at(25, 14), false,
                    "البورصة المصرية تخسر 5 مليارات جنيه مع بداية التعاملات",
                    "خسرت البورصة المصرية خمسة مليارات جنيه في الساعة الأولى من تعاملات الأربعاء."),
            arabic("bourse-banks", "المال", "economy", at(18, 15), false,
                    "أسهم البنوك تقود المؤشر الرئيسي إلى أعلى مستوى",
                    "قادت أسهم البنوك البورصة المصرية إلى أعلى مستوى لها منذ عامين، وربح مؤشرها الرئيسي 2 في المئة."),
            arabic("bourse-listing", "الأهرام", "economy", at(12, 11), false,
                    "طرح حصة من شركة الاتصالات للاكتتاب",
                    "أعلنت الحكومة طرح حصة 10 في المئة من شركة الاتصالات في البورصة المصرية مطلع العام المقبل."),
            arabic("derby", "الأهرام", "sport", at(22, 22), false,
                    "الأهلي يفوز على الزمالك بهدفين في الدوري",
                    "فاز الأهلي على الزمالك بهدفين نظيفين في المباراة التي أقيمت على استاد القاهرة. "
                            + "وسجل الهدفين مهاجم الفريق في الشوط الثاني."),
            english("wheat", "Egypt Today", at(23, 10),
                    "Egypt's wheat harvest beats forecasts",
                    "Egypt harvested 10 million tonnes of wheat this season, the agriculture ministry said. "
                            + "The figure is above the forecast of 9 million tonnes."),
            english("airport", "Egypt Today", at(20, 8),
                    "Cairo airport opens a new terminal",
                    "Cairo International Airport opened its fourth terminal on Friday. "
                            + "The terminal can handle 15 million passengers a year."),
            arabic("floods-sudan", "الشروق", "internationalNews", at(15, 10), false,
                    "سيول تغمر قرى في شمال السودان",
                    "غمرت الفيضانات عشرات القرى في ولاية نهر النيل بعد أمطار غزيرة استمرت ثلاثة أيام."),
            arabic("floods-libya", "الأهرام", "internationalNews", at(10, 10), false,
                    "الأمم المتحدة تحذر ليبيا من موسم أمطار صعب",
                    "حذرت الأمم المتحدة من أن الفيضانات قد تتكرر في شرق ليبيا هذا الشتاء."),
            arabic("floods-delta", "المال", "egypt", at(5, 10), false,
                    "خطة حكومية لحماية قرى الدلتا",
                    "أعلنت وزارة الري خطة لحماية قرى الدلتا من الفيضانات وارتفاع منسوب البحر."),
            arabic("floods-somalia", "وكالة الأنباء", "internationalNews", at(8, 10), false,
                    "نزوح آلاف الأسر في الصومال",
                    "أجبرت الفيضانات آلاف الأسر على ترك منازلها في وسط الصومال."));

    static final Map<String, Article> BY_ID =
            ARTICLES.stream().collect(Collectors.toMap(Article::id, Function.identity()));

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

    static Instant at(int novemberDay, int hour) {
        return ZonedDateTime.of(2026, 11, novemberDay, hour, 0, 0, 0, CAIRO).toInstant();
    }

    private static Article arabic(String id, String source, String category, Instant published, boolean breaking,
                                  String title, String... paragraphs) {
        return article(id, source, category, published, breaking, Language.ARABIC, title, paragraphs);
    }

    private static Article english(String id, String source, Instant published, String title, String... paragraphs) {
        return article(id, source, "", published, false, Language.ENGLISH, title, paragraphs);
    }

    private static Article article(String id, String source, String category, Instant published, boolean breaking,
                                   Language language, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title).published(published)
                .paragraphs(List.of(paragraphs)).source(source).category(category).language(language)
                .breaking(breaking).build();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    private static Stream<String> allArticleIds(Answer answer) {
        return answer.stories().stream().flatMap(s -> s.articleIds().stream());
    }

    @Test
    void answersWithTheLeadArticlesHeadlineDateSourceLinkAndTheSentenceThatAnswers() {
        Answer answer = ask("كم سعر تذكرة الخط الرابع للمترو؟");

        assertThat(answer.noAnswer()).isFalse();
        Story story = answer.stories().get(0);
        Article lead = BY_ID.get(story.articleId());
        assertThat(story.articleId()).isIn("metro-ahram", "metro-shorouk");
        assertThat(story.headline()).isEqualTo(lead.title());
        assertThat(story.published()).isEqualTo(lead.published());
        assertThat(story.source()).isEqualTo(lead.source());
        assertThat(story.url()).isEqualTo("https://news.nabaa.example/" + lead.id());
        assertThat(story.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .anySatisfy(sentence -> assertThat(sentence).contains("ثمانية جنيهات"));
        assertThat(story.breaking()).isFalse();
        assertThat(answer.question()).isEqualTo("كم سعر تذكرة الخط الرابع للمترو؟");
        assertThat(answer.askedAt()).isEqualTo(NOW);
    }

    @Test
    void groupsTheSameStoryFromTwoOutletsIntoOneResult() {
        Answer answer = ask("افتتاح الخط الرابع لمترو القاهرة");

        Story story = answer.stories().get(0);
        assertThat(story.articleIds()).containsExactlyInAnyOrder("metro-ahram", "metro-shorouk");
        assertThat(story.alsoReportedBy()).singleElement().satisfies(other -> {
            Article a = BY_ID.get(other.articleId());
            assertThat(other.source()).isEqualTo(a.source()).isNotEqualTo(story.source());
            assertThat(other.headline()).isEqualTo(a.title());
            assertThat(other.url()).isEqualTo(a.url());
            assertThat(other.published()).isEqualTo(a.published());
        });
        assertThat(allArticleIds(answer).filter(id -> id.startsWith("metro"))).hasSize(2);
    }

    @Test
    void aBreakingStoryIsMarkedBreaking() {
        Answer answer = ask("زلزال جزيرة كريت");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("quake");
        assertThat(answer.stories().get(0).breaking()).isTrue();
    }

    @Test
    void yesterdayRanksYesterdaysStoryFirstAndReachesTheReportsOfTheDayAfterButNothingBefore() {
        Answer answer = ask("ايه اللي حصل امبارح في البورصة؟");

        assertThat(answer.stories()).isNotEmpty();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("bourse-up");
        // Wednesday's report (today, before the clock) may tell of Tuesday: it is reached, ranked after.
        assertThat(allArticleIds(answer).map(id -> BY_ID.get(id).published().orElseThrow()))
                .allSatisfy(t -> assertThat(t).isBetween(at(24, 0), NOW.toInstant()));
    }

    @Test
    void aFollowUpWithoutATopicAsksForTheTopicInsteadOfAnsweringFromAStory() {
        for (String followUp : List.of("وبعدين؟", "طيب ومين المسؤول؟", "ليه؟", "علاش؟", "and then?", "why?",
                "وكم كانت بنهاية يوليو؟", "وامبارح؟")) {
            Answer answer = ask(followUp);

            assertThat(answer.kind()).as(followUp).isEqualTo(Answer.Kind.NEEDS_TOPIC);
            assertThat(answer.noAnswer()).as(followUp).isTrue();
            assertThat(answer.stories()).as(followUp).isEmpty();
            assertThat(answer.directAnswer()).as(followUp).isEmpty();
            assertThat(answer.related()).as(followUp).isEmpty();
            assertThat(answer.topicWords()).as(followUp).isEmpty();
        }
        assertThat(ask("and then?").language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aFollowUpWordWithItsTopicIsAQuestion() {
        Answer answer = ask("طيب ومين سجل هدفي الأهلي في الزمالك؟");

        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.NEEDS_TOPIC);
        assertThat(answer.stories().get(0).articleId()).isEqualTo("derby");
    }

    @Test
    void aQuestionWrappedInBidiControlsIsAnsweredAsTyped() {
        Answer marked = ask("\u202Eزلزال جزيرة كريت\u202C\u200F");

        assertThat(marked.question()).isEqualTo("زلزال جزيرة كريت");
        assertThat(marked.stories().get(0).articleId()).isEqualTo("quake");
        assertThat(marked.suggestion()).isEmpty();
    }

    @Test
    void withoutADatePhraseTheNewerReportIsFoundToo() {
        Answer answer = ask("البورصة المصرية");

        assertThat(allArticleIds(answer)).contains("bourse-up", "bourse-down");
    }

    @Test
    void aDatePhraseThatLeavesNothingIsRetriedWithoutTheTimeFilter() {
        // The quake happened today: "the day before yesterday" and the day after it hold no article about it.
        Answer answer = ask("زلزال كريت أول امبارح");

        assertThat(answer.noAnswer()).isFalse();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("quake");
    }

    @Test
    void aQuestionAboutAnAbsentTopicGetsNoAnswerAndNoRelatedHeadlines() {
        Answer answer = ask("هجرة البطاريق في القطب الجنوبي");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.stories()).isEmpty();
        assertThat(answer.directAnswer()).isEmpty();
        assertThat(answer.related()).isEmpty();
    }

    @Test
    void aQuestionThatOnlyTouchesAStoryGetsNoAnswerButListsTheRelatedHeadlinesNewestFirst() {
        Answer answer = ask("هجرة البطاريق إلى مترو القطب الجنوبي الجليدي");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.related()).extracting(SourceLink::articleId)
                .containsExactly("metro-shorouk", "metro-ahram");
        assertThat(answer.related().get(0).headline()).isEqualTo("افتتاح الخط الرابع لمترو القاهرة رسميا");
    }

    @Test
    void aMisspelledWordThatTheIndexKnowsInAnotherSpellingGetsASuggestion() {
        // البورصة is in the text of four passages; البورسة in none.
        Answer answer = ask("البورسة");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.suggestion()).contains("البورصة");
    }

    @Test
    void aOneLetterSlipStillFindsTheStoryAndTheCorrectionKeepsTheRightlySpelledWords() {
        Answer answer = ask("البورسة المصرية");

        assertThat(answer.noAnswer()).isFalse();
        assertThat(answer.stories().get(0).headline()).contains("البورصة المصرية");
        assertThat(answer.suggestion()).contains("البورصة المصرية");
    }

    @Test
    void theCorrectionOffersOnlyTheSpellingsTheStoryUsesAndKeepsTheReadersOtherWords() {
        // الفيظانات would be "corrected" too, but the story shown does not write it: it stays as typed
        Answer answer = ask("البورسة المصرية الفيظانات");

        assertThat(answer.stories().get(0).headline()).contains("البورصة المصرية");
        assertThat(answer.suggestion()).contains("البورصة المصرية الفيظانات");
    }

    @Test
    void aStoryThatMatchesTooLittleOfTheQuestionIsNotShownAfterOneThatAnswers() {
        Answer answer = ask("حماية قرى الدلتا من الفيضانات");

        // Sudan's and Libya's floods match only "الفيضانات": related, not an answer.
        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("floods-delta");
    }

    @Test
    void aPastedWallOfTextIsSearchedByItsFirstWordsInsteadOfFailing() {
        Answer answer = ask("الفيضانات في قرى الدلتا ".repeat(2000));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("floods-delta");
    }

    @Test
    void aPastedWallOfTextWithADatePhraseIsCutOnTheRetryWithoutTheDateToo() {
        // The date once, then a wall: the retry without it is cut as the first reading was.
        Answer answer = ask("الفيضانات أمس في قرى الدلتا " + "الفيضانات في قرى الدلتا ".repeat(2000));

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("floods-delta");
    }

    @Test
    void aStoryThatAnswersOnlyPartOfTheQuestionNamesTheWordsItLacks() {
        Answer answer = ask("أمطار كريت");

        assertThat(answer.noAnswer()).isFalse();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("quake");
        assertThat(answer.stories().get(0).missing()).containsExactly("أمطار");
    }

    @Test
    void aStoryThatCoversMostOfTheQuestionDoesNotDwellOnTheWordItLacks() {
        Answer answer = ask("زلزال كريت أمطار");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("quake");
        assertThat(answer.stories().get(0).coverage()).isGreaterThanOrEqualTo(StoryMaker.NAME_MISSING_BELOW);
        assertThat(answer.stories().get(0).missing()).isEmpty();
    }

    @Test
    void aStoryThatContainsEveryWordOfTheQuestionNamesNone() {
        Answer answer = ask("زلزال كريت");

        assertThat(answer.stories().get(0).articleId()).isEqualTo("quake");
        assertThat(answer.stories().get(0).missing()).isEmpty();
    }

    @Test
    void absentWordsWithNoCloseIndexedWordGetNoSuggestion() {
        Answer answer = ask("هجرة البطاريق في القطب الجنوبي");

        assertThat(answer.suggestion()).isEmpty();
    }

    @Test
    void aMisspelledWordWhoseStemLooksLikeASuffixedWordGetsASuggestion() {
        Answer answer = ask("الفيظانات");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.suggestion()).contains("الفيضانات");
    }

    @Test
    void aLatestQuestionWithoutContentWordsReturnsTheNewestStoriesFirst() {
        Answer answer = ask("آخر الأخبار");

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("bourse-down", "quake", "bourse-up");
        assertThat(answer.stories()).extracting(s -> s.published().orElseThrow())
                .isSortedAccordingTo(Comparator.<Instant>reverseOrder());
    }

    @Test
    void aDatePhraseWithoutATopicListsThatDaysNewestStories() {
        Answer answer = ask("ايه اللي حصل امبارح؟");

        assertThat(answer.stories()).extracting(Story::articleId)
                .containsExactly("bourse-up", "metro-shorouk", "metro-ahram");
    }

    @Test
    void relatedHeadlinesIgnoreTheDatePhraseOfAnUnansweredQuestion() {
        // The metro stories are from yesterday, not from last week.
        Answer answer = ask("هجرة البطاريق إلى مترو القطب الجنوبي الجليدي الأسبوع الماضي");

        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.related()).extracting(SourceLink::articleId)
                .containsExactly("metro-shorouk", "metro-ahram");
    }

    @Test
    void latestNewsOfASectionComeOnlyFromThatSection() {
        Answer answer = ask("آخر أخبار الرياضة");

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("derby");
    }

    @Test
    void anEnglishQuestionFindsTheEnglishArticle() {
        Answer answer = ask("how big was the wheat harvest?");

        assertThat(answer.noAnswer()).isFalse();
        Story story = answer.stories().get(0);
        assertThat(story.articleId()).isEqualTo("wheat");
        assertThat(story.source()).isEqualTo("Egypt Today");
        assertThat(story.summary()).anySatisfy(s -> assertThat(s).contains("10 million tonnes"));
    }

    @Test
    void anEnglishDatePhraseThatLeavesNothingIsRelaxedToo() {
        Answer answer = ask("Cairo airport terminal yesterday");

        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("airport");
    }

    @Test
    void returnsAtMostTheRequestedNumberOfStories() {
        Answer answer = service.ask(AskRequest.of("آخر الأخبار", NOW, 2));

        assertThat(answer.stories()).hasSize(2);
    }

    @Test
    void refusesToAnswerWithNoStoriesAllowed() {
        assertThatThrownBy(() -> service.ask(AskRequest.of("آخر الأخبار", NOW, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
