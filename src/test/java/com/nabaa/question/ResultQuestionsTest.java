package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.text.NewsAnalyzers;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultQuestionsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 10, 15, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    private static Question parse(String asked) {
        return QuestionParser.parse(asked, NOW);
    }

    private static Optional<ResultQuestion> result(String asked) {
        return parse(asked).result();
    }

    @Test
    void theResultOfAMatchBetweenTwoSidesIsAResultQuestionWithBothSides() {
        assertThat(result("نتيجة مباراة السعودية وروسيا")).hasValueSatisfying(r -> {
            assertThat(r.sides()).containsExactly("السعودية", "روسيا");
            assertThat(r.askingWords()).containsExactly("نتيجة", "مباراة");
            assertThat(r.topic()).isEqualTo("السعودية وروسيا");
        });
    }

    @Test
    void theChampionOfATrophyOpeningTheQuestionAsksWhoWonIt() {
        assertThat(result("بطل الدوري الجزائري")).hasValueSatisfying(r -> {
            assertThat(r.sides()).isEmpty();
            assertThat(r.topic()).isEqualTo("الدوري الجزائري");
        });
        assertThat(result("الفائز بجائزة البوكر العربية")).isPresent();
        assertThat(result("بطل مسلسل الهيبة")).as("a series' star").isEmpty();
        assertThat(result("الدوري الجزائري")).isEmpty();
    }

    @Test
    void anEnglishWhoWonAsksTheResultInTheArabicItIsSearchedWith() {
        Question arabic = parse("Who won Roland Garros 2018?").inArabic("فاز رولان غاروس 2018", java.util.List.of(), java.util.List.of());

        assertThat(arabic.result()).hasValueSatisfying(r -> {
            assertThat(r.sides()).isEmpty();
            assertThat(r.askingWords()).containsExactly("فاز");
            assertThat(r.topic()).isEqualTo("رولان غاروس 2018");
        });
        assertThat(parse("Roland Garros 2018 tickets").inArabic("رولان غاروس 2018 تذاكر", java.util.List.of(), java.util.List.of()).result())
                .isEmpty();
    }

    @Test
    void anEnglishScoreOfTwoSidesIsAResultOfThoseSidesInTheArabicItIsSearchedWith() {
        Question arabic = parse("Egypt Uruguay World Cup score").inArabic("مصر و الأوروغواي كأس العالم نتيجة",
                java.util.List.of(), java.util.List.of());

        assertThat(arabic.result()).hasValueSatisfying(r -> {
            assertThat(r.sides()).containsExactly("مصر", "الأوروغواي");
            assertThat(r.askingWords()).containsExactly("نتيجة");
        });
        assertThat(parse("Egypt Uruguay World Cup tickets").inArabic("مصر و الأوروغواي كأس العالم تذاكر",
                java.util.List.of(), java.util.List.of()).result()).as("no score asked").isEmpty();
    }

    @Test
    void aCarWonAtAMatchIsNoResultOfTheMatch() {
        assertThat(result("منو السعودية اللي فازت بالسيارة في مباراة البرازيل والأرجنتين؟")).isEmpty();
        assertThat(result("مين فاز في مباراة البرازيل والأرجنتين؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("البرازيل", "الأرجنتين"));
        assertThat(result("مين فاز بالدوري الإسباني؟")).isPresent();
    }

    @Test
    void anEgyptianQuestionReadsItsMatchAndSides() {
        assertThat(result("عايز اعرف نتيجة ماتش مصر وروسيا")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("مصر", "روسيا"));
        assertThat(result("نتيجة الأهلي والزمالك")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("الأهلي", "الزمالك"));
        assertThat(result("نتيجه مبارات مصر و روسيا فى كاس العالم")).as("the match misspelled is no side")
                .hasValueSatisfying(r -> assertThat(r.sides()).containsExactly("مصر", "روسيا"));
    }

    @Test
    void sidesOfSeveralWordsEndAtAPrepositionAndLoseTheWordTeam() {
        assertThat(result("نتيجة مباراة ريال مدريد وليفربول في نهائي دوري الأبطال")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("ريال مدريد", "ليفربول"));
        assertThat(result("نتيجة مباراة منتخب مصر ضد منتخب تونس")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("مصر", "تونس"));
        assertThat(result("شكون ربح الماتش بين الوداد والرجاء؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("الوداد", "الرجاء"));
    }

    @Test
    void whoQualifiedOfTwoSidesAsksWhoWonTheirTie() {
        assertThat(result("مين اتأهل للنهائي امبارح انجلترا ولا كرواتيا؟")).hasValueSatisfying(r -> {
            assertThat(r.sides()).containsExactly("انجلترا", "كرواتيا");
            assertThat(r.askingWords()).contains("تأهل"); // the Egyptian اتأهل, searched as the news writes it
        });
    }

    @Test
    void tookATrophyIsWonItAndTookAnythingElseIsNoResult() {
        assertThat(result("منو أخذ كاس الملك؟")).hasValueSatisfying(r -> {
            assertThat(r.sides()).isEmpty();
            assertThat(r.askingWords()).containsExactly("فاز");
        });
        assertThat(result("من أخذ القرار؟")).isEmpty();
        assertThat(result("مين خد الجايزة؟")).isPresent();
    }

    @Test
    void snatchedTheLastGoldIsWonItAndSnatchedAnythingElseIsNoResult() {
        assertThat(result("مين خطفت آخر ذهبية في الأولمبياد الشتوي؟")).hasValueSatisfying(r ->
                assertThat(r.askingWords()).containsExactly("فاز"));
        assertThat(result("مين اقتنص اللقب؟")).isPresent();
        assertThat(result("مين خطف الطفل من المستشفى؟")).isEmpty();
    }

    @Test
    void byHowMuchSomeoneWonIsAResultQuestionButHowManyTimesIsNot() {
        assertThat(result("بكم فاز بوتين في الانتخابات الرئاسية الروسية؟")).hasValueSatisfying(
                r -> assertThat(r.askingWords()).containsExactly("فاز"));
        assertThat(result("بكام كسب الأهلي امبارح؟")).isPresent();
        assertThat(result("كم مرة فاز بولونيا بالكأس؟")).isEmpty();
    }

    @Test
    void aTrophyAfterAVerbOfWinningIsWhatWasWonNotASide() {
        assertThat(result("صلاح خد جايزة احسن لاعب في الدوري الانجليزي؟").filter(r -> !r.sides().isEmpty()))
                .as("no side named جايزة").isEmpty();
        assertThat(result("الزمالك كسب الأهلي؟")).hasValueSatisfying(r -> assertThat(r.sides()).containsExactly("الزمالك", "الأهلي"));
    }

    @Test
    void aTitleIsWhatWasWonAndANameOpeningWithWawIsNoSecondSide() {
        assertThat(result("من توج بلقب ويمبلدون للرجال 2018؟")).hasValueSatisfying(r -> {
            assertThat(r.hasSides()).as("no sides «بلقب» and «يمبلدون للرجال»").isFalse();
            assertThat(r.asksWhoWon()).isTrue();
        });
    }

    @Test
    void theSidesAreTheFirstJoinedNotAWordOfALaterQuestionThatOpensWithWaw() {
        assertThat(result("مين فاز بودية ارسنال وتشيلسي في دبلن؟ وصلت لركلات ترجيح؟"))
                .hasValueSatisfying(r -> assertThat(r.sides()).containsExactly("ارسنال", "تشيلسي"));
    }

    @Test
    void whoWonIsAResultQuestionWithoutSides() {
        for (String q : new String[] {"مين كسب كاس العالم 2018؟", "من فاز بكأس العالم 2018؟", "من هو الفائز في الانتخابات؟",
            "منو فاز بالدوري؟", "مين البطل السنة دي؟", "who won the world cup?",
            "مين البنت اللي فازت بأول سباق دراجات للبنات بجدة؟"}) {
            assertThat(result(q)).as(q).hasValueSatisfying(r -> assertThat(r.hasSides()).isFalse());
        }
        assertThat(result("مين كسب كاس العالم 2018؟")).hasValueSatisfying(
                r -> assertThat(r.topic()).isEqualTo("كاس العالم 2018"));
    }

    @Test
    void whoWonAfterTheTopicJoinsNoSides() {
        assertThat(result("ترمب نتايج الانتخبات النصفيه مين كسب مجلس النواب")).hasValueSatisfying(r -> {
            assertThat(r.hasSides()).as("no side named «الانتخبات النصفيه مين»").isFalse();
            assertThat(r.asksWhoWon()).isTrue();
        });
    }

    @Test
    void englishResultQuestionsAreRecognized() {
        assertThat(result("who won the match between Egypt and Russia?")).isPresent();
        assertThat(result("final score of Liverpool vs Chelsea")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("Liverpool", "Chelsea"));
        assertThat(result("result of the presidential election in Zimbabwe")).isPresent();
        assertThat(result("did cynthia nixon beat cuomo in the new york democratic primary?")).isPresent();
        assertThat(result("did the storm hit florida?")).isEmpty();
    }

    @Test
    void aVerbOfWinningBetweenTwoSidesIsAResultQuestion() {
        assertThat(result("هل فازت مصر على روسيا؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("مصر", "روسيا"));
        assertThat(result("الزمالك كسب الاهلي؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("الزمالك", "الاهلي"));
    }

    @Test
    void theScoreAskedInEgyptianIsAResultQuestion() {
        assertThat(result("مصر والاوروجواي خلصت كام؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("مصر", "الاوروجواي"));
        assertThat(result("تونس وبلجيكا كام كام؟")).isPresent();
        assertThat(result("ماتش بايرن ميونخ وريال مدريد في ذهاب نص النهائي خلص على كام؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("بايرن ميونخ", "ريال مدريد"));
    }

    @Test
    void theScoreAskedWithKamAsTheLevantAndTheGulfWriteItIsAResultQuestion() {
        assertThat(result("برشلونة وهويسكا في الليغا خلصت كم كم؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("برشلونة", "هويسكا"));
        assertThat(result("ليفربول وروما خلص على كم؟")).isPresent();
        assertThat(result("كم سعر برميل النفط؟")).isEmpty();
        assertThat(result("الدحيل والوحدة في دوري ابطال اسيا كم خلصت؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("الدحيل", "الوحدة"));
        assertThat(result("ودية مصر والكويت كم خلصت؟")).as("a friendly is a match, not a side's word")
                .hasValueSatisfying(r -> assertThat(r.sides()).containsExactly("مصر", "الكويت"));
    }

    @Test
    void theScoreAskedWithTheLevantsHowMuchEndsASideAtItsSemiFinal() {
        assertThat(result("كوكو فاندفيج وكارولين غارسيا بنص نهائي شتوتغارت، قديش خلصت؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("كوكو فاندفيج", "كارولين غارسيا"));
        assertThat(result("الاهلي والزمالك خلصت قديش؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("الاهلي", "الزمالك"));
    }

    @Test
    void theScoreAskedInMaghrebiIsAResultQuestion() {
        assertThat(result("شحال دارت مارسيليا مع اتلتيكو فالنهائي؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("مارسيليا", "اتلتيكو"));
        assertThat(result("شحال سجل صلاح هذا الموسم؟")).as("how many goals, not a match's score").isEmpty();
    }

    @Test
    void sidesJoinedByOrAndEndingAtTheCompetition() {
        assertThat(result("مين كسب روسيا ولا اسبانيا؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("روسيا", "اسبانيا"));
        assertThat(result("من فاز في مباراة المغرب وإيران بكأس العالم؟")).hasValueSatisfying(
                r -> assertThat(r.sides()).containsExactly("المغرب", "إيران"));
    }

    @Test
    void otherQuestionsWithResultOrWinningWordsAreNotResultQuestions() {
        for (String q : new String[] {"ما هو عدد القتلى نتيجة الحرب العالمية الأولى؟", "متى فازت روسيا بشرف استضافة البطولة؟",
            "كم ربحت البورصة امبارح؟", "ما نتيجة ذلك على الاقتصاد؟", "سعر الذهب", "ترامب وبوتين",
            "what happened as a result of the storm?"}) {
            assertThat(result(q)).as(q).isEmpty();
        }
    }

    @Test
    void dialectVerbsOfWinningAreSearchedAsNewsWritesThemOnlyInAResultQuestion() {
        assertThat(parse("مين كسب كاس العالم؟").searchText()).isEqualTo("فاز كاس العالم");
        assertThat(parse("شكون ربح الماتش؟").searchText()).isEqualTo("فاز مباراة");
        assertThat(parse("كم ربحت البورصة امبارح؟").searchText()).isEqualTo("ربحت البورصة");
        assertThat(parse("كسب غير مشروع").searchText()).isEqualTo("كسب غير مشروع");
    }

    @Test
    void aResultWithoutATopicIsAFollowUp() {
        assertThat(FollowUps.isFollowUp(parse("مين كسب الماتش؟"))).isTrue();
        assertThat(FollowUps.isFollowUp(parse("مين كسب ماتش الأهلي؟"))).isFalse();
    }

    @Test
    void eachResultWordIsOfAFamilyOfItsOwnSoThatNoneIsSearchedTwice() {
        String words = String.join(" ", ResultQuestion.RESULT_WORDS);
        assertThat(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "text", words))
                .hasSize(ResultQuestion.RESULT_WORDS.size()).doesNotHaveDuplicates();
    }
}
