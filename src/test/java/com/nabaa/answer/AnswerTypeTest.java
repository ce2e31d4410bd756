package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of answer a question asks for, from its question words in MSA, the dialects and English. */
class AnswerTypeTest {

    @Test
    void whoInEveryDialectAsksForAPerson() {
        assertThat(AnswerType.of("مين رئيس الوزرا الجديد؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("منو بطل الدوري الانجليزي هالموسم؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("شكون مارقا فالماتش؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("من هي أول امرأة تفوز بنوبل في الفيزياء؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("ومين المسؤول؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("اللي انمسكو ببرلين الهم علاقة بمين؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("Who replaced Rajoy as Spanish prime minister?")).isEqualTo(AnswerType.PERSON);
    }

    @Test
    void theNameOfTheOneWhoDidItAsksForAPersonAndTheNameOfAThingForAName() {
        assertThat(AnswerType.of("اسم اللي ضرب نار في تورنتو يوم الاحد ايه")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("ما اسم الذي فاز بالجائزة؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("شو اسم اول محطه نوويه عايمه بالعالم")).isEqualTo(AnswerType.NAME);
        // the Gulf's شسمها: ش + اسمها, "what is her name"
        assertThat(AnswerType.of("البنت البحرينية اللي تصلح سيارات بالمنامة شسمها؟")).isEqualTo(AnswerType.NAME);
        // names of several, and the Maghreb's سمية after "what"
        assertThat(AnswerType.of("أسامي الإرهابيين التسعة اللي اتقتلوا في كهف أسيوط ايه؟")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("ما أسماء الضحايا؟")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("شنو سمية الباطو الإنساني الجديد اللي خرج يدور قدام ليبيا؟")).isEqualTo(AnswerType.NAME);
        // Asma is a woman's name too
        assertThat(AnswerType.of("أسماء الأسد رجعت القصر؟")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.alsoAsked("كم عمرها وشسمها؟")).contains(AnswerType.NAME);
    }

    @Test
    void whichCountriesAsksWhereAndIsToldByTheCountriesNamed() {
        String asked = "الكويت منعت استيراد الطيور الحية من أي دول بالضبط؟";

        assertThat(AnswerType.of(asked)).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("من انهي دولة جاي؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerEvidence.holds(AnswerType.PLACE, "حظرت الكويت بشكل مؤقت استيراد جميع أنواع الطيور الحية من عدة دول شهدت ظهور أنفلونزا الطيور.", asked))
                .as("countries not named").isFalse();
        assertThat(AnswerEvidence.holds(AnswerType.PLACE, "وقالت الهيئة إن قرار الحظر ينطبق على الطيور القادمة من سويسرا وأيرلندا والمملكة المتحدة.", asked))
                .isTrue();
    }

    @Test
    void whichBeforeAKindOfActorAsksForAPerson() {
        assertThat(AnswerType.of("which james bond producer said 007 won't be played by a woman?")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("which company is being blamed for it?")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("انهي لاعب جاب الجون؟")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("أي مباراة حاولت النساء الإيرانيات حضورها؟")).as("its sides").isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("which film won the palme d'or?")).isEqualTo(AnswerType.NAME);
    }

    @Test
    void fromInsideAQuestionIsNoWho() {
        assertThat(AnswerType.of("ماذا طلب ترامب من كوريا الشمالية؟")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void howManyAndHowMuchAskForANumber() {
        assertThat(AnswerType.of("كم صاروخ اعترضت السعودية من اليمن؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("رونالدو راح يوفنتوس بكام؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("الحضري لعب للمنتخب قد ايه؟")).as("Egyptian how much, how long").isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("الاسعار زادت اد إيه؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("قد ايش")).as("not the Egyptian pair").isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("قديش سعر برميل النفط؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("اتوفى فعلا؟ وكان سنه كبير؟")).isEqualTo(AnswerType.NUMBER); // his age
        assertThat(AnswerType.of("عمرها قد ايه الفنانة؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("شو نسبة الأصوات اللي أخدها بوتين؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("What share of the vote did Sisi win?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("how many died in Lombok")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("how long is his contract?")).as("a duration").isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("how old was john mccain when he died?")).as("an age").isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("how far is the new capital from Cairo?")).isEqualTo(AnswerType.NUMBER);
    }

    @Test
    void theGulfsLebanonsAndTheMaghrebsHowMuchAskForANumber() {
        assertThat(AnswerType.of("شكثر طول القناة اللي بتحفرها السعودية؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("اديش صار سعر البنزين؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("بشحال ربح الوداد؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("شكد صار الدولار؟")).isEqualTo(AnswerType.NUMBER);
    }

    @Test
    void whyInEveryDialectAsksForACauseEvenBesideAPrice() {
        assertThat(AnswerType.of("ليش الارجنتين لغت الماتش؟")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("علاش خرج الفريق من الماتش؟")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("لماذا ارتفع سعر البنزين؟")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("Why is Twitter asking users to change passwords?")).isEqualTo(AnswerType.REASON);
    }

    @Test
    void theCauseAskedByNameIsAReasonUnlessAFigureIsAskedBesideIt() {
        assertThat(AnswerType.of("ما سبب وفاة الروائي الأمريكي فيليب روث؟")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("وايه السبب؟")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("what caused the blast?")).isEqualTo(AnswerType.REASON);
        // the age asked beside the cause is what a sentence can give
        assertThat(AnswerType.of("وش سبب الوفاة وكم عمره؟")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("ما سبب وفاة فالح عبد الجبار، وأين توفي؟")).isEqualTo(AnswerType.PLACE);
    }

    @Test
    void whichYearAsksForADateAndHowHighForAFigure() {
        assertThat(AnswerType.of("the soviet pilot they found alive - what year was he shot down"))
                .isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("في أي عام تأسس النادي؟")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("كان عنده كام سنة؟")).as("an age: a number of years").isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("airbus glider record, how high did it go")).isEqualTo(AnswerType.NUMBER);
    }

    @Test
    void whenAsksForADate() {
        assertThat(AnswerType.of("الكويت متى بتطبق ضريبة القيمة المضافة؟")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("امال فريد اتوفت امتى؟")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("إيمتى افتتحوا السفارة الأمريكية بالقدس؟")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("وقتاش يبدا رمضان؟")).isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of("When did Kofi Annan die?")).isEqualTo(AnswerType.DATE);
    }

    @Test
    void whereAsksForAPlace() {
        assertThat(AnswerType.of("وين تزوج الأمير هاري وميغان؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("فين اتقتل خاشقجي؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("أين توفيت مي سكاف؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("Where did Harry marry Meghan?")).isEqualTo(AnswerType.PLACE);
    }

    @Test
    void aScoreOutweighsTheHowManyThatAsksIt() {
        assertThat(AnswerType.of("قداش كانت النتيجة متاع تونس و انقلترا؟")).isEqualTo(AnswerType.RESULT);
        assertThat(AnswerType.of("Egypt Uruguay World Cup score")).isEqualTo(AnswerType.RESULT);
    }

    @Test
    void whatAndHowAskNothingToCheck() {
        assertThat(AnswerType.of("ماذا قال ماكرون أمام الكونغرس؟")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("انهيار جسر جنوى")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void whichFilmOrNovelAsksForATitle() {
        assertThat(AnswerType.of("which film did scarlett johansson drop out of after the backlash")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("أي رواية فازت بجائزة البوكر؟")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("انهي فيلم كسب في الجونة؟")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("which team won the league?")).as("a team is no title").isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("Milos Forman died - which Oscar-winning films did he direct?")).isEqualTo(AnswerType.NAME);
    }

    @Test
    void whichVillageOrCityAsksWhere() {
        assertThat(AnswerType.of("الحريقة اللي في الوادي الجديد مسكت في انهي قرية؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("which village got hit worst by the greece wildfires?")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("rwanda banned the call to prayer on loudspeakers in part of kigali - which district was it?"))
                .isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("القارب اللي انقلب أمس في ميزوري وغرق فيه 8 أشخاص، في أي بحيرة؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("which lake did the duck boat sink in?")).isEqualTo(AnswerType.PLACE);
    }

    @Test
    void inWhichStationOrHotelTypedJoinedAsksWhere() {
        assertThat(AnswerType.of("شو هالانفجار اللي صار مبارح بمترو لندن؟ بأي محطة؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("الحريق اللي صار امبارح بلندن، باي فندق كان؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("الطيارة كانت رايحة لأي مطار؟")).isEqualTo(AnswerType.PLACE);
    }
    @Test
    void aSecondQuestionWordAsksASecondThing() {
        assertThat(AnswerType.alsoAsked("ما اسم نجل البغدادي الذي أعلن داعش مقتله، وأين قُتل؟"))
                .containsExactly(AnswerType.NAME);
        assertThat(AnswerType.alsoAsked("الست اللى ماتت من الرمان الملوث كان عندها كام سنه؟ و الرمان ده كان مزروع فين"))
                .containsExactly(AnswerType.NUMBER);
        assertThat(AnswerType.alsoAsked("what is the name of the new minister and when was he appointed"))
                .containsExactly(AnswerType.NAME);
        assertThat(AnswerType.alsoAsked("عارضه البلاى بوى اللى لقوها متخنوقه اسمها ايه و عندها كام سنه"))
                .containsExactly(AnswerType.NAME);
    }

    @Test
    void oneThingAskedAsksNothingElse() {
        // a noun naming a figure, a name that is the topic, a "who" joining clauses, the score's own "how much"
        assertThat(AnswerType.alsoAsked("متى يرتفع سعر البنزين؟")).isEmpty();
        assertThat(AnswerType.alsoAsked("متى تم تغيير اسم الشارع؟")).isEmpty();
        assertThat(AnswerType.alsoAsked("the homeless guy who gave his last $20 is suing? how much did they raise")).isEmpty();
        assertThat(AnswerType.alsoAsked("How old was Koko, the gorilla that used sign language, when she died?")).isEmpty();
        assertThat(AnswerType.alsoAsked("كم النتيجة بين السعودية وروسيا بافتتاح المونديال؟")).isEmpty();
        assertThat(AnswerType.alsoAsked("ما اسم الذي فاز بالجائزة؟")).isEmpty();
    }

    @Test
    void whichCityIsAskedThoughTheTopicNamesAName() {
        assertThat(AnswerType.of("في أي مدينة فرنسية قرر قاض تغيير اسم طفل من جهاد إلى جاهد؟")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("شو اسم المدينة اللي صار فيها الحادث؟")).isEqualTo(AnswerType.NAME);
    }

    @Test
    void theNameSomeoneGoesByIsAskedAsAName() {
        assertThat(AnswerType.of("السياسي الهولندي اللي أسلم وجا الكويت، وش صارت كنيته؟")).isEqualTo(AnswerType.NAME);
    }

    @Test
    void andWhoOpeningAPartAfterACommaAsksAPersonToo() {
        assertThat(AnswerType.alsoAsked("ما الذي قررته نيوزيلندا بشأن شراء الأجانب للمنازل، ومن استثنى القرار؟"))
                .contains(AnswerType.PERSON);
        // "and from then on", "and among them": no one asked
        assertThat(AnswerType.alsoAsked("ما الذي قررته نيوزيلندا، ومن ثم ماذا حدث؟")).doesNotContain(AnswerType.PERSON);
        assertThat(AnswerType.alsoAsked("ما الذي قررته نيوزيلندا، ومن المتوقع أن يطبق متى؟")).doesNotContain(AnswerType.PERSON);
    }
}
