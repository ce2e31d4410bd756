package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a short follow-up without a topic of its own, in Egyptian and other dialects, MSA and English. */
class FollowUpsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    private static boolean followUp(String text) {
        return FollowUps.isFollowUp(text, NOW);
    }

    /** Whether {@code told} speaks of what {@code text} adds, going on from the last answer. */
    private static boolean spokenOf(String text, String told, ZonedDateTime now) {
        return FollowUps.addedWords(text, now).filter(added -> FollowUps.spokenIn(added, told)).isPresent();
    }

    /** What {@code text}, going on from the last answer, names. */
    private static List<String> named(String text) {
        return FollowUps.addedWords(text, NOW).map(FollowUps::namedIn).orElse(List.of());
    }

    @Test
    void egyptianAndOtherDialectFollowUpsPointBack() {
        for (String s : new String[] {"وبعدين؟", "طب وبعدين", "ليه؟", "ومين المسؤول؟", "وايه السبب؟", "طيب وبعد كده؟",
            "ليش صار هيك؟", "وايه التفاصيل", "كمان"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void maghrebiAndGulfFollowUpsPointBack() {
        for (String s : new String[] {"علاش؟", "وشنوة صار من بعد؟", "كيفاش؟", "وش السبب؟", "طيب ومين المسؤول؟", "اها وبعدين"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void aFollowUpAskingTheTollTheMeasuresOrWhoCameBeforePointsBackAndKeepsWhatItAsks() {
        for (String s : new String[] {"وكام عدد الضحايا؟", "وايه الإجراءات؟", "ومين قبله؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        assertThat(FollowUps.aspects("وكام عدد الضحايا؟")).isEqualTo("عدد الضحايا");
        assertThat(followUp("عدد ضحايا زلزال إندونيسيا")).isFalse();
    }

    @Test
    void aFollowUpNamingANewSideAsksWhatItSaidAboutTheSameStory() {
        for (String s : new String[] {"وتركيا قالت ايه؟", "وقطر ردت؟", "وأمريكا موقفها ايه؟", "وإسرائيل شو كان ردها؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        assertThat(FollowUps.aspects("وتركيا قالت ايه؟")).isEqualTo("تركيا قالت");
        assertThat(FollowUps.aspects("وقطر ردت؟")).isEqualTo("قطر ردت");
        assertThat(FollowUps.aspects("وإسرائيل شو كان ردها؟")).contains("إسرائيل", "ردها");
    }

    @Test
    void aNewSidesRankAskedGoesOnFromTheTableJustTold() {
        assertThat(followUp("وأمريكا بأي مرتبة طلعت؟")).isTrue();
        assertThat(FollowUps.aspects("وأمريكا بأي مرتبة طلعت؟")).isEqualTo("أمريكا مرتبة");
        // a rank with a topic of its own is a question
        assertThat(followUp("وأمريكا بأي مرتبة في كأس العالم للسيدات؟")).isFalse();
    }

    @Test
    void whatSomeoneOfTheStorySaidIsAskedOfTheStory() {
        // "and the reason? what did he say?" after "did Mai Selim and Walid Fawaz really split?"
        for (String s : new String[] {"وايه السبب؟ هو قال ايه؟", "هو قال ايه؟", "وشو قالت؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        assertThat(followUp("ترامب قال ايه عن كوريا؟")).isFalse();
    }

    @Test
    void aMessageGoingOnWithOnlyAVerbPointsBackAndAddsTheVerbWithItsQuestionWord() {
        for (String s : new String[] {"طيب وطلعوا كلهم؟", "ومين اتكلف بدالو؟", "وليش استقال؟", "وهيرجع امتى؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        assertThat(FollowUps.aspects("طيب وطلعوا كلهم؟")).isEqualTo("طلعوا");
        assertThat(FollowUps.aspects("ومين اتكلف بدالو؟")).isEqualTo("مين اتكلف");
        assertThat(FollowUps.aspects("وليش استقال؟")).isEqualTo("ليش استقال");
    }

    @Test
    void howManyDiedAskedInADialectPointsBackAndKeepsItsNumber() {
        for (String s : new String[] {"وكام واحد مات؟", "وقديش واحد مات فيها؟", "وقداش من واحد مات؟", "طيب وكام حد اتصاب؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        assertThat(FollowUps.aspects("وكام واحد مات؟")).isEqualTo("كام مات");
        assertThat(followUp("كام واحد مات في زلزال إندونيسيا؟")).as("names its topic").isFalse();
    }

    @Test
    void aMessageNamingOnlyWhatBelongsToSomeoneJustToldOfPointsBackAndKeepsIt() {
        // "so how long is it and how old?" after the sea monster's fossil
        assertThat(followUp("طيب قديش طوله وكم عمره؟")).isTrue();
        assertThat(FollowUps.aspects("طيب قديش طوله وكم عمره؟")).isEqualTo("طوله عمره");
        // "how old was he?" after the young goalkeeper's death: "was" names nothing
        assertThat(followUp("قديش كان عمره؟")).isTrue();
        assertThat(followUp("وكم كانت أعمارهم؟")).isTrue();
        assertThat(followUp("وفي مهرجان كان؟")).as("Cannes, named with its festival").isFalse();
        // a teh marbuta typed as ه, or a word with the article, names a topic of its own
        assertThat(followUp("سرقه البنك")).isFalse();
        assertThat(followUp("الطائرة سقطت؟")).isFalse();
    }

    @Test
    void whenAskedAsTheLevantAndTheMaghrebAskItGoesOnFromTheLastAnswer() {
        for (String s : new String[] {"وإيمتى رح تخلص وقديش رح تكلّف؟", "وإمتا؟", "ووقتاش تحلّ؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void whereToOrFromAskedWithAParticipleOfComingOrGoingGoesOnFromTheLastAnswer() {
        for (String s : new String[] {"ولوين راجعين بالزبط؟", "ومن وين كانوا جايين؟", "ولوين رايحين؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        // the participle asks only the place: the story names it otherwise ("غادروا… باتجاه القلمون")
        assertThat(FollowUps.aspects("ولوين راجعين بالزبط؟")).isEqualTo("لوين");
    }

    @Test
    void isThereAnyoneElseAskedInADialectPointsBackAndKeepsItsVerb() {
        assertThat(followUp("وفي حد تاني اتقتل بعده؟")).isTrue();
        assertThat(FollowUps.aspects("وفي حد تاني اتقتل بعده؟")).isEqualTo("اتقتل");
        assertThat(followUp("وفي ناس ماتت؟")).isTrue();
        // "and in Egypt?" names a place of its own
        assertThat(followUp("وفي مصر؟")).isFalse();
    }

    @Test
    void aMessageOpeningWithANounOrAQuestionWordWrittenWithWawOrNamingATopicIsAQuestion() {
        for (String s : new String[] {"وزير الخارجية استقال؟", "ولي العهد وصل؟", "وش صار في الحديدة؟", "وين الاهلي؟",
            "واش المغرب تأهل؟", "وهيلحق كاس العالم؟", "ومتى تحولت الى مسلسل انيمى؟"}) {
            assertThat(followUp(s)).as(s).isFalse();
        }
    }

    @Test
    void aShortQuestionOpeningWithWawJoinedToAQuestionWordOrAVerbMayGoOnInWordsOfItsOwn() {
        // The opening question word stays: it says what the answer is (a title, a name).
        assertThat(FollowUps.addedWords("وشو اسم الرواية؟", NOW)).contains("شو اسم الرواية");
        assertThat(FollowUps.addedWords("ومين تبنى التفجير؟", NOW)).contains("مين تبنى التفجير");
        assertThat(FollowUps.addedWords("وهيلحق كاس العالم؟", NOW)).contains("هيلحق كاس العالم");
        assertThat(FollowUps.addedWords("ومين فاز بالدوري؟", NOW)).contains("مين فاز بالدوري");
    }

    @Test
    void thisXNamesOnlyTheXJustToldOf() {
        // "and who is this ambassador?" after Algeria summoned the EU's ambassador
        assertThat(followUp("وشكون هو هاد السفير؟")).isTrue();
        assertThat(followUp("السفير ده اسمه ايه؟")).isTrue();
        assertThat(followUp("مين السفير الأمريكي في الجزائر؟")).as("an ambassador of its own").isFalse();
        assertThat(followUp("هذا رجل مين؟")).as("no article: not the one just told of").isFalse();
    }

    @Test
    void thisThingOfTheLevantAndTheGulfOnlyPointsBack() {
        // "well, which company proposed this thing?" after Lebanon's cannabis plan: the story's company
        assertThat(FollowUps.addedWords("طيب مين الشركة اللي اقترحت هالشي؟", NOW)).contains("مين الشركة اقترحت");
        assertThat(FollowUps.addedWords("ومين عمل هالشي؟", NOW)).contains("مين عمل");
    }

    @Test
    void aNounWithAPronounPointingBackOpensAMessageGoingOnFromTheLastAnswer() {
        // "and her partner, how much did he get? and the fine they must pay?" after the mother's sentence
        String partner = "وشريكها كم أخد؟ وكم الغرامة اللي لازم يدفعوها؟";

        assertThat(FollowUps.addedWords(partner, NOW)).hasValueSatisfying(
                added -> assertThat(added).contains("شريكها").contains("الغرامة"));
        assertThat(named(partner)).containsExactly("شريكها", "الغرامة");
        assertThat(FollowUps.addedWords("وجوزها اتحبس؟", NOW)).contains("جوزها اتحبس");
        // "and her mother, how much did she get?" after the daughter's sentence: a mother of two letters
        assertThat(FollowUps.addedWords("وإمها قديش أخدت؟", NOW)).hasValueSatisfying(added -> assertThat(added).contains("إمها"));
        // "and his father, where was he killed?" after the son's extradition: a father of two letters
        assertThat(FollowUps.addedWords("وأبوه وين انقتل؟", NOW)).hasValueSatisfying(added -> assertThat(added).contains("أبوه"));
        // A noun without a pronoun opens a question of its own.
        assertThat(FollowUps.addedWords("وزير الخارجية استقال؟", NOW)).isEmpty();
    }

    @Test
    void aWordWhoseOwnFirstLetterIsWawStillPointsBackWithItsPronoun() {
        // "and how much does it weigh?" after NASA's Mars helicopter: وزنها is her weight, not و + زنها
        assertThat(followUp("وقديش وزنها؟")).isTrue();
        assertThat(FollowUps.aspects("وقديش وزنها؟")).isEqualTo("وزنها");
    }

    @Test
    void thisJoinedToANounGoesOnAsTheNounWithTheArticle() {
        // "and what's his name, this minister?" after the Norwegian minister who resigned
        assertThat(FollowUps.addedWords("وشو اسمه هالوزير؟", NOW)).contains("شو اسمه الوزير");
    }

    @Test
    void aQuestionNamingWithTheArticleWhatTheLastQuestionNamedMayGoOnFromIt() {
        // "what's the club's name?" after "is it true a Russian club cancelled a new player's contract?"
        String club = "صحيح في نادي روسي لغى عقد لاعب جديد عنده بسبب لون بشرته";
        assertThat(FollowUps.referredWords("شو اسم النادي؟", club, NOW)).contains("شو اسم النادي");
        // the Levant's هال (this) is the article: "this minister" after the minister who resigned
        assertThat(FollowUps.referredWords("شو اسمه هالوزير؟", "ليش استقال وزير الثروة السمكية بالنرويج", NOW))
                .contains("شو اسمه الوزير");
        // a noun the last question did not name is a question of its own, though it names one it did
        assertThat(FollowUps.referredWords("مين فاز بالدوري؟", club, NOW)).isEmpty();
        assertThat(FollowUps.referredWords("شو اسم نادي برشلونة؟", club, NOW)).isEmpty();
        assertThat(FollowUps.referredWords("شو اسم النادي؟ وكم دفع؟", club, NOW)).as("two questions").isEmpty();
        assertThat(FollowUps.referredWords("النادي", club, NOW)).as("no question").isEmpty();
    }

    @Test
    void aNewSideJoinedByAndWithHowMuchAsksTheSameOfIt() {
        // "and in Sulaymaniyah, how much?" after the turnout of Kurdistan's election
        assertThat(followUp("وبالسليمانية قديش؟")).isTrue();
        assertThat(FollowUps.aspects("وبالسليمانية قديش؟")).isEqualTo("بالسليمانية");
        // a noun alone after و asks nothing, and one with a question of its own is a question
        assertThat(followUp("ووزير الخارجية؟")).isFalse();
        assertThat(followUp("وزير الخارجية استقال؟")).isFalse();
    }

    @Test
    void byWayOfWhatJoinedByAndGoesOnFromTheLastAnswer() {
        // "and by way of what were they going to smuggle?" after the plot foiled at Jordan's border
        assertThat(FollowUps.addedWords("وعن طريق شو كانوا بدهم يهرّبوا؟", NOW)).contains("شو طريق يهرّبوا");
    }

    @Test
    void aQuestionRepeatingAWordOfTheLastQuestionAsItWasWrittenMayGoOnFromIt() {
        // "where exactly did it sink?" after "what happened to the migrants' boat that sank off Turkey?"
        String boat = "بقارب المهاجرين غرق قبال تركيا";
        assertThat(FollowUps.referredWords("وين غرق بالضبط؟", boat, NOW)).contains("وين غرق");
        // a word the last question did not write is a question of its own
        assertThat(FollowUps.referredWords("وين انفجر بالضبط؟", boat, NOW)).isEmpty();
    }

    @Test
    void aMeasureOfTheStoryJoinedByWawMayGoOnFromTheLastAnswer() {
        // "and how long is the contract?" after Buffon's move to Paris
        assertThat(FollowUps.addedWords("ومدة العقد كام؟", NOW)).contains("مدة العقد");
        assertThat(FollowUps.addedWords("وقيمة الصفقة قديش؟", NOW)).contains("قيمة الصفقة");
        // Any other noun joined by و opens a question of its own.
        assertThat(FollowUps.addedWords("وزير الخارجية استقال امتى؟", NOW)).isEmpty();
    }

    @Test
    void aNounWithTheArticleJoinedByWawGoesOnWhenTheMessageAsksWhenWhereOrHowMany() {
        // "and the electric cars, when will they start on them?" after Porsche dropping diesel
        assertThat(FollowUps.addedWords("طب والعربيات الكهربا بس هيبدأوا فيها امتى؟", NOW))
                .contains("العربيات الكهربا هيبدأوا");
        assertThat(FollowUps.addedWords("والعربيات الكهربا حلوة", NOW)).as("asks nothing").isEmpty();
        assertThat(FollowUps.addedWords("والله امتى؟", NOW)).as("an oath, not a noun").isEmpty();
    }

    @Test
    void aQuestionWordAfterWellGoesOnAsOneJoinedByWawDoes() {
        // "well, which company bought it?" after the sale of the house of Versace
        assertThat(FollowUps.addedWords("طيب مين الشركة اللي اشترتها؟", NOW)).contains("مين الشركة اشترتها");
        assertThat(FollowUps.addedWords("مين فاز بالدوري؟", NOW)).as("no well, no و").isEmpty();
    }

    @Test
    void aPrepositionJoinedByWawBeforeAQuestionWordGoesOnToo() {
        assertThat(FollowUps.addedWords("وعن أي رواية؟", NOW)).contains("اي رواية");
        assertThat(FollowUps.addedWords("وضد مين كان النهائي وكم النتيجة", NOW)).contains("مين النهائي النتيجة");
        // Without a question word after it, و and a preposition open a statement of its own.
        assertThat(FollowUps.addedWords("وعن الاقتصاد المصري", NOW)).isEmpty();
    }

    @Test
    void aStorySpeaksOfWhatAMessageGoingOnNamesWhenItHoldsItsNounsInAnyForm() {
        String booker = "آنا بيرنز تفوز بجائزة مان بوكر عن روايتها بائع الحليب";

        assertThat(spokenOf("وشو اسم الرواية؟", booker, NOW)).isTrue();
        assertThat(spokenOf("ومين رئيس فرنسا؟", booker, NOW)).isFalse();
        assertThat(spokenOf("وكم سعر الدولار؟", booker, NOW)).isFalse();
    }

    @Test
    void aMessageAskingTwoThingsOfTheStoryJustToldGoesOnFromIt() {
        assertThat(FollowUps.addedWords("وكم سنة قعدت بالبرميل؟ وأي سنة تعبّت؟", NOW)).hasValueSatisfying(
                added -> assertThat(added).contains("بالبرميل").contains("تعبّت"));
        assertThat(spokenOf("وكم سنة قعدت بالبرميل؟ وأي سنة تعبّت؟",
                "بيعت الزجاجة التي حفظت في برميل لمدة 60 عاما منذ تعبئتها عام 1926", NOW)).isTrue();
        assertThat(followUp("وكم سنة؟")).isTrue();
    }

    @Test
    void aMessageThatAlreadyPointsBackOrOpensOtherwiseOrRunsLongAddsNoWordsOfItsOwn() {
        for (String s : new String[] {"وبعدين؟", "وايه السبب؟", "وليش استقال؟", "مين فاز بالدوري؟", "وزير الخارجية استقال؟",
            "وين الاهلي؟", "ومين فاز بالدوري الانجليزي الممتاز امبارح؟"}) {
            assertThat(FollowUps.addedWords(s, NOW)).as(s).isEmpty();
        }
    }

    @Test
    void aSideWithATopicOfItsOwnOrWithoutAConjunctionIsAQuestion() {
        for (String s : new String[] {"تركيا قالت ايه؟", "وتركيا قالت ايه عن الليرة؟", "ترامب قال ايه عن إيران؟"}) {
            assertThat(followUp(s)).as(s).isFalse();
        }
    }

    @Test
    void aFollowUpWrappedInBidiControlsIsAFollowUp() {
        assertThat(followUp("\u202Bوبعدين؟\u202C\u200F")).isTrue();
        assertThat(FollowUps.aspects("\u2067ومين\u2069 \u2067المسؤول؟\u2069")).isEqualTo("المسؤول");
    }

    @Test
    void aNameThatHoldsAFollowUpWordIsATopic() {
        assertThat(followUp("رجب طيب أردوغان")).isFalse();
        assertThat(followUp("طيب أردوغان؟")).isFalse();
    }

    @Test
    void modernStandardArabicFollowUpsPointBack() {
        for (String s : new String[] {"لماذا؟", "ومن المسؤول؟", "وما السبب؟", "وماذا حدث بعد ذلك؟", "المزيد"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void englishFollowUpsPointBack() {
        for (String s : new String[] {"what next?", "why?", "more", "and then?", "who is responsible?", "more please",
            "what's his name?", "and what is her name?", "what are their names?", "and where was the guy from?"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void englishSpellsOutWhatArabicLeavesUnsaidSoItsSmallWordsDoNotMakeAFollowUpLong() {
        assertThat(followUp("who are the two guys it's mostly about?")).isTrue();
        assertThat(followUp("and what was the name of the guy who did it?")).isTrue();
        assertThat(followUp("who are the two guys the british court tried?")).isFalse();
    }

    @Test
    void aQuestionWithATopicOrAskingForTheLatestIsNoFollowUp() {
        for (String s : new String[] {"وبعدين في سد النهضة؟", "ومين المسؤول عن حادث القطار؟", "آخر الأخبار", "عاجل",
            "أخبار الرياضة", "ايه اللي حصل امبارح؟", "why did the dollar rise?", "البورصة المصرية",
            "ليه الدولار غلي؟", "😀", "وبعدين وبعدين وبعدين وبعدين وبعدين وبعدين وبعدين"}) {
            assertThat(followUp(s)).as(s).isFalse();
        }
    }

    @Test
    void moreAndItsKinPageOnWhileOtherFollowUpsAskAgain() {
        for (String s : new String[] {"المزيد", "كمان", "عايز المزيد", "more", "more please", "next"}) {
            assertThat(FollowUps.wantsMore(s, NOW)).as(s).isTrue();
        }
        for (String s : new String[] {"وبعدين؟", "ليه؟", "ومين المسؤول؟", "why?", "البورصة"}) {
            assertThat(FollowUps.wantsMore(s, NOW)).as(s).isFalse();
        }
    }

    @Test
    void aFollowUpAddsItsAspectWordsToTheTopic() {
        assertThat(FollowUps.aspects("ومين المسؤول؟")).isEqualTo("المسؤول");
        assertThat(FollowUps.aspects("وبعدين؟")).isEmpty();
        assertThat(FollowUps.aspects("who is responsible?")).isEqualTo("responsible");
    }

    @Test
    void eachOfTwoShortQuestionsAndTheNumberOfSomethingGoOnFromTheStory() {
        // two questions of three named words at most each, not six words together
        assertThat(FollowUps.addedWords("وشحال من قاصر تشدّو؟ وشمن مدينة فيها كثر الموقوفين؟", NOW)).hasValueSatisfying(
                added -> assertThat(added).contains("قاصر").contains("الموقوفين"));
        // "وعدد …" asks a count of the story, as "وكم …" does
        assertThat(FollowUps.addedWords("طب وعدد العاطلين بقى كام؟", NOW)).hasValueSatisfying(
                added -> assertThat(added).contains("العاطلين"));
        // one question naming four things is still a question of its own
        assertThat(FollowUps.addedWords("ومين فاز بالدوري الانجليزي الممتاز امبارح؟", NOW)).isEmpty();
    }

    @Test
    void whatHappenedWithHimPointsBack() {
        for (String s : new String[] {"ليش؟ شو صار معه؟", "شو صار معها؟", "ايه اللي حصل معاه؟"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
    }

    @Test
    void whichPlaceDayOrTeamOfTheStoryJustToldPointsBackAndKeepsTheKindAsked() {
        for (String s : new String[] {"بأي بلدة؟", "في أي مستشفى؟", "ومن انهي دولة؟", "وشمن مدينة؟", "وبأي مقاطعة؟", "which city?",
                "in which hospital?"}) {
            assertThat(followUp(s)).as(s).isTrue();
        }
        // the kind, and "which", so that the answer must name one
        assertThat(FollowUps.aspects("بأي بلدة؟")).isEqualTo("بأي بلدة");
        assertThat(FollowUps.aspects("وبأي مقاطعة؟")).isEqualTo("بأي مقاطعة");
        // a kind with a topic of its own, or "which" asked of something named, is a question
        for (String s : new String[] {"بأي تهمة اعتقل محمد رمضان؟", "في أي مدينة مهرجان تطوان؟", "أي فريق فاز بالدوري؟", "المدينة"}) {
            assertThat(followUp(s)).as(s).isFalse();
        }
    }
}
