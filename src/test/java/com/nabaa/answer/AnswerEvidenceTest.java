package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.text.NewsAnalyzers;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Whether a sentence holds the kind of thing a question asks for, beyond the question's own words. */
class AnswerEvidenceTest {

    private static boolean holds(AnswerType type, String sentence, String question) {
        return AnswerEvidence.holds(type, sentence, question);
    }

    @Test
    void whoScoredIsNotAnsweredByTheTeamsTheQuestionNamesNorByTheWordsAfterThem() {
        String q = "مين جاب جون فيورنتينا في بينيفينتو أول ماتش بعد وفاة أستوري؟";
        // the news's بينفينتو is the reader's بينيفينتو; محنة, after the team, names no one
        assertThat(holds(AnswerType.PERSON, "ضاعف فريق فيورنتينا محنة ضيفه بينفينتو وفاز عليه 1 - صفر يوم الأحد في أول مباراة"
                + " له منذ وفاة قائده دافيدي استوري.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "وسجل المدافع البرازيلي فيتور هوغو هدف الفوز لفيورنتينا في الدقيقة 25.", q)).isTrue();
        // a team's name right after its word still answers who won, and a team the question does not
        // name goes on to its player ("المنتخب الدنماركي… للاعبه يوسف بولسن")
        assertThat(holds(AnswerType.PERSON, "فاز فريق ميلان على ضيفه.", "مين فاز امبارح؟")).isTrue();
        assertThat(holds(AnswerType.PERSON, "ويدين المنتخب الدنماركي بالفضل في هذا الفوز للاعبه يوسف بولسن، الذي سجل هدف"
                + " المباراة الوحيد.", "مين جاب هدف الدنمارك على البيرو؟")).isTrue();
    }

    @Test
    void whoScoredIsNotAnsweredByTheTournamentTheMatchWasPlayedIn() {
        String q = "who scored switzerland's late winner against serbia? يسجل سويسرا هدف الفوز صربيا";
        assertThat(holds(AnswerType.PERSON, "قلبت سويسرا تأخرها بهدف إلى فوز قاتل بنتيحة 2-1 على صربيا، الجمعة، في ثاني"
                + " جولات المجموعة الخامسة من كأس العالم 2018 في روسيا.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "إلا أن غرانيت تشاكا تعادل بتسديدة صاروخية في الدقيقة 52، قبل أن يسجل شيردان"
                + " شاكيري في الدقيقة 89 من المباراة.", q)).isTrue();
    }

    @Test
    void aSpokesmanForAMinistryGivesNoName() {
        String q = "ألمانيا أقالت رئيسة مكتب الهجرة واللاجئين، شو اسمها؟";
        assertThat(holds(AnswerType.NAME, "أعلن متحدث باسم وزارة الداخلية الألمانية الجمعة أن الوزير أقال رئيسة المكتب"
                + " الاتحادي للهجرة واللاجئين.", q)).isFalse();
        assertThat(holds(AnswerType.NAME, "وقالت الناطقة باسم الحكومة إن القرار نهائي.", q)).isFalse();
        assertThat(holds(AnswerType.NAME, "وأطلقت الشرطة على العملية اسم \"الدرع الواقي\".", "شو اسم العملية؟")).isTrue();
    }

    @Test
    void aQuotedNameAfterAnOrganizationsWordNamesTheOrganizationNotTheBoatAsked() {
        String boat = "أعلنت منظمة \"سي ووتش\" الألمانية أن سفينة إنسانية جديدة في طريقها للقيام بدوريات قبالة ليبيا.";
        assertThat(holds(AnswerType.NAME, boat, "شنو سمية الباطو الإنساني الجديد اللي خرج يدور قدام ليبيا؟")).isFalse();
        assertThat(holds(AnswerType.NAME, boat, "شو اسم المنظمة الألمانية اللي بعتت سفينة لليبيا؟")).isTrue();
        assertThat(holds(AnswerType.NAME, "وتحمل السفينة اسم \"ماري جونيو\" وترفع العلم الإيطالي.",
                "شنو سمية الباطو الإنساني الجديد اللي خرج يدور قدام ليبيا؟")).isTrue();
    }

    @Test
    void inflationAskedIsTheYearlyRateNotTheChangeFromTheMonthBefore() {
        String q = "التضخم في تركيا وصل كم بالمية بسبتمبر؟";
        assertThat(holds(AnswerType.NUMBER, "ارتفع معدل التضخم في تركيا بـ6.3 في المئة على أساس شهري خلال سبتمبر الماضي.", q))
                .isFalse();
        assertThat(holds(AnswerType.NUMBER, "قفز معدل التضخم السنوي في تركيا إلى 24.52 في المئة في سبتمبر.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "ارتفع التضخم في تركيا بـ6.3 في المئة على أساس شهري خلال سبتمبر.",
                "كم ارتفع التضخم الشهري في تركيا في سبتمبر؟")).isTrue();
    }

    @Test
    void howLongSinceIsNoFigureUnlessATimeIsAsked() {
        String since = "سجّلت اليابان في يناير الماضي أول عجز في الميزان التجاري منذ 8 أشهر.";
        assertThat(holds(AnswerType.NUMBER, since, "كم بلغ العجز التجاري لليابان في يناير؟")).isFalse();
        assertThat(holds(AnswerType.NUMBER, "سجلت اليابان عجزا في الميزان التجاري بلغ 943 مليار ين.",
                "كم بلغ العجز التجاري لليابان في يناير؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, since, "منذ كم شهر لم تسجل اليابان عجزا تجاريا؟")).isTrue();
    }

    @Test
    void whoHoldsAnOfficeIsNotAnsweredByTheNameAnotherOfficeIntroducesNorByAnAdverb() {
        String q = "شكون وزير الداخلية الجديد فتونس اللي عطاه البرلمان الثقة؟";
        assertThat(holds(AnswerType.PERSON,
                "منح البرلمان الثقة لوزير الداخلية الجديد الذي عينه رئيس الحكومة مؤخرا وسط أزمة سياسية.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "منح البرلمان الثقة لوزير الداخلية الجديد الذي عينه رئيس الحكومة يوسف الشاهد.", q))
                .isFalse();
        assertThat(holds(AnswerType.PERSON, "منح البرلمان الثقة لوزير الداخلية الجديد هشام الفراتي.", q)).isTrue();
        // asked of the prime minister, the name his title introduces answers
        assertThat(holds(AnswerType.PERSON, "منح البرلمان الثقة للحكومة التي يرأسها رئيس الحكومة يوسف الشاهد.",
                "مين رئيس الحكومة التونسية؟")).isTrue();
    }

    @Test
    void whoIsNotAnsweredByWhatTheTitleHolderSaidNorByAnInstitutionsWords() {
        String q = "من هو الرئيس الجديد لبلاد الشمس الذي خلف سالم الواحي؟";
        // a verb of saying after the title, a council "in front of" which he spoke, his party's title
        assertThat(holds(AnswerType.PERSON, "لكن الرئيس الجديد ذكر بأن سالم الواحي سيستمر في قيادة البلاد.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "جاء ذلك في خطاب له أمام المجلس الوطني، وأنه سيبقى في منصبه.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "وسيكون سالم الواحي الوزير الأول للحزب الشيوعي في البلاد.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "انتخب البرلمان الرئيس الجديد كريم الساهر خلفا لسالم الواحي.", q)).isTrue();
        // "to the media" after the title and its country
        assertThat(holds(AnswerType.PERSON, "ومن المقرر أن يتم تقديم المدرب الجديد لبولندا لوسائل الإعلام في 23 يوليو.",
                "مين المدرب الجديد لمنتخب بولندا؟")).isFalse();
        // Cuba's adjective is a place, not a name
        assertThat(holds(AnswerType.PERSON, "وأعلن ذلك في خطاب أمام البرلمان الكوبي.", "من هو الرئيس الجديد لكوبا؟")).isFalse();
    }

    @Test
    void whereIsNotAnsweredByAWordJoinedToBaUnlessItIsAKnownPlace() {
        String q = "القنبلة اللي قتلت الأطفال امبارح فين انفجرت؟";
        assertThat(holds(AnswerType.PLACE, "أفادت مصالح الحماية المدنية بمقتل طفل وإصابة خمسة أطفال آخرين بجروح إثر انفجار قنبلة.", q))
                .isFalse();
        assertThat(holds(AnswerType.PLACE, "قتل طفل إثر انفجار قنبلة ببغداد.", q)).isTrue();
        assertThat(holds(AnswerType.PLACE, "قتل طفل إثر انفجار قنبلة في ولاية البويرة.", q)).isTrue();
    }

    @Test
    void aCauseAnswersWhyAndARestatedEventDoesNot() {
        String q = "ليش الارجنتين لغت الماتش الودي مع اسرائيل؟";
        assertThat(holds(AnswerType.REASON, "وألغت الأرجنتين المباراة بسبب التهديدات التي تلقاها لاعبوها.", q)).isTrue();
        assertThat(holds(AnswerType.REASON, "وانسحب الفريق احتجاجا على هتافات الجمهور.", q)).isTrue();
        assertThat(holds(AnswerType.REASON, "وكانت الأرجنتين قد قررت إلغاء المباراة الودية مع المنتخب الإسرائيلي.", q)).isFalse();
    }

    @Test
    void howSomeoneDiedIsAnsweredByWhatKilledThem() {
        String q = "الممثله الهنديه سريدفي ماتت ازاي في دبي";
        assertThat(AnswerType.of(q)).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("How did Anthony Bourdain die?")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("نيل سايمون اتوفى؟ مات من ايه وكان عندو كام سنه")).isEqualTo(AnswerType.REASON);
        assertThat(AnswerType.of("كم واحد مات في الحريق؟")).as("how many died").isEqualTo(AnswerType.NUMBER);
        assertThat(holds(AnswerType.REASON, "توفيت الممثلة الهندية سريديفي في دبي إثر أزمة قلبية.", q)).isTrue();
        assertThat(holds(AnswerType.REASON, "وعثر على بوردان منتحرا في غرفته بالفندق.", "How did Anthony Bourdain die?")).isTrue();
        assertThat(holds(AnswerType.REASON, "ونعى رئيس الوزراء الهندي الممثلة الراحلة على تويتر.", q)).isFalse();
        assertThat(holds(AnswerType.REASON, "وأغلقت الشرطة الطريق بعد حادث.", "ليش سكروا الطريق؟"))
                .as("an accident tells how someone died, not why a road closed").isFalse();
    }

    @Test
    void aSentenceOfBackgroundIsNoDirectAnswer() {
        String q = "شكثر النفط اللي بالحقل الجديد اللي لقوه في البحرين";
        assertThat(holds(AnswerType.NUMBER, "وكانت البحرين، قبل اكتشاف الحقل الجديد، تمتلك احتياطيا يقدر بنحو 125 مليون برميل.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ويذكر أن البحرين تمتلك احتياطيا يقدر بنحو 125 مليون برميل.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "وقدرت الحكومة كميات النفط في الحقل الجديد بأكثر من 80 مليار برميل.", q)).isTrue();
        // a word that only begins like كان is no background
        assertThat(holds(AnswerType.NUMBER, "كانساس تقدر كميات النفط في الحقل الجديد بنحو 80 مليار برميل.", q)).isTrue();
    }

    @Test
    void aFigureOfTheKilledDoesNotTellHowManyWereAboardOrMissing() {
        String killed = "أعلنت الشرطة مقتل 40 شخصا على الأقل وإصابة 23 آخرين في تحطم الطائرة.";
        assertThat(holds(AnswerType.NUMBER, killed, "كم راكب كان على الطائرة اللي تحطمت؟")).isFalse();
        assertThat(holds(AnswerType.NUMBER, killed, "كم واحد مات في تحطم الطائرة؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, killed, "كم عدد المصابين في تحطم الطائرة؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وقالت فرق الإنقاذ إنها انتشلت 18 راكبا منذ غرق العبارة.", "كم عدد المفقودين بعد غرق العبارة؟"))
                .isFalse();
        // a ceasefire's three days are no count of the dead
        String days = "أعلنت الأمم المتحدة أن أفغانستان سجلت أسوأ حصيلة للقتلى المدنيين في النصف الأول من 2018 رغم وقف لإطلاق النار لثلاثة أيام.";
        assertThat(holds(AnswerType.NUMBER, days, "كم بلغ عدد القتلى المدنيين في أفغانستان خلال النصف الأول من 2018؟")).isFalse();
        assertThat(holds(AnswerType.NUMBER, "قتل 1692 مدنيا في أفغانستان خلال النصف الأول من 2018.",
                "كم بلغ عدد القتلى المدنيين في أفغانستان خلال النصف الأول من 2018؟")).isTrue();
        // an age asked of a death is told in years
        assertThat(holds(AnswerType.NUMBER, "وفاة الكاتب أحمد سعيد عن عمر يناهز 93 عاما.", "احمد سعيد مات؟ كان عنده كام سنه")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "قضت المحكمة بسجن الصحفي الذي قتل زوجته 15 عاما.", "الصحفي اللي قتل زوجته كم سنة حكموا عليه")).isTrue();
        // the engineers kidnapped in the attack are no count of the oilfield's output
        String kidnapped = "قال مصدر إن حقل الشرارة سيخفض إنتاجه بعد هجوم تم خلاله اختطاف 4 مهندسين بمدينة أوباري.";
        assertThat(holds(AnswerType.NUMBER, kidnapped, "وكم صار إنتاج حقل الشرارة بعد الهجوم؟")).isFalse();
        assertThat(holds(AnswerType.NUMBER, kidnapped, "كم مهندس خطفوا في هجوم حقل الشرارة؟")).isTrue();
        // a figure no such word stands by may count anything asked
        assertThat(holds(AnswerType.NUMBER, "وأوضحت الشركة أن الطائرة تقل 71 شخصا بينهم أربعة من أفراد الطاقم.", "كم راكب كان على الطائرة؟"))
                .isTrue();
    }

    @Test
    void howLongIsAnsweredByADurationOrAYearNotByAnyFigure() {
        String q = "how long will the total lunar eclipse last tonight?";
        assertThat(holds(AnswerType.NUMBER, "سيتحرك القمر نحو ظل الأرض في أطول خسوف سيشهده القرن الحادي والعشرين.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ويستمر الخسوف الكلي ساعة و43 دقيقة.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "عين النادي هنري مدربا للفريق بعقد يمتد حتى عام 2021.", "how long is Henry's contract?"))
                .isTrue();
        assertThat(holds(AnswerType.NUMBER, "وحضر المؤتمر 300 صحفي.", "كم من الوقت استغرق المؤتمر؟")).isFalse();
        // a verb of taking after قديش asks a duration: three boys are no time
        String took = "فيلم 73 درجة العراقي قديش طوّلوا تيخلصوه؟";
        assertThat(holds(AnswerType.NUMBER, "يروي الفيلم قصة 3 صبية من العراق ولدوا داخل وطن تنهشه الحروب.", took)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "واستغرق تصوير الفيلم سبع سنوات بسبب الحرب.", took)).isTrue();
    }

    @Test
    void aRunoffAskedIsNotToldByTheFirstRoundsHeadline() {
        assertThat(AnswerEvidence.asksRunoff("من فاز في جولة الإعادة للانتخابات الرئاسية البرازيلية")).isTrue();
        assertThat(AnswerEvidence.asksRunoff("شو صار بالجولة الثانية من انتخابات البرازيل؟")).isTrue();
        assertThat(AnswerEvidence.asksRunoff("Did Bolsonaro win the Brazil runoff?")).isTrue();
        assertThat(AnswerEvidence.asksRunoff("من فاز في انتخابات البرازيل؟")).isFalse();

        assertThat(AnswerEvidence.namesFirstRoundOnly("جائير بولسونارو يفوز بالجولة الأولى في انتخابات الرئاسة بالبرازيل")).isTrue();
        assertThat(AnswerEvidence.namesFirstRoundOnly("البرازيل تتجه إلى جولة الإعادة بعد تقدم بولسونارو في الجولة الأولى")).isFalse();
        assertThat(AnswerEvidence.namesFirstRoundOnly("بولسونارو رئيسا للبرازيل")).isFalse();
    }

    @Test
    void theDayOfTheAnnouncementIsNoDateOfWhatIsToCome() {
        String told = "أعلنت اليوم مجموعة فوتسي راسل انضمام السوق المالية السعودية إلى مؤشرها للأسواق الناشئة.";
        assertThat(holds(AnswerType.DATE, told, "متى ستنضم السوق السعودية إلى مؤشر فوتسي راسل؟")).isFalse();
        assertThat(holds(AnswerType.DATE, told, "متى انضمت السوق السعودية إلى مؤشر فوتسي راسل؟")).isTrue();
        assertThat(holds(AnswerType.DATE, "وسيبدأ الانضمام على مراحل اعتبارا من مارس 2019.", "متى ستنضم السوق السعودية للمؤشر؟"))
                .isTrue();
        // the dialects' future verb before "when"
        assertThat(holds(AnswerType.DATE, told, "السوق السعودية هتنضم امتى لمؤشر فوتسي راسل؟")).isFalse();
    }

    @Test
    void aPlaceNamedByWhoseItIsSaysNotWhere() {
        String q = "kangaroo attacked a woman in her own house in australia?? where was this";
        assertThat(holds(AnswerType.PLACE, "امرأة أسترالية تعرضت لهجوم من كنغر كانت تأويه في منزلها.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "تعرضت امرأة لهجوم من كنغر في كوينزلاند.", q)).isTrue();
        assertThat(holds(AnswerType.PLACE, "وقع الحادث في بنها شمال القاهرة.", "وين وقع الحادث؟")).isTrue();
    }

    @Test
    void whatYearIsAnsweredOnlyByAYear() {
        String told = "تم العثور على طيار حربي روسي على قيد الحياة بعد قرابة ثلاثين عاما على فقدانه، بحسب ما أعلن الثلاثاء.";
        assertThat(holds(AnswerType.DATE, told, "the soviet pilot they found alive - what year was he shot down")).isFalse();
        assertThat(holds(AnswerType.DATE, told, "في أي سنة أسقطت طائرة الطيار الروسي؟")).isFalse();
        assertThat(holds(AnswerType.DATE, "وأسقطت طائرته عام 1987 خلال الاجتياح السوفياتي لأفغانستان.",
                "the soviet pilot they found alive - what year was he shot down")).isTrue();
        assertThat(holds(AnswerType.DATE, told, "متى أعلن العثور على الطيار الروسي؟")).isTrue();
    }

    @Test
    void anAgeBesideANameAnswersHowOldButNotHowLong() {
        String sentence = "أعلن الحارس الدولي المصري المخضرم عصام الحضري (45 عاما) اعتزال اللعب دوليا مع منتخب بلاده.";
        assertThat(holds(AnswerType.NUMBER, sentence, "الحضري لعب للمنتخب قد ايه؟")).isFalse();
        assertThat(holds(AnswerType.NUMBER, sentence, "عمر الحضري كام سنة؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "ولعب الحضري للمنتخب 22 عاما.", "الحضري لعب للمنتخب قد ايه؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, sentence.replace("بلاده.", "بلاده في بيان رسمي الاثنين."),
                "الحضري لعب للمنتخب قد ايه؟")).as("Monday is no count of two").isFalse();
        assertThat(holds(AnswerType.NUMBER, "وقتل اثنين من الحراس.", "كم حارس قتل؟")).isTrue();
    }

    @Test
    void aNameGivenAsOneAnswersWhatItIsCalled() {
        String q = "شو اسم اول محطه نوويه عايمه بالعالم اللي طلعتها روسيا";
        assertThat(AnswerType.of(q)).isEqualTo(AnswerType.NAME);
        assertThat(holds(AnswerType.NAME, "وانطلقت المحطة \"أكاديميك لومونوسوف\" في رحلتها الأولى.", q)).isTrue();
        assertThat(holds(AnswerType.NAME, "وأطلق عليها اسم أكاديميك لومونوسوف.", q)).isTrue();
        assertThat(holds(AnswerType.NAME, "قدمت روسيا السبت أول محطة نووية عائمة في العالم.", q)).isFalse();
    }

    @Test
    void aNameTheQuestionAlreadyGivesIsNoNameGiven() {
        String q = "what's the name of the gunman in the Trebes supermarket hostage attack مسلح تريب";
        assertThat(holds(AnswerType.NAME, "ووقع الهجوم في بلدة \"تريب\" جنوب غربي فرنسا.", q)).isFalse();
        assertThat(holds(AnswerType.NAME, "وقالت الشرطة إن المسلح \"رضوان لقديم\" قتل في بلدة \"تريب\".", q)).isTrue();
        assertThat(holds(AnswerType.NAME, "واحتجز المسلح الرهائن في متجر يحمل اسم تريب.", q)).isFalse();
    }

    @Test
    void anOutletQuotedAsTheSourceIsNoNameGiven() {
        String q = "ما الاسم الذي أطلقه العلماء على الكويكب الذي سقط في بوتسوانا؟";
        assertThat(AnswerType.of(q)).isEqualTo(AnswerType.NAME);
        assertThat(holds(AnswerType.NAME, "ورصد الفيديو، الذي نشره موقع \"gizmodo\" التقني، الكويكب وهو يضرب أرضا خالية.", q))
                .isFalse();
        assertThat(holds(AnswerType.NAME, "وأطلق العلماء على الكويكب اسم \"2018 LA\" بعد رصده.", q)).isTrue();
    }

    @Test
    void theQuestionsCitysCountryIsNoNewPlace() {
        String q = "فادي البطش اللي طخوه بكوالالمبور، لوين كان رايح وقتها؟";
        assertThat(holds(AnswerType.PLACE, "كشفت حماس أن العالم فادي البطش، والذي قتل في العاصمة الماليزية، كوالالمبور، كان ابنا من أبنائها.",
                q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "قتل البطش وهو في طريقه إلى مسجد في حي سيتاباك لأداء صلاة الفجر.", q)).isTrue();
    }

    @Test
    void aJourneysEndIsAPlace() {
        String q = "الطيارة السعودية نزلت اضطراري بمطار القاهرة وين؟";
        assertThat(holds(AnswerType.PLACE, "هبطت طائرة سعودية اضطراريا في مطار القاهرة الدولي أثناء رحلة لها من جدة إلى تونس.",
                q)).isTrue();
        assertThat(holds(AnswerType.PLACE, "هبطت طائرة سعودية اضطراريا في مطار القاهرة الدولي إلى حين إصلاحها.", q)).isFalse();
    }

    @Test
    void whatSomeoneSaidIsNoNameGivenInQuotes() {
        assertThat(holds(AnswerType.NAME, "وأضاف: \"عند محاصرة الجاني من الجهات الأمنية، أثناء محاولته الفرار باستخدام"
                + " دورية المرور، ترجل منها وبحيازته السلاح\".", "والجاني مسكوه؟ وش اسمه؟")).isFalse();
        assertThat(holds(AnswerType.NAME, "وأوقفت الشرطة المتهم \"أبو علي\" في منزله.", "والجاني مسكوه؟ وش اسمه؟"))
                .isTrue();
    }

    @Test
    void aFigureAnswersHowMany() {
        String q = "كم قتيل في زلزال لومبوك؟";
        assertThat(holds(AnswerType.NUMBER, "وقتل في الزلزال 100 شخص على الأقل.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وقتل في الزلزال ١٠٠ شخص على الأقل.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وأسفر الزلزال عن مقتل ثلاثة أشخاص.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وتبرع بمبلغ ملياري دولار.", "بكم تبرع جيف بيزوس؟")).isTrue();
    }

    @Test
    void aSentenceRestatingHowManyWithoutAFigureDoesNotAnswer() {
        assertThat(holds(AnswerType.NUMBER, "أكد مصدر أن قوات الدفاع الجوي السعودية اعترضت صاروخا استهدف الرياض.",
                "كم صاروخ اعترضت السعودية من اليمن؟")).isFalse();
    }

    @Test
    void anEventAfterInIsNoPlace() {
        String q = "وين صار اطلاق النار اللي قتل اسرائيليين بالضفة اليوم؟";
        assertThat(holds(AnswerType.PLACE, "قتل إسرائيليان وتعرض ثالث لإصابة خطيرة، الأحد، في حادث إطلاق نار بمنطقة صناعية"
                + " مجاورة لمستوطنة في الضفة الغربية المحتلة، حسبما أعلن الجيش الإسرائيلي.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "وقع الهجوم في المنطقة الصناعية بركان قرب مستوطنة أرييل.", q)).isTrue();
    }

    @Test
    void aNumberedLabelIsNoFigure() {
        String q = "قديش مساحه المنطقه البحريه المتنازع عليها بين لبنان واسرائيل";
        assertThat(holds(AnswerType.NUMBER, "ويحوي الامتياز رقم 9 منطقة بحرية تطالب كل من إسرائيل ولبنان بالسيادة عليها.", q))
                .isFalse();
        assertThat(holds(AnswerType.NUMBER, "وتبلغ مساحة المنطقة المتنازع عليها نحو 860 كيلومترا مربعا.", q)).isTrue();
    }

    @Test
    void aVaguePluralIsNoFigure() {
        assertThat(holds(AnswerType.NUMBER, "شكل اختراق ملايين الحسابات على فيسبوك مصدر قلق.",
                "كم حساب فيسبوك تم اختراقه؟")).isFalse();
    }

    @Test
    void theQuestionsOwnNumbersAndAYearAreNoAnswerToHowMany() {
        assertThat(holds(AnswerType.NUMBER, "فازت أول امرأة منذ 55 عاما بالجائزة.", "كم امرأة فازت منذ 55 عاما؟"))
                .isFalse();
        assertThat(holds(AnswerType.NUMBER, "وزار الأقصر عدد كبير من السياح في 2018.", "كم سائح زار الأقصر؟"))
                .isFalse();
    }

    @Test
    void thePersonTheQuestionNamesIsNoNewNameForWho() {
        String q = "شكون المدرب الجديد ديال المنتخب التونسي من بعد معلول";
        assertThat(holds(AnswerType.PERSON, "مدرب المنتخب التونسي، نبيل معلول، يسعى لإقناع اللاعب.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "عين الاتحاد التونسي المدرب فوزي البنزرتي خلفا لمعلول.", q)).isTrue();
    }

    @Test
    void aDateIsNoAnswerToHowManyButACountBesideItIs() {
        String q = "كم لاعب يشاركون في بطولة البلوت؟";
        assertThat(holds(AnswerType.NUMBER, "وانطلقت البطولة الأربعاء وتستمر حتى يوم 27 أكتوبر/تشرين الأول.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "وتستمر البطولة حتى 27 تشرين الأول.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "انطلقت البطولة في أكتوبر 2018.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ويشارك 20480 لاعبا في البطولة حتى 27 أكتوبر.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وشارك 27 لاعبا في البطولة.", q)).isTrue();
    }

    @Test
    void aYearAMonthAWeekdayOrYesterdayAnswersWhen() {
        String q = "متى توفي كوفي عنان؟";
        assertThat(holds(AnswerType.DATE, "توفي كوفي عنان يوم السبت في سويسرا.", q)).isTrue();
        assertThat(holds(AnswerType.DATE, "توفي كوفي عنان في أغسطس.", q)).isTrue();
        assertThat(holds(AnswerType.DATE, "توفي كوفي عنان في 18 آب/أغسطس 2018.", q)).isTrue();
        assertThat(holds(AnswerType.DATE, "أعلنت مصادر وفاة كوفي عنان أمس.", q)).isTrue();
        assertThat(holds(AnswerType.DATE, "أعلنت مصادر وفاة كوفي عنان في تشرين الأول.", q)).isTrue();
    }

    @Test
    void anAgeIsNoDate() {
        assertThat(holds(AnswerType.DATE, "أعلنت مصادر ديبلوماسية وفاة كوفي عنان عن عمر يناهز 80 عاما.",
                "متى توفي كوفي عنان؟")).isFalse();
    }

    @Test
    void aTitleIntroducingANameAnswersWho() {
        String q = "مين صار رئيس الحكومة بالأردن بعد ما استقال الملقي؟";
        assertThat(holds(AnswerType.PERSON, "كلف العاهل الأردني، الملك عبدالله الثاني، عمر الرزاز بتشكيل حكومة جديدة.",
                q)).isTrue();
        assertThat(holds(AnswerType.PERSON, "فاز المرشح اليميني المتشدد جائير بولسونارو بالجولة الأولى.",
                "من تصدر الجولة الأولى من انتخابات الرئاسة في البرازيل؟")).isTrue();
        assertThat(holds(AnswerType.PERSON, "توج المنتخب الفرنسي بكأس العالم.", "مين كسب كاس العالم؟")).isTrue();
    }

    @Test
    void aSentenceNamingNoOneDoesNotAnswerWho() {
        assertThat(holds(AnswerType.PERSON,
                "فوز أول امرأة منذ 55 عاما بجائزة نوبل للفيزياء عام 2018، لتصبح ثالث امرأة تحصل عليها.",
                "من هي أول امرأة تفوز بنوبل في الفيزياء منذ 55 عاما؟")).isFalse();
        assertThat(holds(AnswerType.PERSON,
                "وزع الاتحاد الدولي لكرة القدم (فيفا) الجوائز الشخصية على اللاعبين الأفضل في المونديال.",
                "من فاز بجائزة أفضل لاعب في كأس العالم 2018؟")).isFalse();
    }

    @Test
    void theQuestionsOwnTitleAndNameAreNoAnswer() {
        assertThat(holds(AnswerType.PERSON, "وصل رئيس الوزراء الجديد إلى القاهرة.", "مين رئيس الوزراء الجديد في القاهرة؟")).isFalse();
    }

    @Test
    void anOfficesWordsAndAPlacesAdjectiveAreNoNameButANameBeforeTheRoleGivenIs() {
        String q = "مين صار وزير الداخلية الجديد بالأردن بتعديل حكومة الملقي؟";
        assertThat(holds(AnswerType.PERSON, "أجرى رئيس الوزراء الأردني، هاني الملقي، الأحد، تعديلا في حكومته شمل تسعة وزراء"
                + " وشهد تعيين وزير جديد للداخلية واستحداث منصبي نائبي رئيس الوزراء، بحسب بيان صادر عن الديوان الملكي.", q))
                .isFalse();
        assertThat(holds(AnswerType.PERSON, "وعين سمير المبيضين وزيرا للداخلية.", q)).isTrue();
        assertThat(holds(AnswerType.PERSON, "حجب البرلمان الثقة عن رئيس الحكومة ماريانو راخوي بعد حملة خاضها ضده"
                + " الاشتراكي بيدرو سانشيز الذي اختير ليشغل المنصب.", "من رئيس وزراء إسبانيا الجديد بعد حجب الثقة عن راخوي؟"))
                .isTrue();
    }

    @Test
    void aTitleAndItsNisbaNameNoOneBeforeAWordWithTheArticle() {
        String q = "منو السعودية اللي فازت بالسيارة في مباراة البرازيل والأرجنتين؟";
        assertThat(holds(AnswerType.PERSON, "خطفت سيدة سعودية الأنظار خلال مباراة البرازيل والأرجنتين بعد أن فازت بسيارة"
                + " مقدمة من الهيئة العامة للرياضة.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "فقد قامت الكاميرا برصد ردة فعل السيدة منيرة الزهراني بعد أن علمت بفوزها"
                + " بالسيارة.", q)).isTrue();
        assertThat(holds(AnswerType.PERSON, "وقال المدرب الفرنسي ديدييه ديشامب إن فريقه استحق الفوز.", "مين مدرب فرنسا؟"))
                .isTrue();
    }

    @Test
    void whichVillageIsAnsweredByAVillagesName() {
        String q = "الحريقة اللي في الوادي الجديد مسكت في انهي قرية؟";
        assertThat(holds(AnswerType.PLACE, "ونقلت وكالة أنباء الشرق الأوسط الرسمية المصرية، عن محافظ الوادي الجديد، محمد"
                + " الزملوط، أن سبعة من رجال الإطفاء أصيبوا خلال عملية إخماد الحريق الذي اندلع مساء الجمعة.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "اندلع حريق ضخم في قرية الراشدة بمركز الداخلة.", q)).isTrue();
    }

    @Test
    void whichStationIsAnsweredByAStationsNameNotByAStationOfTheMetro() {
        String q = "شو هالانفجار اللي صار مبارح بمترو لندن؟ بأي محطة؟";
        assertThat(holds(AnswerType.PLACE, "قالت الشرطة البريطانية إن من غير المرجح أن يكون للإرهاب صلة بالانفجار الذي وقع"
                + " في محطة لمترو الأنفاق في شمال لندن.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "وذكرت الشرطة أن عددا قليلا من الناس تلقى علاجا بعد انفجار بسيط في محطة"
                + " ساوثغيت لمترو الأنفاق.", q)).isTrue();
    }

    @Test
    void aPlaceNameAnswersWhere() {
        String q = "وين تزوج الأمير هاري وميغان؟";
        assertThat(holds(AnswerType.PLACE, "وتزوج الأمير هاري من ميغان ماركل السبت في قصر ويندسور.", q)).isTrue();
        assertThat(holds(AnswerType.PLACE, "توفيت الممثلة في باريس.", "وين ماتت مي سكاف؟")).isTrue();
        assertThat(holds(AnswerType.PLACE, "وتزوج الأمير هاري من ميغان في حفل مهيب.", q)).isTrue();
    }

    @Test
    void anAgeAfterInIsNoPlace() {
        assertThat(holds(AnswerType.PLACE, "رحلت الممثلة في التاسعة والأربعين من العمر.", "وين ماتت مي سكاف؟")).isFalse();
    }

    @Test
    void onBehalfOfOrWithThisIsNoPlace() {
        String q = "هو الجيش الليبي مسك هشام عشماوي بجد؟ مسكوه فين؟";
        assertThat(holds(AnswerType.PLACE, "بهذه الكلمة وصف العميد أحمد المسماري، المتحدث باسم الجيش الليبي، نبأ القبض"
                + " على الإرهابي هشام عشماوي.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "وألقي القبض على عشماوي بدرنة شرقي ليبيا.", q)).isTrue();
    }

    @Test
    void aDateOrAFigureAfterInIsNoPlace() {
        assertThat(holds(AnswerType.PLACE, "وتزوج الأمير هاري من ميغان في مايو الماضي.", "وين تزوج الأمير هاري وميغان؟"))
                .isFalse();
    }

    @Test
    void aScoreAnswersAResultQuestion() {
        assertThat(holds(AnswerType.RESULT, "فازت مصر على أوروغواي 1-0 في كأس العالم.", "Egypt Uruguay score")).isTrue();
        assertThat(holds(AnswerType.RESULT, "تقدمت إنكلترا بهدف في الدقيقة الخامسة قبل أن تعادل كرواتيا في الدقيقة 68.",
                "England Croatia result")).isFalse();
    }

    @Test
    void anyCoveringSentenceAnswersWhatOrWhy() {
        assertThat(holds(AnswerType.OTHER, "استقال زيدان بعد الفوز باللقب.", "علاش زيدان استقال؟")).isTrue();
    }

    @Test
    void aWhichOfANounIsAnsweredByASentenceNamingOne() {
        // the Maghreb's "in which festival was it?": a sentence praising her names no festival
        String q = "جميلة بوحيرد كرموها فمصر؟ فاش من مهرجان كانت؟";
        Function<String, List<String>> analysis = t -> NewsAnalyzers.terms(NewsAnalyzers.arabic(), "text_ar", t);
        assertThat(AnswerEvidence.namesWhich("وقالت رئيسة المجلس القومي للمرأة إن جميلة بوحيرد صاحبة تاريخ حافل بالتضحية.", q,
                analysis)).isFalse();
        assertThat(AnswerEvidence.namesWhich("كرم مهرجان أسوان الدولي لسينما المرأة المناضلة الجزائرية جميلة بوحيرد.", q,
                analysis)).isTrue();
        assertThat(AnswerEvidence.namesWhich("كرمت مصر جميلة بوحيرد.", "جميلة بوحيرد كرموها فمصر؟", analysis)).isTrue();
        // the dialects' طيارة is the news's طائرة, in any of its forms
        assertThat(AnswerEvidence.namesWhich("وستتوفر الخدمة في طائرات بوينغ 777 الجديدة.", "النوافذ الافتراضية بأي طيارة بالضبط؟",
                analysis)).isTrue();
        // "in which settlement?": a settler (مستوطنا) is no settlement, the settlement's name is
        String settlement = "عملية الطعن قرب رام الله، بأي مستوطنة صارت؟";
        assertThat(AnswerEvidence.namesWhich("مقتل فلسطيني بالرصاص بعدما طعن مستوطنا وأصاب اثنين آخرين بالقرب من مدينة رام الله.",
                settlement, analysis)).isFalse();
        assertThat(AnswerEvidence.namesWhich("طعن فلسطيني مستوطنا عند مدخل مستوطنة آدم قرب رام الله.", settlement, analysis)).isTrue();
        // "which club did he go to": the club he left, spoken of again, names none; the one he joined does
        String club = "زلاتان ابراهموفيتش راح انهي نادي بعد مانشستر يونايتيد";
        assertThat(AnswerEvidence.namesWhich("سيرحل زلاتان عن مانشستر يونايتد، بعد أن فسخ النادي المنافس في الدوري الانجليزي عقد المهاجم.",
                club, analysis)).isFalse();
        assertThat(AnswerEvidence.namesWhich("أعلن نادي لوس أنجلس غالاكسي الأمريكي تعاقده مع زلاتان.", club, analysis)).isTrue();
        assertThat(AnswerEvidence.namesWhich("انتقل زلاتان إلى النادي الأمريكي بعد مانشستر.", club, analysis)).isTrue();
        // cities counted are none named, unless the list follows
        String cities = "الفيفا رفع الحظر عن ملاعب العراق؟ بأي مدن؟";
        assertThat(AnswerEvidence.namesWhich("أكد الفيفا رفع الحظر عن ملاعب العراق في ثلاث مدن، بعد حظر دام لأعوام.", cities, analysis))
                .isFalse();
        assertThat(AnswerEvidence.namesWhich("أكد الفيفا رفع الحظر عن ملاعب العراق في ثلاث مدن هي البصرة وكربلاء وأربيل.", cities, analysis))
                .isTrue();
        assertThat(AnswerEvidence.namesWhich("أكد الفيفا رفع الحظر عن ملاعب العراق في ثلاث مدن، من بينها البصرة.", cities, analysis))
                .isTrue();
        assertThat(AnswerType.whichNoun(AnswerEvidence.words("في أي مهرجان كرموها؟"))).contains("مهرجان");
        // "which one" names no kind of thing
        assertThat(AnswerType.whichNoun(AnswerEvidence.words("أي واحد فيهم فاز؟"))).isEmpty();
        // the Maghreb's "what happened", Egyptian "what is it that…": no which
        assertThat(AnswerType.whichNoun(AnswerEvidence.words("اش صار مع الوداد؟"))).isEmpty();
        assertThat(AnswerType.whichNoun(AnswerEvidence.words("اي اللي حصل في المباراة؟"))).isEmpty();
        assertThat(AnswerType.whichNoun(AnswerEvidence.words("اش من فريق ربح؟"))).contains("فريق");
    }

    @Test
    void aSentenceAboutAnotherMonthDoesNotAnswerAQuestionNamingOne() {
        String q = "كم بلغ التضخم السنوي في مدن مصر في يونيو؟";
        assertThat(holds(AnswerType.NUMBER, "تراجع التضخم السنوي بالمدن المصرية إلى 11.4 % في مايو/أيار من 13.1 % في أبريل.",
                q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ارتفع التضخم السنوي في المدن المصرية إلى 14.4 % في يونيو من 11.4 % في مايو.",
                q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "ارتفع التضخم السنوي في المدن المصرية إلى 14.4 %.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "بلغ التضخم 14.4 % في حزيران.", "كم بلغ التضخم في يونيو؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "بلغ التضخم 14.4 % في كانون الثاني.", "كم بلغ التضخم في كانون الأول؟"))
                .isFalse();
    }

    @Test
    void attachedWordsAreReadWithoutTheirPrefixes() {
        assertThat(AnswerEvidence.forms("والرئيس")).contains("الرئيس", "رئيس");
        assertThat(AnswerEvidence.forms("بالمدينة")).contains("مدينة");
        assertThat(AnswerEvidence.forms("للفيزياء")).contains("فيزياء");
    }

    @Test
    void aSemiFinalDoesNotAnswerForTheFinal() {
        String q = "Who won the 2018 World Cup final? فاز كأس العالم النهائي";
        assertThat(holds(AnswerType.OTHER, "المنتخب الفرنسي يفوز على أوروغواي ويتأهل إلى نصف النهائي من كأس العالم.", q))
                .isFalse();
        assertThat(holds(AnswerType.OTHER, "فرنسا تفوز على كرواتيا في النهائي وتتوج بكأس العالم.", q)).isTrue();
        assertThat(holds(AnswerType.OTHER, "فرنسا تفوز على كرواتيا في النهائي بعد أن تخطت بلجيكا في نصف النهائي.", q))
                .isTrue();
    }

    @Test
    void aWinThatSetsUpTheFinalOrTheFinalToComeIsNoAnswerForIt() {
        String q = "مين كسب نهائي بطولة ميامي المفتوحة للتنس؟";
        assertThat(AnswerEvidence.namesOtherRound("فاز الألماني زفيريف على كارينيو بوستا 7-6 و6-2 ليضرب موعدا مع إيسنر في نهائي بطولة ميامي المفتوحة للتنس.", q))
                .isTrue();
        assertThat(AnswerEvidence.namesOtherRound("سيواجه إيسنر زفيريف في نهائي بطولة ميامي المفتوحة للتنس مساء الأحد.", q)).isTrue();
        assertThat(AnswerEvidence.namesOtherRound("فاز إيسنر على زفيريف 6-7 و6-4 و6-4 في نهائي بطولة ميامي المفتوحة للتنس.", q)).isFalse();
    }

    @Test
    void theSemiFinalAnswersWhoReachedTheFinal() {
        assertThat(AnswerEvidence.namesOtherRound("فازت كرواتيا على إنجلترا في نصف النهائي وتواجه فرنسا.",
                "مين اتأهل للنهائي انجلترا ولا كرواتيا؟")).isFalse();
    }

    @Test
    void theCandidatesListDoesNotSayWhoWon() {
        String q = "FIFA The Best awards 2018 winner فيفا أفضل جائزة 2018 فوز";
        assertThat(holds(AnswerType.OTHER,
                "نشر الفيفا لائحة المرشحين العشرة لجائزة أفضل لاعب في العالم لعام 2018، بينهم مودريتش وصلاح.", q)).isFalse();
        assertThat(holds(AnswerType.OTHER, "فاز لوكا مودريتش بجائزة أفضل لاعب في العالم لعام 2018.", q)).isTrue();
        // One candidate named may be the winner; a question about the list is answered by it.
        assertThat(AnswerEvidence.namesCandidates("فاز المرشح المعارض بالانتخابات الرئاسية.", "من فاز بالانتخابات؟"))
                .isFalse();
        assertThat(AnswerEvidence.namesCandidates("ضمت قائمة المرشحين محمد صلاح.", "صلاح في قايمة الكورة الدهبية؟"))
                .isFalse();
    }

    @Test
    void aSentenceRankingOnlyOtherwiseDoesNotAnswerAboutTheSecondOrThird() {
        String second = "ما الشركة التي أصبحت ثاني شركة في العالم تتجاوز قيمتها السوقية تريليون دولار؟";
        assertThat(holds(AnswerType.OTHER, "أصبحت شركة أبل أول شركة عامة تتجاوز قيمتها السوقية تريليون دولار.", second)).isFalse();
        assertThat(holds(AnswerType.OTHER, "وأصبحت أمازون الثانية بعد أبل في تجاوز تريليون دولار.", second)).isTrue();
        assertThat(holds(AnswerType.OTHER, "وتجاوزت قيمة أمازون السوقية تريليون دولار.", second)).as("no rank named").isTrue();
        assertThat(holds(AnswerType.OTHER, "فاز بولسونارو بالجولة الأولى من الانتخابات.", "Did Bolsonaro win the second round?"))
                .isFalse();
        // the first is asked everywhere in news ("لأول مرة"): a question about it is left alone
        assertThat(holds(AnswerType.OTHER, "وحلت في المركز الثاني.", "من أول شركة تجاوزت تريليون دولار؟")).isTrue();
    }

    @Test
    void aSentenceWeighingWhoMayWinDoesNotAnswerWhoWon() {
        String q = "مين فاز بالكرة الذهبية؟";
        assertThat(holds(AnswerType.PERSON, "قال المهاجم الفرنسي أنطوان غريزمان إنه لا ينشغل بتتويجه المحتمل بجائزة الكرة الذهبية.", q))
                .isFalse();
        assertThat(holds(AnswerType.PERSON, "ويأمل اللاعب الكرواتي لوكا مودريتش في الفوز بالكرة الذهبية.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "وتوج اللاعب الكرواتي لوكا مودريتش بالكرة الذهبية.", q)).isTrue();
    }

    @Test
    void aCountOfTimeIsAnsweredInTheUnitAsked() {
        String q = "كم يوما تستغرق زيارة الرئيس الإريتري إلى إثيوبيا";
        assertThat(holds(AnswerType.NUMBER, "يزور الرئيس الإريتري إثيوبيا للمرة الأولى منذ حرب اندلعت قبل 20 عاما.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ويبدأ الرئيس الإريتري زيارة تستمر ثلاثة أيام.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "ووصل الرئيس في زيارة تستمر 3 أيام.", "how many days will the visit last")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وقتل في الزلزال 100 شخص قبل يومين.", "كم قتيل في زلزال لومبوك؟"))
                .as("no unit of time asked").isTrue();
    }

    @Test
    void inBeforeAVerbalNounIsNoPlace() {
        String q = "وين وقعوا اتفاقية الازدواج الضريبي بين الامارات والسعودية";
        assertThat(holds(AnswerType.PLACE, "وأضاف أن الاتفاقية تسهم في تنويع مصادر الدخل القومي.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "وتأتي الاتفاقية في إطار التعاون وتسهم في المشاركة والاستثمار.", q)).isFalse();
        assertThat(holds(AnswerType.PLACE, "ووقعت الاتفاقية في جدة.", q)).isTrue();
        assertThat(AnswerEvidence.isVerbalNoun("الاجتماع")).isTrue();
        assertThat(AnswerEvidence.isVerbalNoun("القاهرة")).isFalse();
    }

    @Test
    void oneOfAKindIsNoCount() {
        String q = "كم رحلة انلغت امبارح بمطار امستردام بسبب انقطاع الكهربا؟";
        assertThat(holds(AnswerType.NUMBER, "أحدث انقطاع للتيار الكهربائي فوضى في مطار أمستردام، والذي يعتبر واحد من أكثر"
                + " المطارات نشاطا بأوروبا.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "ألغيت 30 رحلة في مطار أمستردام، واحد من أكثر المطارات نشاطا.", q)).isTrue();
    }

    @Test
    void aTransferOrASaleAskedForHowMuchAsksItsPrice() {
        assertThat(AnswerEvidence.asksPrice("اندرو نابوت انتقل لاوراوا الياباني بكام؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("بكم بيعت مكتبة رئيس اتحاد الأدباء؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("وش قيمة الصفقة؟ كم دفع النصر؟")).isTrue();
        assertThat(AnswerEvidence.givesPrice("وعاش نبوت (25 عاماً) فترة رائعة مع نيوكاسل قبل انتقاله إلى أوراوا.", false))
                .isFalse();
        // a sum named as a value is money, though its currency is misspelt
        assertThat(AnswerEvidence.givesPrice("توقيع اتفاقية الاستحواذ على أصول الشركة الصربية بقيمة 150 مليون يورور.", false))
                .isTrue();
        assertThat(AnswerEvidence.givesPrice("وتبلغ قيمة الأصول أكثر من نصف إنتاج الشركة.", false)).isFalse();
        // a score asked is no price
        assertThat(AnswerEvidence.asksPrice("الاهلي كسب بكام؟")).isFalse();
    }

    @Test
    void aFeeABailOrWhatSomethingCostsAskedForHowMuchAsksASum() {
        assertThat(AnswerEvidence.asksPrice("تأشيرة العشر سنوات للمستثمرين بالامارات كم رسومها؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("سحب عربيات تويوتا الهايبرد هيكلف الشركة كام؟")).isTrue();
        // the Egyptian "will cost" with its reflexive ت
        assertThat(AnswerEvidence.asksPrice("اللوحات الرقميه الجديده فى دبى هتتكلف كام على صاحب العربيه؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("كم الكفالة اللي دفعها؟")).isTrue();
        // what the sum is for may be a change ("لخفض"): the sum is still asked; a change asked is a share
        assertThat(AnswerEvidence.asksPrice("كم تبلغ الكلفة المقدرة لخفض سن التعليم الإلزامي في فرنسا؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("بكم زادت أسعار الوقود؟")).isFalse();
        // "what is the fine", "what's the price": a sum; not "what is the deal"
        assertThat(AnswerEvidence.asksPrice("ما الغرامة التي يفرضها قانون نيوزيلندا الجديد على الأجنبي؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("شو سعر التذكرة؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("ما الصفقة التي أعلنها النادي؟")).isFalse();
        // drawings are no fee, and a fee named without "how much" asks nothing of a sum
        assertThat(AnswerEvidence.asksPrice("شو قصة الرسوم المسيئة؟")).isFalse();
    }

    @Test
    void reachingAnAgreementIsAnOutcomeAndDeliveringIsNot() {
        assertThat(AnswerEvidence.asksOutcome("ما التفسير الذي توصل إليه علماء بريطانيون للغز مثلث برمودا؟")).isTrue();
        assertThat(AnswerEvidence.asksOutcome("شو توصلوا بالاجتماع؟")).isTrue();
        assertThat(AnswerEvidence.asksOutcome("كاريدج كم طلب توصّل باليوم بالكويت؟")).isFalse();
    }

    @Test
    void whoIsNotAnsweredByTheVerbAfterATitleAndItsNationality() {
        String q = "مين الكاتب السعودي اللي انتقد كثرة المساجد؟";
        assertThat(holds(AnswerType.PERSON, "كاتب سعودي يواجه التحقيق بعد تعليقات انتقد فيها كثرة المساجد.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "واستهدف الكاتب السعودي محمد السحيمي في انتقاده كثرة المساجد.", q)).isTrue();
    }

    @Test
    void whoOfATitleAndANationalityIsAnsweredBySomeoneOfThatCountry() {
        String q = "مين الممثل التركي اللي كرموه بحفل بياف ببيروت؟";
        // the festival bears another actor's name; the prime minister who sponsored it is Lebanese
        assertThat(holds(AnswerType.PERSON, "احتفلت بيروت بحفل بياف برعاية رئيس الوزراء اللبناني سعد الحريري، "
                + "والذي حمل اسم الممثل عمر الشريف.", q)).isFalse();
        assertThat(holds(AnswerType.PERSON, "وكرم الحفل الممثل المصري عمر الشريف والممثل التركي خالد أرغش.", q)).isTrue();
        assertThat(holds(AnswerType.PERSON, "أول المكرمين كان الممثل التركي خالد أرغش.", q)).isTrue();
        assertThat(holds(AnswerType.PERSON, "أول المكرمين كان خالد أرغش من تركيا وقدمه الممثل بديع أبو شقرا.", q))
                .as("a sentence naming Turkey names its actor after no title").isTrue();
    }

    @Test
    void theNameBeforeTheRelativeThatGivesTheRoleAnswersWho() {
        assertThat(holds(AnswerType.PERSON, "كشف الرئيس التركي رجب أردوغان عن حكومته الجديدة، أحدهم صهره بيرات البيرق "
                + "الذي عيّن وزيرا للمالية.", "من عين أردوغان وزيرا للمالية في حكومته الجديدة")).isTrue();
    }

    @Test
    void aTimeIsToldByAFigureAMonthADayOrAUnitOfTimeButNotByTheQuestionsOwnFigure() {
        assertThat(AnswerEvidence.givesTime("يعود صناع فيلم هجولة 2 بجزء ثان يحمل الطابع نفسه.", "هجولة 2 متى بينزل؟")).isFalse();
        assertThat(AnswerEvidence.givesTime("ينزل الفيلم إلى الصالات في أبريل.", "هجولة 2 متى بينزل؟")).isTrue();
        assertThat(AnswerEvidence.givesTime("ينزل الفيلم إلى الصالات الخميس.", "هجولة 2 متى بينزل؟")).isTrue();
        assertThat(AnswerEvidence.givesTime("ينزل الفيلم إلى الصالات بعد أسبوعين.", "هجولة 2 متى بينزل؟")).isTrue();
        assertThat(AnswerEvidence.givesTime("بني المعبد في القرن الثالث.", "متى بني المعبد؟")).isTrue();
        // an encyclopaedia tells when by what happens then
        assertThat(AnswerEvidence.givesTime("يحدث الكسوف عندما يكون القمر بين الأرض والشمس.", "متى يحدث الكسوف؟")).isTrue();
        assertThat(AnswerEvidence.givesTime("وبعد نجاح الجزء الأول يعود صناع العمل بجزء ثان.", "متى بينزل الجزء الثاني؟"))
                .as("بعد is in almost every story").isFalse();
    }

    @Test
    void aFigureIsWithheldWhenTheStorySaysItWasNotGivenNotBySourceKeepingItsName() {
        assertThat(AnswerEvidence.withheldFigures("ولم تكشف الشركة عن حجم حصتها في ديزر أو عدد الأسهم التي استحوذت عليها."))
                .containsExactly("حصتها", "الاسهم");
        assertThat(AnswerEvidence.withheldFigures("ولم يتم الإعلان عن قيمة الصفقة.")).containsExactly("الصفقه");
        assertThat(AnswerEvidence.withheldFigures("وقال مسؤول لم يكشف عن اسمه إن عدد القتلى بلغ 12.")).isEmpty();
        assertThat(AnswerEvidence.withheldFigures("وبلغت قيمة الصفقة مليار ريال.")).isEmpty();
    }
    @Test
    void howManyOfAThingIsNotAnsweredByTheAgesOfThoseWhoTakePart() {
        String q = "أولمبياد اللغة الإنجليزية اللي بالأردن، قديش فريق مشارك فيه هالسنة؟";
        assertThat(holds(AnswerType.NUMBER, "وهي مسابقة عالمية للطلاب الذين تترواح أعمارهم ما بين 11 - 16 عاماً.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "الفرق المشاركة لهذا العام تتكون من 65 فريقاً.", q)).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وهي مسابقة عالمية للطلاب الذين تترواح أعمارهم ما بين 11 - 16 عاماً.",
                "كم أعمار الطلاب المشاركين في أولمبياد اللغة الإنجليزية؟")).as("ages asked").isTrue();
    }

    @Test
    void aPercentageCountsNoPeopleAsked() {
        String q = "حريق مخازن صناديق الانتخابات ببغداد، قديش واحد وقفوا؟";
        assertThat(holds(AnswerType.NUMBER, "وأتى الحريق على أكبر مخازن صناديق الاقتراع في الرصافة والتي تمثل نحو60 بالمئة من أصوات الناخبين.", q))
                .isFalse();
        assertThat(holds(AnswerType.NUMBER, "وتمثل المخازن 60 في المئة من صناديق بغداد.", q)).isFalse();
        assertThat(holds(AnswerType.NUMBER, "وأعلنت الشرطة توقيف 4 أشخاص على خلفية الحريق.", q)).isTrue();
        // a share or a rise asked is told as a percentage
        assertThat(holds(AnswerType.NUMBER, "وسجلت الصين ارتفاعا بنسبة 14 في المئة في الإصابات بالفيروس.",
                "بأي نسبة ارتفعت الإصابات بالفيروس في الصين؟")).isTrue();
        assertThat(holds(AnswerType.NUMBER, "وتزيد معدلات الإصابة بالمرض بين من يتناولن اللحوم المصنعة بنحو 9 بالمئة.",
                "بكم تزيد معدلات الإصابة بالمرض عند من يأكلن اللحوم المصنعة؟")).isTrue();
    }

    @Test
    void aPersonAskedByWhatTheyAreIsNotAParty() {
        String sentence = "قتل 12 شخصا على الأقل في تفجير انتحاري استهدف تجمعا لحزب سياسي مناهض لطالبان في مدينة بيشاور.";
        assertThat(holds(AnswerType.PERSON, sentence, "مين السياسي اللي اتقتل في تفجير بيشاور امبارح؟")).isFalse();
        assertThat(holds(AnswerType.PERSON, "وقتل في التفجير السياسي هارون بيلور مرشح حزب عوامي الوطني.",
                "مين السياسي اللي اتقتل في تفجير بيشاور امبارح؟")).isTrue();
        // who, without saying what: a party may be the answer
        assertThat(holds(AnswerType.PERSON, "وفاز حزب العدالة والتنمية بأغلبية المقاعد.", "مين اللي فاز بالانتخابات؟")).isTrue();
    }

    @Test
    void whichTownAskedInEnglishIsNotAnsweredByTheCountry() {
        String q = "tajik imams spent mosque donations fixing up a lenin statue, which town was this in";
        assertThat(holds(AnswerType.of(q), "وأفادت تقارير بأن أئمة عدد من المساجد في طاجكستان أنفقوا أموال تبرعات على ترميم تمثال لينين.", q))
                .isFalse();
        assertThat(holds(AnswerType.of(q), "وأوضح تقرير أن أئمة مساجد في مدينة شهرتوس أنفقوا أموال التبرعات على ترميم التمثال.", q))
                .isTrue();
    }

    @Test
    void theEndOfAMonthAskedIsWhenThatMonthEnds() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.of(2018, 10, 20, 12, 0, 0, 0, java.time.ZoneId.of("Asia/Amman"));
        assertThat(AnswerEvidence.monthEndAsked("كم بلغ احتياطي الأردن بنهاية أغسطس 2018؟", now))
                .contains(java.time.ZonedDateTime.of(2018, 9, 1, 0, 0, 0, 0, java.time.ZoneId.of("Asia/Amman")).toInstant());
        // without a year, the last such month that has ended: December is last year's
        assertThat(AnswerEvidence.monthEndAsked("كم كان الدين في نهاية شهر ديسمبر؟", now))
                .contains(java.time.ZonedDateTime.of(2018, 1, 1, 0, 0, 0, 0, java.time.ZoneId.of("Asia/Amman")).toInstant());
        assertThat(AnswerEvidence.monthEndAsked("كم بلغ الدين بنهاية كانون الثاني 2018؟", now))
                .contains(java.time.ZonedDateTime.of(2018, 2, 1, 0, 0, 0, 0, java.time.ZoneId.of("Asia/Amman")).toInstant());
        // a month still running, or no month at all, sets no end
        assertThat(AnswerEvidence.monthEndAsked("كم سيبلغ الدين بنهاية أكتوبر 2018؟", now)).isEmpty();
        assertThat(AnswerEvidence.monthEndAsked("كم بلغ الدين في نهاية الموسم؟", now)).isEmpty();
    }

    @Test
    void theEndOfAYearAskedIsWhenThatYearEnds() {
        java.time.ZoneId aden = java.time.ZoneId.of("Asia/Aden");
        java.time.ZonedDateTime january = java.time.ZonedDateTime.of(2019, 1, 10, 12, 0, 0, 0, aden);
        assertThat(AnswerEvidence.monthEndAsked("كم بلغ عدد الوفيات بالدفتيريا في اليمن بنهاية عام 2018؟", january))
                .contains(java.time.ZonedDateTime.of(2019, 1, 1, 0, 0, 0, 0, aden).toInstant());
        assertThat(AnswerEvidence.monthEndAsked("كم وصل الدين في نهاية 2017؟", january))
                .contains(java.time.ZonedDateTime.of(2018, 1, 1, 0, 0, 0, 0, aden).toInstant());
        // asked before that year has ended: a plan or a forecast for its end, not a figure to be told later
        assertThat(AnswerEvidence.monthEndAsked("كم سيبلغ الدين بنهاية عام 2019؟", january)).isEmpty();
    }

    @Test
    void aFigureRightBeforeAWordIsACountOfIt() {
        assertThat(AnswerEvidence.countsWord("وقتلت 4 من المهاجمين، فيما فر الباقون.", w -> w.equals("المهاجمين"))).isTrue();
        assertThat(AnswerEvidence.countsWord("فيما قتلت القوات أربعة مسلحين", w -> w.equals("مسلحين"))).isTrue();
        // a year before a word counts nothing, nor a figure further away
        assertThat(AnswerEvidence.countsWord("منذ 2013 المهاجمين", w -> w.equals("المهاجمين"))).isFalse();
        assertThat(AnswerEvidence.countsWord("قتلت القوات 4 في الهجوم على المهاجمين", w -> w.equals("المهاجمين"))).isFalse();
    }

    @Test
    void theQuantityAHowMuchReachedAsksOfIsTheWordAfterTheVerb() {
        assertThat(AnswerEvidence.measureAsked("كم بلغ فائض تجارة الصين مع أمريكا في سبتمبر؟")).contains("فاءض");
        assertThat(AnswerEvidence.measureAsked("كم صار التضخم عندنا في الإمارات؟")).contains("التضخم");
        assertThat(AnswerEvidence.measureAsked("كم بلغ حجم الطلبات على الصكوك؟")).as("a measure's word").isEmpty();
        assertThat(AnswerEvidence.measureAsked("اوكلاهوما ضد اتلانتا كم كانت النتيجة؟")).as("a score").isEmpty();
        assertThat(AnswerEvidence.measureAsked("كم كان عمره لما مات؟")).as("an age is told in years").isEmpty();
        assertThat(AnswerEvidence.measureAsked("حنا مينه توفى؟ قديش كان عمرو")).isEmpty();
        // a quake's strength is told "بقوة 6.2 درجة" or "زلزال قوي… 6.2 درجات": a magnitude, not a word to find
        assertThat(AnswerEvidence.measureAsked("الزلزال اللي ضرب امبارح قبالة سواحل اليمن كم كانت قوته؟")).isEmpty();
        assertThat(AnswerEvidence.measureAsked("كم كانت شدة الهزة؟")).isEmpty();
        assertThat(AnswerEvidence.measureAsked("كم كانت حصيلة الضحايا؟")).isEmpty();
        assertThat(AnswerEvidence.measureAsked("كم سعر الدولار النهارده؟")).as("no verb of reaching").isEmpty();
    }

    @Test
    void aCountOfANisbaIsAnsweredByTheSentenceThatCountsItNotByAnotherNumber() {
        String asked = "كام مدنى اعدمتهم القوات المالى فى السوق";

        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "قالت بعثة الأمم المتحدة إن قوات مالية أعدمت 12 مدنيا ردا على مقتل أحد الجنود.", asked))
                .isTrue();
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "وقالت البعثة إنها فتحت تحقيقا بعدما ذكرت تقارير أن جنودا ماليين من قوة المهام "
                + "المشتركة لمجموعة دول الساحل الخمس- التي تضم أيضا النيجر وتشاد وبوركينا فاسو وموريتانيا- قتلوا مدنيين عقب مقتل أحد الجنود.", asked))
                .as("the five states are no count of civilians").isFalse();
    }

    @Test
    void aCountOfAThingIsAnsweredByTheSentenceThatCountsIt() {
        String asked = "كم اتفاقية وقعوا مع الصحراء؟";

        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "وقعت الواحة والصحراء عقدين بقيمة 1,6 مليار دولار، واتفاقية لإقامة سوق ضخم.", asked))
                .as("two contracts and a billion dollars count no agreements").isFalse();
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "وقعت الواحة والصحراء 13 اتفاقية ومذكرة تفاهم.", asked)).isTrue();
        assertThat(AnswerEvidence.holds(AnswerType.NUMBER, "عرض المتحف 100 ألف لوحة.", "كام لوحة عرضوا؟")).isTrue();
        assertThat(AnswerEvidence.givesCount("وأضاف أن مكتبته تضم أكثر من ثمانية آلاف كتاب.", "كم كتابا تضم مكتبته؟")).isTrue();
    }
}
