package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectWordsTest {
    private static void check(String question, String expected) {
        assertThat(DialectWords.toNews(question)).isEqualTo(expected);
    }

    @Test
    void anEgyptianMatchQuestionIsSearchedWithTheWordsOfASportsReport() {
        check("نتيجة ماتش الأهلي والزمالك", "نتيجة مباراة الأهلي والزمالك");
        check("فيسبوك هيعرض متشات الدوري ببلاش", "فيسبوك هيعرض مباريات الدوري مجانا");
    }

    @Test
    void egyptsTookAndIssuedADecisionAreTheNewssVerbs() {
        check("مين اللي طلع قرار سحب الجنسية من الاخين اللي اخدوا الجنسية الاسرائيلية؟",
                "مين اللي أصدر قرار سحب الجنسية من الاخين اللي أخذوا الجنسية الاسرائيلية؟");
        check("طلع من المستشفى", "خرج من المستشفى");
    }

    @Test
    void theDialectsTeensAreTheNewssFigures() {
        // "the seventeen the prosecution arrested" (Gulf), "fifteen thousand" (Egyptian)
        check("السبعطعش اللي اوقفتهم النيابة", "17 اللي اوقفتهم النيابة");
        check("خمستاشر ألف", "15 ألف");
    }

    @Test
    void workWithTheArticleAndOnlyAreTheNewssWordsButOccupiedStays() {
        check("مين اللي دعت ببريطانيا للشغل 4 أيام بالأسبوع بس؟", "مين اللي دعت ببريطانيا للعمل 4 أيام بالأسبوع فقط؟");
        check("شغل منصب الوزير", "شغل منصب الوزير");
        check("القسيس اللى اتقتل فى الكنيسه", "القس اللى مقتل فى الكنيسه");
        // Maghrebi and Libyan cartouches: bullets
        check("ضربوه بالكرطوش قدام الدار", "ضربوه بالرصاص قدام الدار");
    }

    @Test
    void aVerbNegatedWithMaAndShIsTheNewssWordOfTheVerb() {
        // "the player who stayed in Spain and did not return with the team" (Maghrebi)
        check("اللاعبة اللي بقات فإسبانيا وما رجعاتش مع المنتخب", "اللاعبة اللي بقاء فإسبانيا وما عودة مع المنتخب");
        check("مارجعتش", "عودة");
        // a word that only ends in ش is left as typed
        check("حريق في مراكش", "حريق في مراكش");
    }

    @Test
    void foundDeadIsTheNewssFindingOfBodiesAndTwoHundredStaysAFigure() {
        check("اللاجئين اللي لقوهن ميتين بكرواتيا", "اللاجئين اللي العثور على جثث بكرواتيا");
        check("التذكرة بميتين جنيه", "التذكرة بميتين جنيه");
        check("كم واحد من الحراس انصاب بالكمين", "كم واحد من الحراس إصابة بالكمين");
    }

    @Test
    void theInternetAsReadersSayItIsTheNewssWord() {
        check("كانوا بيبيعوها على النت", "كانوا بيبيعوها على الإنترنت");
        check("الركاب اللي قاعدين جمب واحد عيان", "الركاب اللي قاعدين بجانب واحد عيان");
    }

    @Test
    void socialMediaAndBeingInsultedAreTheNewsWords() {
        check("لاعب انشتم عالسوشال ميديا", "لاعب شتائم التواصل");
        check("اتشتم على السوشيال ميديا", "شتائم على التواصل");
    }

    @Test
    void talkingInTheGulfAndIntendingInEveryDialectAreTheNewssVerbs() {
        check("الروبوت اللي سواه الباحث ويسولف عربي", "الروبوت اللي سواه الباحث يتحدث عربي");
        check("كان ناوي يعمل هجوم", "كان ينوي يعمل هجوم");
    }

    @Test
    void theDialectLexiconsVerbsAreSearchedAsTheNewsWritesThem() {
        check("اتخطف صحفي في بغداد", "اختطاف صحفي في بغداد");
        check("قتلوه ليه؟", "مقتل ليه؟");
        check("اتصاب كام واحد", "إصابة كام واحد");
    }

    @Test
    void theAfternoonAdditionsReadTheMaghrebsExplosionAndTheGulfsKids() {
        check("فين طرطقت القنبلة", "فين انفجار القنبلة");
        check("العيال اللي في الكهف", "أطفال اللي في الكهف");
        check("مين احسن فيلم", "مين أفضل فيلم");
    }

    @Test
    void anEgyptianCarAndBoyAndAGulfTyreAreTheNewsWordsButAValleyStaysAValley() {
        check("الواد اللي رقص جنب عربيته", "الشاب اللي رقص جنب سيارته");
        check("عادل امام كويس؟", "عادل امام بخير؟");
        check("طيارة نزلت بدون الكفرات", "طائرة نزلت بدون عجلات");
        check("سد واد زم", "سد واد زم");
    }

    @Test
    void theEgyptianTrainWithItsArticleIsTheNewsTrainButQatarStaysQatar() {
        check("القطر اللي خرج عن القضبان", "القطار اللي خرج عن القضبان");
        check("والقطر اتأخر", "القطار تأخير");
        check("قطر والسعودية", "قطر والسعودية");
    }

    @Test
    void anEgyptianBalconyAndPieceAreTheNewsWords() {
        check("العيل اللي وقع من البلكونة", "طفل اللي وقع من شرفة");
        check("حتة جبنة", "قطعة جبنة");
    }

    @Test
    void ordinalsTypedWithTaForThaAreSearchedAsTheNewsWritesThem() {
        check("كيتا فاز في الدور التاني", "كيتا فاز في الدور ثاني");
        check("الجولة التانية", "الجولة ثانية");
        check("اتنين ماتوا", "اثنين ماتوا");
    }

    @Test
    void anAttachedArticleOrConjunctionDoesNotHideTheDialectWord() {
        check("الماتش", "مباراة");
        check("والماتش", "مباراة");
        check("والحريقة", "حريق");
    }

    @Test
    void takingACupOrTheLeagueIsWinningIt() {
        check("الزمالك خد كاس مصر", "الزمالك فاز بكأس مصر");
        check("الهلال اخذ الدوري", "الهلال فاز بالدوري");
        check("صلاح خد جايزة احسن لاعب", "صلاح فاز بجائزة أفضل لاعب");
        check("خد صورة مع الكاس", "خد صورة مع الكاس");
    }

    @Test
    void takingTheNobelIsWinningItAndDrivingTheCarIsTheNewsWordsDriving() {
        check("مين أخد نوبل للسلام هالسنة؟", "مين فاز بنوبل للسلام هالسنة؟");
        check("متى بدت السعوديات يسوقون السيارة؟", "متى بدت السعوديات قيادة السيارة؟");
        check("الشركة بتسوق منتجاتها في الخليج", "الشركة بتسوق منتجاتها في الخليج");
    }

    @Test
    void bringingACoachIsSigningOne() {
        check("الاهلي جاب مدرب جديد", "الاهلي تعاقد مدرب جديد");
        check("جاب هدية لأمه", "جاب هدية لأمه");
    }

    @Test
    void maghrebiWordsOfTheMatchAndThePriceAreTheNewsWords() {
        check("البارصا ربحات", "برشلونة فازت");
        check("شكون مارقا", "شكون سجل");
        check("سوم البنزين", "سعر البنزين");
    }

    @Test
    void theMaghrebiInWrittenAsAnAttachedFIsLookedThroughAndAlgeriaIsAlgeria() {
        check("شحال دارت مارسيليا مع اتلتيكو فالفينال؟", "شحال دارت مارسيليا مع اتلتيكو نهائي؟");
        check("الكوليرا فالدزاير", "الكوليرا الجزائر");
        check("فالنسيا", "فالنسيا");
    }

    @Test
    void aPriceThatWentUpIsTheNewsWordsRise() {
        check("البنزين غلي", "البنزين ارتفاع");
    }

    @Test
    void theLevantineStartsIsTheNewsWordsStart() {
        check("مهرجان جرش امتى بيبلش", "مهرجان جرش امتى بدء");
    }

    @Test
    void aFallingCurrencyIsTheNewsWordsDecline() {
        check("ليش الليرة طايحة", "ليش الليرة تراجع");
        check("الليرة طايحه", "الليرة تراجع");
    }

    @Test
    void spellingIsComparedAfterNormalization() {
        check("اتاجل الامتحان", "تأجيل الامتحان");
        check("خناقه", "مشاجرة");
    }

    @Test
    void standardWordsAndNamesAreLeftAsTyped() {
        check("البنك المركزي يرفع الفائدة", "البنك المركزي يرفع الفائدة");
        check("Alexandria", "Alexandria");
    }

    @Test
    void dialectWordsThatAreAlsoStandardWordsWithAnotherMeaningAreLeftAsTyped() {
        check("قضايا الكسب غير المشروع", "قضايا الكسب غير المشروع");
        check("غلب الطابع السياسي", "غلب الطابع السياسي");
        check("سعر الدينار بالفلوس", "سعر الدينار بالفلوس");
    }

    @Test
    void egyptianGoldWithItsArticleIsGoldButDahabAloneIsTheTown() {
        check("سعر الدهب النهارده", "سعر الذهب النهارده");
        check("والدهب", "الذهب");
        check("فنادق دهب", "فنادق دهب");
    }

    @Test
    void aTwoWordDialectPhraseIsReplacedWholeButItsWordsAloneAreLeftAsTyped() {
        check("مين جاب جون مصر", "مين سجل هدف مصر");
        check("مين جاب الجول", "مين سجل الهدف");
        check("جون كيري", "جون كيري");
    }

    @Test
    void aDialectWordWithAnAttachedConjunctionIsFound() {
        check("واتأجل الامتحان", "تأجيل الامتحان");
    }

    @Test
    void aDialectWordWithAPrepositionAttachedIsFoundAndAPlaneComingDownLands() {
        check("وش صار لطيارة المنتخب وهي نازلة؟", "وش صار طائرة المنتخب وهي هبوط؟");
        check("نزلت بطيارة خاصة", "نزلت طائرة خاصة");
    }

    @Test
    void algerianKidsWrittenWithDhalAndAWellWithItsArticleAreTheNewsWords() {
        check("الذراري اللي طاحو فالبير", "أطفال اللي طاحو البئر");
        check("جان بير", "جان بير");
    }
    @Test
    void algerianThievesAndAlgeriaAndAMoroccanListAndPlaceAreTheNewsWords() {
        check("العجوزة اللي قتلوها الشفارة فالدزاير", "العجوزة اللي مقتل اللصوص الجزائر");
        check("اللي جا الأول فليستة فوربس", "اللي جا الأول قائمة فوربس");
        check("الحفلة اللي لغاوها وصلاو فالبلاصة", "الحفلة اللي إلغاء وصلاو المكان");
    }

    @Test
    void aWrongPenaltyAndABrokenNoseAreTheNewsWords() {
        check("ضربة جزا غلط", "ركلة جزاء خطأ");
        check("كسر مناخير مين", "كسر أنف مين");
    }

    @Test
    void aPlayerTheySuspendedIsTheNewsSuspension() {
        check("سليماني وقفوه شحال من ماتش", "سليماني إيقاف شحال من مباراة");
    }

    @Test
    void theMaghrebsDoctorsAreTheNewssDoctors() {
        check("الطبة فموريتانيا وقفو الإضراب", "الأطباء فموريتانيا وقفو الإضراب");
    }

    @Test
    void womensDrivingIsTheNewssWhateverTheWordForWomen() {
        check("تغطي سواقة الحريم بالرياض", "تغطي قيادة المرأة بالرياض");
        check("سواقة الستات", "قيادة المرأة");
        check("رخصة سواقة", "رخصة قيادة");
    }

    @Test
    void egyptianCurlyHairAndMockeryAreTheNewsWords() {
        // the و joined to the dialect word goes with it
        check("شعرها الكيرلي وتريقة الناس", "شعرها الأجعد سخرية الناس");
    }

    @Test
    void theMaghrebsAmericanAndBoatAreTheNewssWords() {
        check("داك المريكاني اللي شدوه", "داك أمريكي اللي اعتقال");
        check("الباطو اللي وقفاتو البحرية", "سفينة اللي وقفاتو البحرية");
        check("الدواعش لي تشدو فالمغرب", "الدواعش لي اعتقال فالمغرب");
    }

    @Test
    void theLevantsYoungManAndTheMaghrebsItalianAreTheNewssWords() {
        check("الشب اللي كان يعزف", "الشاب اللي كان يعزف");
        check("شكون هو الوزير الطلياني", "شكون هو الوزير الإيطالي");
        // شب alone is a fire's "broke out", news's own verb
        check("شب حريق في المصنع", "شب حريق في المصنع");
    }

    @Test
    void theOldBridgeReopenedAndABabyWithTwoFacesAreTheNewssWords() {
        check("الجسر العتيق بالموصل رجعو فتحوه", "الجسر القديم بالموصل رجعو افتتاح");
        check("البيبي اللي اتولد بوشين", "الرضيع اللي ولادة بوجهين");
        // فتحوا alone is the news's "opened fire" too
        check("فتحوا النار على المتظاهرين", "فتحوا النار على المتظاهرين");
    }
}
