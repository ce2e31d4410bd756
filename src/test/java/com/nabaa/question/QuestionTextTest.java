package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link QuestionText}, through {@link #check} and {@link #checkLatest}. */
class QuestionTextTest {

    private static void check(String question, String content) {
        assertThat(QuestionText.stripFillers(question)).as(question).isEqualTo(content);
    }

    private static void checkLatest(String question, boolean latest) {
        assertThat(QuestionText.asksForLatest(question)).as(question).isEqualTo(latest);
    }

    @Test
    void theDialectLexiconsFillersAndPhrasesAskNothing() {
        check("ياخي عندك خبر عن مهرجان جرش هسا", "مهرجان جرش");
        check("في حد يعرف ويش صار للطيارة برضو", "صار للطيارة");
        check("حد عارف شلونه الدولار", "الدولار");
        check("الطفل السوري عندو كام سنه", "الطفل السوري سنه");
        check("الديربي كيفاش سالا؟ شي واحد عارف النتيجة", "الديربي سالا النتيجة");
        check("التضخم في مصر نزل لحد فين", "التضخم في مصر نزل");
        check("how long will the eclipse last", "will the eclipse last");
    }

    @Test
    void cameOutSayingAndThatTheyAskNothing() {
        check("مين رئيس وزرا استراليا اللي طلع يحكي انهن ممكن ينقلوا السفارة عالقدس؟",
                "رئيس وزرا استراليا ممكن ينقلوا السفارة عالقدس");
    }

    @Test
    void whichOnComingAndHasAskNothing() {
        check("الغزال اللى لاقوه فى امريكا كان فى انهى ولايه", "الغزال لاقوه فى امريكا كان فى ولايه");
        check("الراكب اللى كان عنده حصبه ع الطياره الكنديه كان جاى من", "الراكب كان حصبه الطياره الكنديه كان");
    }

    @Test
    void cameThePrayerForTheDeadAndWhatsTheStoryAskNothing() {
        check("شحال من سائح جا للمغرب ف 2017؟", "سائح للمغرب ف 2017");
        check("صدق محمد عبده توفى أخوه؟ وش اسمه الله يرحمه", "محمد عبده توفى أخوه اسمه");
        check("بيومي فؤاد هيرفع قضية على مين؟ وايه الحكاية", "بيومي فؤاد هيرفع قضية");
        check("هو لطفي لبيب جاله جلطة بجد؟", "لطفي لبيب جلطة");
        check("صدق ارامكو بترفع سعر البنزين اليوم؟ ولا مجرد اشاعة", "ارامكو بترفع سعر البنزين اليوم");
        check("البرلمان صدق على الاتفاقية", "البرلمان صدق على الاتفاقية");    // ratified, not "really?"
    }

    @Test
    void isItTrueAfterAFillerAndTheChangeAskedAskNothing() {
        check("هو صحيح الجمهور هيرجع يحضر ماتشات الدوري؟", "الجمهور هيرجع يحضر ماتشات الدوري");
        check("هل صحيح أن الحكومة رفعت الدعم؟", "الحكومة رفعت الدعم");
        // by how much it fell or rose: news writes its own verb (تراجع التضخم)
        check("كم نزل التضخم في الجزائر في يناير؟", "التضخم في الجزائر في يناير");
        check("قديش طلع الدولار اليوم؟", "الدولار اليوم");
        // "has reached how much": news writes بلغ or ارتفع إلى
        check("هو الدين المحلي بتاع مصر وصل لكام؟", "الدين المحلي مصر");
        check("الدين العام وصل لقديش؟", "الدين العام");
        // and as MSA asks it: بلغ names nothing, while وصل after كم stays (news writes it too)
        check("كم بلغ التضخم في تركيا في سبتمبر؟", "التضخم في تركيا في سبتمبر");
        check("إصدارات السندات بالمنطقة وصلت كم؟", "إصدارات السندات بالمنطقة وصلت");
        check("البيت المحروق اللي معروض للبيع في فانكوفر، بكم حاطين سعره؟", "البيت المحروق معروض للبيع في فانكوفر سعره");
        // "true" inside a question is a word
        check("مخطوطة صحيح البخاري في المزاد", "مخطوطة صحيح البخاري في المزاد");
    }

    @Test
    void whomTheyCallBeforeANicknameAsksNothing() {
        check("رياض الترك اللي بيسموه مانديلا سوريا وين صار؟", "رياض الترك مانديلا سوريا");
    }

    @Test
    void theLevantineProgressiveBeforeAVerbAsksNothingButAnUncleIsAWord() {
        check("فيديو شرطي البلدية اللي عم يصفع شب سوري", "فيديو شرطي البلدية يصفع شب سوري");
        check("ليش عم يرتفع الدولار", "يرتفع الدولار");
        check("عم الملك سلمان", "عم الملك سلمان");
    }

    @Test
    void msaQuestionWordsAreDropped() {
        check("ماذا قال ترامب عن بوتين؟", "قال ترامب بوتين");
        check("ما هي نتيجة مباراة الأهلي؟", "نتيجة مباراة الأهلي");
        check("متى تبدأ الانتخابات", "تبدأ الانتخابات");
        check("لماذا ارتفع الدولار", "ارتفع الدولار");
        check("بكم فاز بوتين في الانتخابات؟", "فاز بوتين في الانتخابات");
        check("شنو كانت نتيجة الكلاسيكو؟", "نتيجة الكلاسيكو");
        check("من فاز بجائزة مهرجان كان؟", "فاز بجائزة مهرجان كان");
        check("اذكر اسم شعبة تويوتا الفاخرة.", "اسم شعبة تويوتا الفاخرة");
        check("اشرح لي أزمة الليرة التركية", "أزمة الليرة التركية");
    }

    @Test
    void egyptianQuestionWordsAndFillersAreDropped() {
        check("ايه اللي حصل في قمة ترامب وبوتين؟", "قمة ترامب وبوتين");
        check("مين فاز في الماتش", "فاز في الماتش");
        check("عايز أعرف إزاي الدولار طلع", "الدولار طلع");
        check("ممكن تقولي الأهلي لعب امتى لو سمحت", "الأهلي لعب");
        check("التضخم في مصر عامل ايه الشهر ده؟", "التضخم في مصر الشهر");
        check("عامل النظافة اتصاب", "عامل النظافة اتصاب");
        check("احكيلي عن سد النهضة", "سد النهضة");
    }

    @Test
    void levantineAndGulfQuestionWordsAreDropped() {
        check("شو صار بلبنان", "بلبنان");
        check("شلون صار الوضع في ادلب", "الوضع في ادلب");
        check("ايش السالفة في اختفاء خاشقجي", "اختفاء خاشقجي");
        check("قديش عدد اللاجئين بلبنان", "عدد اللاجئين بلبنان");
        check("ليش صارت مظاهرات بالبصرة", "مظاهرات بالبصرة");
        check("ابي اعرف وش صار في الحج", "الحج");
        check("ليش سكرت البورصة", "سكرت البورصة");
        check("فتحوا الحدود بين الاردن وسوريا ولا لسا؟", "فتحوا الحدود بين الاردن وسوريا");
        check("عهد التميمي طلعت من الحبس ولا لسه؟", "عهد التميمي طلعت الحبس");
        check("شو القصة بالبرازيل امبارح؟ سمعت انو في متحف احترق", "بالبرازيل امبارح في متحف احترق");
        check("ايش صار في كابل اليوم؟ سمعت عن انفجار", "كابل اليوم انفجار");
        // "with whom", "do they have", "intending": they ask and name nothing
        check("اللي انمسكو ببرلين لأنهم كانوا ناويين يهاجموا الماراثون، الهم علاقة بمين؟",
                "انمسكو ببرلين لأنهم يهاجموا الماراثون علاقة");
        // the Gulf's possessive: "البيانات حقته" is his data
        check("الشاب اللي عرض بيانات الفيسبوك حقته للبيع", "الشاب عرض بيانات الفيسبوك للبيع");
        // and its "what is her name", شسمها (ش + اسمها), asks and names nothing
        check("البنت البحرينية اللي تصلح سيارات بالمنامة شسمها؟", "البنت البحرينية تصلح سيارات بالمنامة");
    }

    @Test
    void maghrebiQuestionWordsAreDropped() {
        check("شنوة صار في تونس؟", "تونس");
        check("واش صرا في الجزائر", "الجزائر");
        check("شكون ربح الانتخابات في البرازيل", "ربح الانتخابات في البرازيل");
        check("علاش تأجلت الانتخابات في ليبيا", "تأجلت الانتخابات في ليبيا");
        check("كيفاش وقع الهجوم في الأهواز", "الهجوم في الأهواز");
        check("آش وقع في الرباط", "الرباط");
        check("شحال ثمن البنزين في المغرب", "ثمن البنزين في المغرب");
        check("وقتاش تبدا كاس افريقيا", "تبدا كاس افريقيا");
        check("بغيت نعرف شنو السالفة ديال الحراكة", "الحراكة"); // ديال ("of") asks nothing either
        check("صح كاين الكوليرا فالدزاير؟ فاش من ولايات؟", "الكوليرا فالدزاير ولايات");
        // "will" and "now": the asking and its time, not the topic
        check("واش الحكومة غادي تزيد الضريبة", "الحكومة تزيد الضريبة");
        check("قداش سوم الحليب توا في تونس", "سوم الحليب في تونس");
        check("شحال ثمن الذهب دابا", "ثمن الذهب");
        check("شو رح يصير بالانتخابات هلق", "بالانتخابات");
        // because, really?, did, his, want, again, or: the asking, not the topic
        check("صج محل سمك بالكويت يحط عدسات للسمك عشان يبين طازج؟ وش سوو فيه", "محل سمك بالكويت يحط عدسات للسمك يبين طازج"); // فيه: "in it", asked of the shop
        check("قداش باش يغيب الخنيسي بالضربة متاعو", "يغيب الخنيسي بالضربة");
        check("تشابي الونسو عاوزين يسجنوه 5 سنين", "تشابي الونسو يسجنوه 5 سنين");
        check("مدوا الطوارئ تاني", "مدوا الطوارئ");
        check("سيارة مفخخة لو مخزن عتاد", "سيارة مفخخة مخزن عتاد");
    }

    @Test
    void askingHowManyPeopleOrHowMuchOrWhatHappenedAfterANounAreFillers() {
        check("كم واحد انقتل باطلاق النار اللي صار بكندا", "انقتل باطلاق النار بكندا");
        check("قديش واحد من الخوذ البيضاء طلعوهن", "الخوذ البيضاء طلعوهن");
        check("لمدة قد ايه", "لمدة");
        check("How old was Isao Takahata", "Isao Takahata");
    }

    @Test
    void anEgyptianHasBecomeHowMuchIsAFillerButRemainedIsAWord() {
        check("كيلو الطماطم بقى بكام", "كيلو الطماطم");
        check("كم بقي من الوقت على الانتخابات", "بقي الوقت على الانتخابات");
    }

    @Test
    void gulfAndIraqiQuestionWordsAreDropped() {
        check("منو فاز بالانتخابات العراقية؟", "فاز بالانتخابات العراقية");
        check("شصار في البصرة", "البصرة");
        check("شكد سعر الدولار في بغداد", "سعر الدولار في بغداد");
        check("إيش صار في اليمن؟", "اليمن");
        check("وش اللي صاير في جدة", "جدة");
    }

    @Test
    void aVerbOfHappeningAfterWhatWhyOrHowIsAFiller() {
        check("شو عم يصير بسوريا", "بسوريا");
        check("ماذا جرى في القنصلية", "القنصلية");
        check("وين صار الانفجار", "الانفجار");
        check("كيف صار الحادث", "الحادث");
    }

    @Test
    void aVerbOfHappeningElsewhereIsAWordOfTheTopic() {
        check("متى صار ميقاتي رئيسا للحكومة", "صار ميقاتي رئيسا للحكومة");
        check("مين صار رئيس البرازيل", "صار رئيس البرازيل");
        check("صار الدولار بكام", "صار الدولار");
        check("وقع ترامب على الاتفاق", "وقع ترامب على الاتفاق");
    }

    @Test
    void discourseFillersThatOpenAQuestionAreDropped() {
        check("طيب ومين المسؤول؟", "المسؤول");
        check("يعني ايه بريكست", "بريكست");
        check("بس ليه الدولار غلي", "الدولار غلي");
        check("اها وبعدين", "وبعدين");
        check("ok so who won", "won");
        check("طب، الأهلي خسر ليه؟", "الأهلي خسر");
        check("طب وبعدين", "وبعدين");
    }

    @Test
    void discourseFillersInsideAQuestionAreWords() {
        check("ماذا قال رجب طيب أردوغان", "قال رجب طيب أردوغان");
        check("ماذا يعني قرار ترامب", "يعني قرار ترامب");
        check("أردوغان طيب؟", "أردوغان طيب");
    }

    @Test
    void weakOpenerFollowedByAWordIsThatWordsOwn() {
        check("طب الأسنان في ألمانيا", "طب الأسنان في ألمانيا");
    }

    @Test
    void wordsThatAreFillersOnlyInAPhraseStayContentAlone() {
        check("متى صار ميقاتي رئيسا للحكومة", "صار ميقاتي رئيسا للحكومة");
        check("ما قصة الببغاء الذي فاز بالانتخابات", "قصة الببغاء الذي فاز بالانتخابات");
    }

    @Test
    void egyptianFutureAndProgressiveOfTheFramingVerbAreFillers() {
        check("امتى هيتم افتتاح المتحف الكبير", "افتتاح المتحف الكبير");
        check("ازاي بيتم اختيار المحافظين", "اختيار المحافظين");
    }

    @Test
    void englishQuestionWordsAndRequestsAreDropped() {
        check("What did Trump say about Putin?", "Trump say Putin");
        check("Tell me please, any news about Salah", "Salah");
        check("latest news on the Egyptian pound", "Egyptian pound");
    }

    @Test
    void hamzaSpellingsOfFillersAreFillers() {
        check("إيه أخبار زيلينسكي", "زيلينسكي");
        check("أين قمة العشرين", "قمة العشرين");
    }

    @Test
    void fillerWithAttachedWawIsAFiller() {
        check("ترامب ومين كمان", "ترامب كمان");
    }

    @Test
    void namesAndNumbersAreKeptInOrder() {
        check("كم عدد ضحايا زلزال 2023 في تركيا", "عدد ضحايا زلزال 2023 في تركيا");
    }

    @Test
    void asksForBreakingNewsAreFillersThatAskForTheNewest() {
        check("عاجل", "");
        check("الأخبار العاجلة عن غزة", "غزة");
        check("breaking news on Gaza", "Gaza");
        checkLatest("الأخبار العاجلة عن غزة", true);
    }

    @Test
    void punctuationOnlyQuestionIsEmpty() {
        check("؟؟ ايه؟", "");
    }

    @Test
    void latestNewsQuestionsAskForLatest() {
        checkLatest("آخر الأخبار", true);
        checkLatest("ايه الجديد في غزة", true);
        checkLatest("أحدث تصريحات السيسي", true);
        checkLatest("عاجل", true);
        checkLatest("اخبار مصر", true);
        checkLatest("ايه أخبار الطقس", true);
        checkLatest("ايه اللي بيحصل دلوقتي في السودان", true);
        checkLatest("ماذا يحدث الآن", true);
        checkLatest("سعر الدولار توا", true);
        checkLatest("سعر الذهب دابا في المغرب", true);
        checkLatest("latest on Gaza", true);
        checkLatest("breaking news", true);
        checkLatest("what's happening now", true);
    }

    @Test
    void aDialectOrEnglishWhatHappenedAsksWhatIsGoingOn() {
        for (String q : new String[] {"شنوة صار في تونس؟", "واش صرا في الجزائر", "ايه اللي حصل في السودان", "شصار بالبصرة",
            "وش اللي صاير في جدة", "شو عم يصير بسوريا", "what's happening in Gaza", "What happened to Khashoggi?"}) {
            assertThat(QuestionText.asksWhatHappened(q)).as(q).isTrue();
        }
    }

    @Test
    void msaWhatHappenedWhyAndBecameDoNotAskWhatIsGoingOn() {
        for (String q : new String[] {"ما الذي حدث للطاقم خلال الاختبار؟", "ماذا حدث في عام 1066", "ليش صارت مظاهرات بالبصرة",
            "متى صار ميقاتي رئيسا", "صار الدولار بكام", "who won the match"}) {
            assertThat(QuestionText.asksWhatHappened(q)).as(q).isFalse();
        }
    }

    @Test
    void aTopicAloneAsTypedIntoASearchBoxIsABareTopic() {
        assertThat(QuestionText.isBareTopic("ترامب")).isTrue();
        assertThat(QuestionText.isBareTopic("سد النهضة")).isTrue();
        assertThat(QuestionText.isBareTopic("الحوثيين الحديدة")).isTrue();
    }

    @Test
    void aQuestionOrALongerTextIsNotABareTopic() {
        assertThat(QuestionText.isBareTopic("مين ترامب")).isFalse();
        assertThat(QuestionText.isBareTopic("ترامب؟")).isFalse();
        assertThat(QuestionText.isBareTopic("زيارة ترامب إلى الرياض الشهر")).isFalse();
        assertThat(QuestionText.isBareTopic("  ")).isFalse();
        assertThat(QuestionText.isBareTopic("ايه")).as("a question word alone").isFalse();
        assertThat(QuestionText.isBareTopic("what")).isFalse();
    }

    @Test
    void plainQuestionsDoNotAskForLatest() {
        checkLatest("ماذا قال ترامب عن بوتين", false);
        checkLatest("آخر مرة فاز الأهلي بالدوري", false);
        checkLatest("who won the match yesterday", false);
        checkLatest("knowledge economy", false);
        checkLatest("ما هو سجل الأخبار الهندسية", false);
    }

    @Test
    void whichWithAPrepositionJoinedToItAsksNothing() {
        check("بأي تهمة اعتقلوا المدون؟", "تهمة اعتقلوا المدون");
        check("لأي سبب اتأجل الماتش", "سبب اتأجل الماتش");
    }

    @Test
    void exactlyAsTheLevantAndHurriedTypingWriteItAndWeHaveAskNothing() {
        check("العسكري اللي استشهد بطرابلس وين صار الاشتباك بالزبط؟", "العسكري استشهد بطرابلس الاشتباك");
        check("الحريق اللى فى لندن فين بلظبط", "الحريق فى لندن");
        check("وش اكثر وظيفة تقدموا عليها الناس عندنا بالسعودية", "اكثر وظيفة تقدموا عليها الناس بالسعودية");
    }
}
