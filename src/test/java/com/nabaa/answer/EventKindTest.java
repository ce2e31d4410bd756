package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about a kind of event (a fire, a death, a flood: {@code event-words.txt}) is not
 * answered by a story that tells of no such event, however well it matches the rest: a flood at a
 * museum does not say why a cathedral burned.
 */
class EventKindTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article story) throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(story);
        news.addAll(TestArticles.leagueReports(40, "2026-03"));
        return askOver(dir, news, question, NOW);
    }

    /** {@code question} asked of an index of its own ({@code name}) holding {@code stories} among 40 league reports. */
    private Answer askApart(String name, String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir.resolve(name), "2026-03", question, NOW, stories);
    }

    @Test
    void aStoryOfAnotherKindOfEventDoesNotAnswer() throws IOException {
        Answer a = ask("ما أسباب حريق كاتدرائية المدينة القديمة؟", arabic("flood", "2026-04-18T10:00:00Z",
                "مياه الأمطار تغمر كاتدرائية المدينة القديمة",
                "غمرت مياه الأمطار أقبية كاتدرائية المدينة القديمة، وأغلقت أبوابها أمام الزوار، وتعود أسباب ذلك إلى انسداد المصارف."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aDialectWordForADisasterAsksOfItAsNewsWritesIt() throws IOException {
        // ولعت (caught fire) is اشتعال: a flood at the cathedral is no fire there, whatever else it matches
        Answer a = ask("الكاتدرائية اللي ولعت فيها النار بالمدينة القديمة، عرفوا السبب؟", arabic("flood", "2026-04-18T10:00:00Z",
                "مياه الأمطار تغمر كاتدرائية المدينة القديمة",
                "غمرت مياه الأمطار أقبية كاتدرائية المدينة القديمة، وأغلقت أبوابها أمام الزوار، وتعود أسباب ذلك إلى انسداد المصارف."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    /** Nothing answers {@code question} over {@code other} alone; over {@code told} alone, it comes first. */
    private void assertToldOnlyBy(String question, Article other, Article told) throws IOException {
        assertThat(ask(question, other).kind()).as(other.id()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask(question, told).stories()).extracting(Story::articleId).first().isEqualTo(told.id());
    }

    @Test
    void aLawsuitAskedIsNotAnsweredByTheWrongAlone() throws IOException {
        Article shown = arabic("shown", "2026-04-18T10:00:00Z", "معرض في مدينة الساحل يعرض أعمال الفنان فلان الفلاني دون إذنه",
                "عرض معرض في مدينة الساحل أعمالا للفنان فلان الفلاني دون إذنه، وقال منظموه إنهم حصلوا عليها من مصادر مفتوحة.");
        Article sued = arabic("sued", "2026-04-19T10:00:00Z", "الفنان فلان الفلاني يرفع دعوى على معرض مدينة الساحل",
                "رفع الفنان فلان الفلاني دعوى قضائية على معرض في مدينة الساحل عرض أعماله دون إذنه.");

        assertToldOnlyBy("الفنان فلان الفلاني رفع دعوى عالمعرض اللي عرض أعمالو بلا إذنو؟", shown, sued);
    }

    @Test
    void aWeddingAskedIsNotAnsweredByTheEngagement() throws IOException {
        Article engagement = arabic("engagement", "2026-04-18T10:00:00Z", "المغني فلان الفلاني يخطب عارضة الأزياء فلانة",
                "أعلن المغني فلان الفلاني أنه خطب عارضة الأزياء فلانة في منتجع سياحي، وأكد مقربون منهما الخطوبة.");
        Article wedding = arabic("wedding", "2026-04-19T10:00:00Z", "زفاف المغني فلان الفلاني وعارضة الأزياء فلانة",
                "أقيم حفل زفاف المغني فلان الفلاني على عارضة الأزياء فلانة في قصر على البحر بحضور أسرتيهما.");

        assertToldOnlyBy("فلان الفلاني وعارضة الأزياء فلانة اتجوزوا؟ وفين الفرح؟", engagement, wedding);
    }

    @Test
    void aClosingAskedIsNotAnsweredByTheTakingsOfThePlace() throws IOException {
        Article takings = arabic("takings", "2026-04-18T10:00:00Z", "قناة المدينة تحقق أكبر عائدات في تاريخها",
                "حققت قناة المدينة أكبر عائدات سنوية في تاريخها بعد عبور عدد قياسي من السفن أمام الملاحة الدولية.");
        Article closed = arabic("closed", "2026-04-19T10:00:00Z", "إغلاق قناة المدينة أمام الملاحة بسبب عاصفة",
                "أغلقت هيئة قناة المدينة القناة أمام الملاحة ثلاثة أيام بسبب عاصفة رملية ضربت المنطقة.");

        assertToldOnlyBy("ما سبب إغلاق قناة المدينة أمام الملاحة؟", takings, closed);
        // the dialects' "closed" only as written: sugar (سكر) asks of no closing
        Article sugar = arabic("sugar", "2026-04-19T10:00:00Z", "ارتفاع سعر السكر في أسواق المدينة",
                "ارتفع سعر كيلو السكر في أسواق المدينة إلى عشرين جنيها بعد نقص المعروض.");
        assertThat(ask("قديش سعر السكر بالمدينة؟", sugar).stories()).extracting(Story::articleId).containsExactly("sugar");
    }

    @Test
    void gunfireIsNoFire() throws IOException {
        Article gunfire = arabic("gunfire", "2026-04-19T10:00:00Z", "مقتل شخصين بنيران مجهولين في سوق المدينة القديمة",
                "قتل شخصان متأثرين بجراحهما جراء نيران أطلقها مجهولون في سوق المدينة القديمة مساء أمس.");
        Article fire = arabic("fire", "2026-04-19T11:00:00Z", "حريق في سوق المدينة القديمة",
                "اشتعلت النيران في محال سوق المدينة القديمة مساء أمس، ولم تسجل إصابات.");

        assertToldOnlyBy("شو صار بالحريق اللي بسوق المدينة القديمة امبارح؟", gunfire, fire);
    }

    @Test
    void whereTheSingerWasBuriedIsNotAnsweredByTheNewsOfHisDeath() throws IOException {
        Article death = arabic("death", "2026-04-18T10:00:00Z", "المغني فلان الفلاني يرحل عن عالمنا",
                "رحل عن عالمنا المغني فلان الفلاني، وهو جزائري يعيش في فرنسا، عن 59 عاما.");

        assertThat(ask("أين دفن المغني الجزائري فلان الفلاني؟", death).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("أين دفن المغني الجزائري فلان الفلاني؟", arabic("funeral", "2026-04-19T10:00:00Z",
                "تشييع المغني فلان الفلاني في مسقط رأسه", "شيع آلاف الجزائريين المغني فلان الفلاني ودفن في مسقط رأسه بمدينة وهران.")).stories())
                .extracting(Story::articleId).first().isEqualTo("funeral");
    }

    @Test
    void aDeathIsToldByTheDepartureNewsWritesForItButNotByATrip() throws IOException {
        // رحيل, as written: its stem رحل is also رحلة's, a trip
        Article departure = arabic("departure", "2026-04-18T10:00:00Z", "الفنان فلان الفلاني.. مسيرة بدأت في طفولته",
                "صدمة في الوسط الفني برحيل الفنان الشاب فلان الفلاني عن عمر يناهز 38 عاما إثر نزيف في المخ.");
        Article trip = arabic("trip", "2026-04-18T10:00:00Z", "الفنان فلان الفلاني في رحلة إلى باريس",
                "بدأ الفنان الشاب فلان الفلاني رحلة إلى باريس لتصوير فيلمه الجديد، ورحل مع فريق العمل صباحا.");

        assertThat(askApart("departure", "الفنان فلان الفلاني مات؟", departure).stories())
                .extracting(Story::articleId).containsExactly("departure");
        assertThat(askApart("trip", "الفنان فلان الفلاني مات؟", trip).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aSentenceAskedInTheDialectsIsNotAnsweredByTheArrestButByTheVerdict() throws IOException {
        String question = "العصابة اللي نصبت على المذيعة بالعطور المغشوشة انحكموا؟ كم سنة أخذوا؟";
        Article arrest = arabic("arrest", "2026-04-10T10:00:00Z", "الشرطة تكشف لغز العطور المغشوشة المهداة للمذيعة",
                "كشفت الشرطة لغز العطور المغشوشة التي أهدتها عصابة للمذيعة، وألقت القبض على أفراد العصابة.");
        Article verdict = arabic("verdict", "2026-04-18T10:00:00Z", "السجن ثلاث سنوات لعصابة العطور المغشوشة",
                "قضت المحكمة بالسجن ثلاث سنوات على أفراد العصابة التي نصبت على المذيعة بالعطور المغشوشة.");

        assertThat(askApart("arrest", question, arrest).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(askApart("verdict", question, arrest, verdict).stories()).extracting(Story::articleId).first().isEqualTo("verdict");
    }

    @Test
    void anArrestAskedIsToldByTheNewsWordsForIt() throws IOException {
        // القبض written for the arrest asked of
        Answer a = ask("هل تم اعتقال قاتل مدير المركز؟", arabic("caught", "2026-04-18T10:00:00Z",
                "القبض على قاتل مدير المركز", "ألقت الشرطة القبض على قاتل مدير المركز بعد يومين من الجريمة."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("caught");
    }

    @Test
    void goodsCaughtAskASeizureNotAnArrest() throws IOException {
        // "مسكوا كام كيلو هيروين": what border guards seized, told with no one arrested
        Article seizure = arabic("seizure", "2026-04-18T10:00:00Z", "إحباط تهريب 72 كيلوغراما من الهيروين عبر الحدود الجنوبية",
                "أحبطت قوات حرس الحدود تهريب 72 كيلوغراما من مادة الهيروين خلال محاولة اختراق الحدود الجنوبية، وضبطت عربة دفع رباعي.");

        assertThat(askApart("goods", "حرس الحدود مسكوا كام كيلو هيروين على الحدود الجنوبية؟", seizure).stories())
                .extracting(Story::articleId).first().isEqualTo("seizure");
        // the smugglers themselves caught: an arrest, which the seizure does not tell
        assertThat(askApart("men", "حرس الحدود مسكوهم المهربين اللي معاهم الهيروين على الحدود الجنوبية؟", seizure).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void howManyTheyArrestedAtAMarchIsNotAnsweredByTheMarchersCount() throws IOException {
        Article march = arabic("march", "2026-04-19T10:00:00Z", "تظاهرة حاشدة للمطالبة باستقلال اسكتلندا",
                "تظاهر نحو 20 ألف شخص، السبت، في العاصمة الأسكتلندية إدنبرة، مطالبين بالاستقلال عن المملكة المتحدة.");

        assertThat(askApart("arrests", "كم واحد اعتقلوا امبارح بمظاهرة الاستقلال في إدنبره؟", march).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(askApart("marchers", "قديش واحد تظاهروا مبارح بإدنبره يطالبوا باستقلال اسكتلندا؟", march).stories())
                .extracting(Story::articleId).containsExactly("march");
    }

    @Test
    void theLevantsGotArrestedAsksAnArrest() throws IOException {
        Article eggs = arabic("eggs", "2026-04-18T10:00:00Z", "رشق وفد أجنبي بالبيض في المدينة القديمة",
                "رشق شبان وفدا أجنبيا بالبيض لدى مغادرته مركزا للأبحاث في المدينة القديمة، ووصلت الشرطة لحماية الوفد.");

        assertThat(ask("الشباب اللي رشقوا الوفد الأجنبي بالبيض بالمدينة القديمة، انعتقل حدا منهم؟", eggs).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aStoryOfThatKindOfEventAnswersInItsOwnWords() throws IOException {
        // حريق asked, احترقت written: one kind of event.
        Answer a = ask("ما أسباب حريق كاتدرائية المدينة القديمة؟", arabic("fire", "2026-04-18T10:00:00Z",
                "النيران تلتهم سقف كاتدرائية المدينة القديمة",
                "احترقت أجزاء من سقف كاتدرائية المدينة القديمة، وتعود أسباب ذلك إلى ماس كهربائي بحسب المحققين."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("fire");
    }

    @Test
    void aFestivalAskedIsNotAnsweredByAStoryOfNoFestival() throws IOException {
        // the storm hit the city of the festival: its name and the season match, the festival does not
        Answer a = ask("متى يبدأ مهرجان المدينة القديمة السياحي هذا الصيف؟", arabic("storm", "2026-04-18T10:00:00Z",
                "عاصفة تضرب المدينة القديمة في بداية الموسم السياحي",
                "ضربت عاصفة قوية المدينة القديمة مع بداية الموسم السياحي هذا الصيف، وأغلقت الطرق المؤدية إليها."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aDeathAskedIsAnsweredByAStoryOfPeopleKilled() throws IOException {
        // died asked, مقتل written: the toll of an attack answers "how many died"
        Answer a = ask("كم شخصا مات في هجوم الشاحنة على سوق المدينة القديمة؟", arabic("attack", "2026-04-18T10:00:00Z",
                "مقتل عشرة أشخاص في هجوم بشاحنة على سوق المدينة القديمة",
                "أسفر هجوم بشاحنة على سوق المدينة القديمة عن مقتل عشرة أشخاص وإصابة خمسة عشر آخرين، بحسب الشرطة."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("attack");
    }

    @Test
    void whatTheDialectsFoundIsNoDeathAsked() throws IOException {
        // "how many Syrians did they find on the boat": لقوا is "found", not the لقوا of لقوا حتفهم
        Answer a = ask("قديش سوري لقوا على المركب اللي طالع من لبنان؟", arabic("boat", "2026-04-18T10:00:00Z",
                "إنقاذ لاجئين سوريين في مركب متجه من لبنان إلى قبرص",
                "تمكنت قوة بحرية من إنقاذ 32 لاجئا سوريا كانوا عالقين على متن مركب في عرض البحر بعد إبحاره من لبنان."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("boat");
    }

    @Test
    void theWordOfAKindOfEventIsNotAWordTheStoryMustHold() throws IOException {
        // مات, a word the index knows well, carries a third of this short question; the story tells
        // the deaths as مقتل
        List<Article> news = new ArrayList<>();
        news.add(arabic("crash", "2026-04-18T10:00:00Z", "مقتل 257 شخصا في تحطم طائرة عسكرية",
                "أعلنت وزارة الدفاع مقتل 257 شخصا في تحطم طائرة عسكرية بعد إقلاعها بقليل."));
        for (int i = 0; i < Evidence.KNOWN_PASSAGES + 10; i++) {
            news.add(arabic("poet-" + i, "2026-02-01T10:00:00Z", "رحيل شاعر", "مات الشاعر صاحب الديوان رقم " + i + " عن عمر طويل."));
        }
        for (int i = 0; i < 3 * Evidence.KNOWN_PASSAGES; i++) {
            news.add(arabic("show-" + i, "2026-02-02T10:00:00Z", "عرض جوي", "حلقت طائرة عسكرية فوق المدينة في العرض رقم " + i + "."));
        }
        news.addAll(TestArticles.leagueReports(40, "2026-03"));
        Answer a = askOver(dir, news, "شحال من واحد مات في الطائرة العسكرية؟", NOW);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("crash");
    }

    @Test
    void aWordThatOnlySharesADeathsTwoLetterStemTellsOfNoDeath() throws IOException {
        // وفاة is analyzed فا, and so is the place توفان: the preview of a match there tells of no death
        Answer a = ask("كم عدد ضحايا انهيار الجسر في مدينة توفان؟", arabic("preview", "2026-04-18T10:00:00Z",
                "فريق توفان يستعد لمباراة الجسر في مدينة توفان",
                "يستعد فريق توفان لمباراة فريق الجسر في ملعب مدينة توفان، وعدد المقاعد المحجوزة كبير."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aDeathWrittenWithItsPrepositionTellsOfADeath() throws IOException {
        Answer a = ask("متى توفي الشاعر سالم الواحي؟", arabic("death", "2026-04-18T10:00:00Z",
                "الواحة تنعى الشاعر سالم الواحي",
                "نعت الأوساط الثقافية في الواحة الشاعر سالم الواحي، وأعلنت عائلته بوفاته صباح السبت عن 80 عاما."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("death");
    }

    @Test
    void aReadersOwnWordForAnArrestIsToldByTheNewsWordsForIt() throws IOException {
        // اتمسك asked, ضبط … متلبسا written
        Answer a = ask("مين مدير الميناء اللي اتمسك وهو بياخد رشوة؟", arabic("bribe", "2026-04-18T10:00:00Z",
                "ضبط مدير الميناء متلبسا بتلقي رشوة",
                "ضبطت هيئة الرقابة مدير الميناء سالم الواحي متلبسا بتلقي رشوة من أحد المستوردين."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("bribe");
    }

    @Test
    void whetherTheMissingSingerWasFoundIsNotAnsweredByTheSearchForHim() throws IOException {
        Article search = arabic("search", "2026-04-18T10:00:00Z", "استمرار البحث عن المغني فلان الفلاني قبالة سواحل المدينة",
                "تواصل فرق الإنقاذ البحث عن المغني فلان الفلاني الذي سقط من سفينة سياحية قبالة سواحل المدينة.");
        Article found = arabic("found", "2026-04-19T10:00:00Z", "انتشال جثة المغني فلان الفلاني قبالة سواحل المدينة",
                "انتشلت فرق الإنقاذ جثة المغني فلان الفلاني بعد يومين من سقوطه من سفينة سياحية قبالة سواحل المدينة.");

        assertThat(ask("لقو جثة المغني فلان الفلاني اللي وقع من السفينة؟", search).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("لقو جثة المغني فلان الفلاني اللي وقع من السفينة؟", found).stories())
                .extracting(Story::articleId).first().isEqualTo("found");
    }

    @Test
    void aChoiceTheReaderOffersIsAnsweredByEither() throws IOException {
        // "found him, or did they stop looking?": the search called off answers
        Answer a = ask("المغني فلان الفلاني اللي وقع من السفينة لقوه ولا وقفوا البحث عنه؟", arabic("search", "2026-04-18T10:00:00Z",
                "إيقاف البحث عن المغني فلان الفلاني قبالة سواحل المدينة",
                "أوقفت فرق الإنقاذ البحث عن المغني فلان الفلاني الذي سقط من سفينة سياحية قبالة سواحل المدينة."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("search");
    }

    @Test
    void aLaterQuestionAsksMoreThanTheStoryMustTell() throws IOException {
        // the killing is asked first; whether anyone was arrested is asked after it, and the story tells of none
        Answer a = ask("الشاب اللي انقتل بساحة المدينة القديمة كيف قتلوه؟ ومسكو حدا؟", arabic("killed", "2026-04-18T10:00:00Z",
                "مقتل شاب بالرصاص في ساحة المدينة القديمة",
                "قتل شاب بالرصاص في ساحة المدينة القديمة أثناء احتفاله مع أصدقائه بفوز فريقه."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("killed");
    }

    @Test
    void whatAQuestionSaysWasFoundDescribesRatherThanAsks() throws IOException {
        // "التي تم العثور عليها" names the coins; the story tells of them in other words
        Answer a = ask("ما عدد القطع الذهبية التي تم العثور عليها في قصر المدينة القديمة؟", arabic("coins", "2026-04-18T10:00:00Z",
                "كنز من القطع الذهبية في قصر المدينة القديمة",
                "كشفت أعمال الترميم في قصر المدينة القديمة عن 350 قطعة ذهبية تعود إلى القرن الثاني عشر."));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("coins");
    }

    @Test
    void whetherTheEditorWasFiredIsNotAnsweredByTheStoryOfHerInterview() throws IOException {
        Answer a = ask("سلمى الواحي اللي عملت الحوار مع الممثلة اترفدت من المجلة ولا لأ؟", arabic("interview", "2026-04-18T10:00:00Z",
                "المجلة تعتذر عن أخطاء في حوار الصحفية سلمى الواحي مع الممثلة",
                "اعتذرت المجلة عن أخطاء الترجمة في الحوار الذي أجرته الصحفية سلمى الواحي مع الممثلة الأمريكية."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void whetherTheBishopWasArrestedIsNotAnsweredByNunsDemandingIt() throws IOException {
        // يطالبن, يطالبان: the feminine plural's and the dual's demand tell no arrest either
        Answer a = ask("هل اعتقلت الشرطة الأسقف سالم الواحي بعد احتجاج الراهبات؟", arabic("demand", "2026-04-18T10:00:00Z",
                "راهبات يطالبن باعتقال الأسقف سالم الواحي",
                "خرجت راهبات في احتجاج أمام المحكمة، وقدمت اثنتان منهن التماسا يطالبان بالقبض على الأسقف سالم الواحي."));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void whetherTheFugitiveWasCaughtIsNotAnsweredByTheWarrantForHim() throws IOException {
        String question = "رجل الأعمال سالم الواحي الهربان انمسك؟";
        Article warrant = arabic("warrant", "2026-04-10T10:00:00Z", "الإنتربول يعمم اسم رجل الأعمال الهارب سالم الواحي",
                "أصدرت النيابة مذكرة توقيف بحق رجل الأعمال سالم الواحي الهارب إلى الخارج، وطالبت الإنتربول بالبحث عنه وتوقيفه.");
        Article caught = arabic("caught", "2026-04-18T10:00:00Z", "القبض على رجل الأعمال الهارب سالم الواحي",
                "ألقت الشرطة القبض على رجل الأعمال سالم الواحي الهارب منذ شهرين، بعد أن أصدرت النيابة مذكرة توقيف بحقه.");

        assertThat(askApart("warrant", question, warrant).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(askApart("caught", question, warrant, caught).stories()).extracting(Story::articleId).first().isEqualTo("caught");
        // the reader asks of the warrant itself
        assertThat(askApart("asked", "صدرت مذكرة توقيف بحق رجل الأعمال سالم الواحي؟", warrant).stories())
                .extracting(Story::articleId).first().isEqualTo("warrant");
    }

    @Test
    void whetherTheSentenceWasCutOnAppealIsNotAnsweredByTheLawyerWeighingOne() throws IOException {
        Article verdict = arabic("verdict", "2026-04-10T10:00:00Z", "السجن عشر سنوات للمدون سالم الواحي",
                "قضت المحكمة بسجن المدون سالم الواحي عشر سنوات. وقال محاميه إنه سيقابل موكله لتقرير ما إذا كان يريد استئناف الحكم.");

        assertThat(askApart("verdict", "سالم الواحي المدون واش نقصولو الحكم فالاستئناف؟", verdict).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aRefereeIsNoVerdictButTheCourtsSentenceIs() throws IOException {
        String question = "سالم الواحي انحكم عليه بالسجن بقضية الرشوة؟ كم سنة أخذ؟";
        Article banned = arabic("banned", "2026-04-10T10:00:00Z", "إيقاف الحكم سالم الواحي مدى الحياة في قضية الرشوة",
                "قررت لجنة الانضباط إيقاف الحكم سالم الواحي مدى الحياة، وعين الاتحاد الحكم الرئيسي بدلا منه في قضية الرشوة.");
        Article sentenced = arabic("sentenced", "2026-04-18T10:00:00Z", "السجن ثلاث سنوات للحكم سالم الواحي في قضية الرشوة",
                "قضت المحكمة بسجن الحكم سالم الواحي ثلاث سنوات في قضية الرشوة.");

        assertThat(askApart("banned", question, banned).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("sentenced", question, banned, sentenced).stories()).extracting(Story::articleId)
                .first().isEqualTo("sentenced");
    }

    @Test
    void aSentenceAskedAsTheCourtsOrTheReadersOwnRulingIsNotAnsweredByTheCharge() throws IOException {
        Article charged = arabic("charged", "2026-04-10T10:00:00Z", "إحالة متهمي قضية الواحي للأموال إلى النيابة",
                "أحالت السلطات المتهمين في قضية الواحي للأموال إلى النيابة بتهمة اختلاس مليار دولار.");
        Article sentenced = arabic("sentenced", "2026-04-18T10:00:00Z", "السجن عشر سنوات لمتهمي قضية الواحي للأموال",
                "قضت المحكمة بسجن المتهمين في قضية الواحي للأموال عشر سنوات بعد اختلاس مليار دولار.");

        for (String question : List.of("قضية الواحي للأموال، الجنايات حكمت على المتهمين بكام سنة؟",
                "قديش حكموا على متهمين قضية الواحي للأموال؟")) {
            assertThat(askApart("charged", question, charged).kind()).as(question).isNotEqualTo(Answer.Kind.ANSWERED);
            assertThat(askApart("both", question, charged, sentenced).stories()).as(question)
                    .extracting(Story::articleId).first().isEqualTo("sentenced");
        }
    }

    @Test
    void whetherAHigherCourtUpheldTheSentenceIsNotAnsweredByTheFirstVerdict() throws IOException {
        String question = "هل أيدت محكمة النقض أحكام الإعدام في قضية خلية الواحي؟";
        Article verdict = arabic("verdict", "2026-03-10T10:00:00Z", "حكم بإعدام 10 متهمين بقضية خلية الواحي",
                "قضت محكمة الجنايات بالإعدام على 10 متهمين في قضية خلية الواحي. وبمقدور المدانين الطعن على الحكم أمام محكمة النقض.");
        Article upheld = arabic("upheld", "2026-04-18T10:00:00Z", "النقض تؤيد إعدام 10 متهمين بقضية خلية الواحي",
                "أيدت محكمة النقض أحكام الإعدام الصادرة بحق 10 متهمين في قضية خلية الواحي، وهو حكم نهائي.");

        assertThat(askApart("verdict", question, verdict).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("upheld", question, verdict, upheld).stories()).extracting(Story::articleId)
                .first().isEqualTo("upheld");
    }
    @Test
    void aTruckSeizedIsNoArrestOfTheSmugglersStillSought() throws IOException {
        Article truck = arabic("truck", "2026-04-18T10:00:00Z", "مهاجرون قضوا اختناقا داخل شاحنة تبريد قرب زوارة",
                "أفادت السلطات الليبية أن ثمانية مهاجرين قضوا اختناقا داخل شاحنة تبريد تركهم فيها مهربون قرب زوارة. وضبطت "
                        + "شاحنة التبريد شرق المدينة، وأعلنت المديرية أن البحث جار الآن للقبض على المهربين.");

        assertThat(ask("هل ألقت السلطات الليبية القبض على المهربين الذين تركوا المهاجرين داخل شاحنة التبريد قرب زوارة؟", truck)
                .kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void anAppealAnnouncedIsNoAppealHeard() throws IOException {
        Article verdict = arabic("verdict", "2026-04-18T10:00:00Z", "الحكم على ناشطة بالسجن لسنتين بتهمة نشر أخبار كاذبة",
                "قضت محكمة الجنح بسجن الناشطة سلمى الفلانية سنتين بتهمة نشر أخبار كاذبة. وقال محاميها إنه سيتقدم باستئناف "
                        + "عن الحكم.");

        assertThat(ask("سلمى الفلانية الاستئناف بتاعها اتحكم فيه؟", verdict).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void aChoiceBetweenTwoEventsIsAnsweredByAStoryTellingEither() throws IOException {
        Article closing = arabic("closing", "2026-04-18T10:00:00Z", "سلسلة مقاه تغلق فروعها يوما لتدريب العاملين",
                "تغلق سلسلة مقاهي البن الذهبي فروعها يوما لتدريب العاملين على عدم التمييز، بعد القبض على رجلين كانا ينتظران "
                        + "صديقا في أحد فروعها، وقد اعتذر رئيسها للرجلين.");

        assertThat(ask("مقاهي البن الذهبي اعتذرت للرجلين اللي اتقبض عليهم ولا دفعت تعويض؟", closing).stories())
                .extracting(Story::articleId).first().isEqualTo("closing");
    }

    @Test
    void aChoiceBetweenTwoEventsIsNotAnsweredByAStoryTellingNeither() throws IOException {
        Article search = arabic("search", "2026-04-18T10:00:00Z", "زوجان يشكوان تفتيشا مهينا في مطار كريت",
                "اشتكى زوجان من تفتيش مهين في مطار كريت على يد موظفي شركة طيران، ووجها رسالة إلى الشركة.");

        assertThat(ask("شركة الطيران اعتذرت أو دفعت تعويض للزوجين اللي فتشوهم بمطار كريت؟", search).kind())
                .isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void anApologyDemandedIsNoApology() throws IOException {
        Article complaint = arabic("complaint", "2026-04-18T10:00:00Z", "زوجان يشكوان تفتيشا مهينا في مطار كريت",
                "اشتكى زوجان من تفتيش مهين في مطار كريت على يد موظفي شركة الطيران، وطالبا الشركة بتعويضهما ونشر اعتذار "
                        + "علني وإلا فسيتوجهان إلى المحاكم.");

        assertThat(ask("شركة الطيران اعتذرت أو دفعت تعويض للزوجين اللي فتشوهم بمطار كريت؟", complaint).kind())
                .isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void regretExpressedIsAnApology() throws IOException {
        Article regret = arabic("regret", "2026-04-18T10:00:00Z", "لجنة المناخ تقر بخطأ في تاريخ ذوبان الجليد",
                "أقرت لجنة المناخ الدولية بأن تاريخ ذوبان الجليد الذي نشرته غير صحيح، وأعربت عن أسفها لسوء تطبيق إجراءاتها.");

        assertThat(ask("عن ماذا اعتذرت لجنة المناخ الدولية؟", regret).stories()).extracting(Story::articleId)
                .first().isEqualTo("regret");
    }
    @Test
    void theRulingIssuedAgainstThemIsNotAnsweredByTheirArrest() throws IOException {
        Article arrest = arabic("arrest", "2026-04-18T10:00:00Z", "القبض على سبعة شبان تشبهوا بالنساء في جدة",
                "ألقت شرطة محافظة جدة القبض على سبعة شبان تشبهوا بالنساء في أحد الأماكن العامة، وأحالتهم إلى النيابة، "
                        + "وقالت إن الحكم الذي سيصدر عليهم يحدده القضاء.");

        assertThat(ask("الشباب السبعة اللي تشبهوا بالنساء بجدة، وش الحكم اللي صدر عليهم؟", arrest).kind())
                .isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("referee", "مين الحكم اللي هيدير ماتش مصر وأوروغواي؟", arabic("referee", "2026-04-18T10:00:00Z",
                "حكم هولندي يدير مباراة مصر وأوروغواي", "أعلن الاتحاد الدولي أن الحكم الهولندي بيورن كويبرس يدير مباراة مصر "
                        + "وأوروغواي الجمعة.")).stories()).extracting(Story::articleId).first().isEqualTo("referee");
    }

    @Test
    void whetherTheHostageWasFreedIsNotAnsweredByEffortsToFreeHim() throws IOException {
        String question = "هل أُفرج عن المهندس سالم الواحي المخطوف في الصحراء؟";
        Article efforts = arabic("efforts", "2026-04-10T10:00:00Z", "الحكومة ترسل فريقا إلى الصحراء بعد خطف المهندس سالم الواحي",
                "أرسلت الحكومة فريقا إلى الصحراء، وقالت إنها تبذل ما في وسعها لضمان إطلاق سراح المهندس سالم الواحي المخطوف. "
                        + "وظهر المهندس في فيديو يناشد حكومته بالمساعدة في إطلاق سراحه.");
        Article freed = arabic("freed", "2026-04-18T10:00:00Z", "الإفراج عن المهندس المخطوف سالم الواحي",
                "أطلق خاطفون في الصحراء سراح المهندس سالم الواحي بعد شهرين من خطفه، وعاد إلى أسرته.");

        assertThat(askApart("efforts", question, efforts).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("freed", question, efforts, freed).stories()).extracting(Story::articleId).first().isEqualTo("freed");
        // the Maghreb's سرحوه asks the same
        assertThat(askApart("maghreb", "المهندس سالم الواحي اللي خطفوه فالصحراء سرحوه ولا لا؟", efforts).kind())
                .isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void whetherTheChannelsWereShutIsNotAnsweredByTheirRefusalToPay() throws IOException {
        Article refusal = arabic("refusal", "2026-04-10T10:00:00Z", "القنوات الخاصة في بلاد الشمس تمتنع عن دفع رسوم تجديد الرخص",
                "انتهت المهلة التي أعطتها حكومة بلاد الشمس للقنوات والإذاعات الخاصة لدفع رسوم تجديد رخص البث، وقالت القنوات إنها "
                        + "لن تدفع رسوما تفوق قدرتها.");
        Article shut = arabic("shut", "2026-04-18T10:00:00Z", "حكومة بلاد الشمس تغلق القنوات الخاصة",
                "أغلقت حكومة بلاد الشمس القنوات والإذاعات الخاصة التي لم تدفع رسوم تجديد رخص البث.");

        // the Maghreb's سدات: closed
        String question = "الحكومة سدات القنوات الخاصة فبلاد الشمس بسبب رسوم الرخص؟";
        assertThat(askApart("refusal", question, refusal).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("shut", question, refusal, shut).stories()).extracting(Story::articleId).first().isEqualTo("shut");
    }

    @Test
    void theResultOfAnAutopsyIsNotAnsweredByTheHopeForOne() throws IOException {
        Article hoped = arabic("hoped", "2026-04-10T10:00:00Z", "نفوق دب بني نادر أثناء محاولة أسره في متنزه الجبل",
                "نفق دب بني نادر أثناء محاولة أسره في متنزه الجبل الوطني، وأعرب مدير المتنزه عن أمله في أن يسلط التشريح "
                        + "الضوء على أسباب نفوق الدب.");
        Article done = arabic("done", "2026-04-18T10:00:00Z", "التشريح يكشف سبب نفوق الدب البني في متنزه الجبل",
                "أظهر تشريح الدب البني النادر الذي نفق أثناء محاولة أسره في متنزه الجبل الوطني أنه نفق بسبب جرعة زائدة من "
                        + "المخدر.");

        String question = "ما نتيجة تشريح الدب البني النادر الذي نفق أثناء أسره في متنزه الجبل؟";
        assertThat(askApart("hoped", question, hoped).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("done", question, hoped, done).stories()).extracting(Story::articleId).first().isEqualTo("done");
    }

    @Test
    void peopleCaughtTellAnArrestWhereATruckCaughtDoesNot() throws IOException {
        Article campaign = arabic("campaign", "2026-04-18T10:00:00Z", "السلطات تعلن ضبط مليون و200 ألف مخالف لأنظمة الإقامة",
                "أعلنت السلطات حصيلة الحملات الميدانية لتعقب مخالفي أنظمة الإقامة والعمل منذ انطلاقها قبل عام.");
        Article truck = arabic("truck", "2026-04-17T10:00:00Z", "ضبط شاحنة مخالفة لأنظمة الإقامة والعمل",
                "ضبطت السلطات في حملة ميدانية شاحنة تنقل 200 عامل مخالف لأنظمة الإقامة والعمل ولم تذكر ما حدث للسائق.");

        String question = "كم واحد مسكوا في حملات مخالفي الإقامة والعمل من بدايتها؟";
        assertThat(askApart("campaign", question, campaign).stories()).extracting(Story::articleId).first().isEqualTo("campaign");
        assertThat(askApart("truck", question, truck).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void aSettlementReachedTellsTheCompensationAsked() throws IOException {
        Article settled = arabic("settled", "2026-04-18T10:00:00Z", "مليونا دولار تسوية لزوجين اتهما خطأ بتلفيق اختطاف",
                "توصل زوجان اتهما خطأ باختلاق حادث اختطاف إلى تسوية قانونية مع سلطات المدينة بلغت قيمتها مليوني دولار.");

        Answer a = askApart("settled", "الزوجين اللي اتهموهم غلط بتلفيق الاختطاف خدوا تعويض كام؟", settled);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("settled");
    }

    @Test
    void aPenaltyAskedIsNotAnsweredByTheInquiryAlone() throws IOException {
        Article inquiry = arabic("inquiry", "2026-04-10T10:00:00Z", "هيئة الإعلام تحقق مع مذيعة بسبب لباسها",
                "فتحت هيئة الإعلام تحقيقا مع المذيعة سلمى الفلانية بسبب لباسها أثناء تغطيتها افتتاح المعرض في العاصمة.");
        Article fined = arabic("fined", "2026-04-18T10:00:00Z", "هيئة الإعلام تغرم مذيعة بسبب لباسها",
                "قررت هيئة الإعلام تغريم المذيعة سلمى الفلانية عشرة آلاف دينار وإيقافها عن الظهور شهرا بسبب لباسها.");

        String question = "سلمى الفلانية المذيعة وش العقوبة اللي صدرت بحقها بعد التحقيق؟";
        assertThat(askApart("inquiry", question, inquiry).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("fined", question, inquiry, fined).stories()).extracting(Story::articleId).first().isEqualTo("fined");
    }

    @Test
    void aWeightAskedIsNotAnsweredByAStoryThatWeighsNothing() throws IOException {
        Article birth = arabic("birth", "2026-04-10T10:00:00Z", "مذيعة تلد على الهواء مباشرة",
                "بثت مذيعة ولادة طفلها على الهواء مباشرة في برنامجها الصباحي على الإذاعة، وسمي المولود باسم كريم.");
        Article weighed = arabic("weighed", "2026-04-18T10:00:00Z", "المذيعة التي ولدت على الهواء تعرض صور مولودها",
                "عرضت المذيعة صور مولودها كريم الذي ولد على الهواء مباشرة في برنامجها الصباحي، وقالت إن وزنه بلغ 3.2 كيلوغرام.");

        // weigh is the scales', not the mulling of options (دراسة)
        String question = "the radio host who gave birth live on air during her morning show - how much did the baby weigh?";
        assertThat(askApart("birth", question, birth).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("weighed", question, birth, weighed).stories()).extracting(Story::articleId).first().isEqualTo("weighed");
    }

    @Test
    void aPayAskedIsNotAnsweredByAStoryOfApplicationsThatNamesNoWage() throws IOException {
        Article applications = arabic("applications", "2026-04-10T10:00:00Z", "الهند: 28 مليون طلب توظيف لـ90 ألف وظيفة",
                "أعلنت السكك الحديدية الهندية أن 28 مليون هندي قدم على الوظائف الجديدة عبر الإنترنت، "
                        + "وتشمل الوظائف 26502 وظيفة لسائقي القطار والتقنيين، ضمن خطة تحديث بقيمة 130 مليار دولار.");
        Article paid = arabic("paid", "2026-04-18T10:00:00Z", "كم يتقاضى سائق القطار في الهند؟",
                "قالت هيئة السكك الحديدية في الهند إن راتب سائق القطار في الوظائف الجديدة يبلغ 20 ألف روبية شهريا، "
                        + "وقد تلقت 28 مليون طلب توظيف.");

        // the applications' story gives a sum of money (the plan's), so a price asked would take it
        String question = "كم راتب سواق القطار في الوظايف اللي قدم عليها 28 مليون هندي؟";
        assertThat(askApart("applications", question, applications).kind()).isNotEqualTo(Answer.Kind.ANSWERED);
        assertThat(askApart("paid", question, applications, paid).stories()).extracting(Story::articleId).first().isEqualTo("paid");
    }

    @Test
    void aCivilRulingTellsTheVerdictAsked() throws IOException {
        Article ruling = arabic("ruling", "2026-04-18T10:00:00Z", "إلزام شركة ذهب بسداد 10 ملايين دولار لشركة أجنبية",
                "أصدرت محكمة التنفيذ في المدينة حكمها ضد شركة تعدين تعمل في مجال الذهب وألزمتها بدفع 38 مليون ريال "
                        + "لصالح شركة أجنبية بعد نزاع تجاري.");

        Answer a = askApart("ruling", "كم المبلغ اللي حكمت المحكمة على شركة الذهب تدفعه للشركة الأجنبية؟", ruling);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("ruling");
    }

    @Test
    void theGulfsALotIsNoAppealAsked() throws IOException {
        Article writer = arabic("writer", "2026-04-18T10:00:00Z", "التحقيق مع كاتب يشكو من كثرة المساجد",
                "يواجه الكاتب سالم الفلاني التحقيق بعد تعليقات قال فيها إن المساجد كثيرة وإن صوت الأذان بالمكبرات يزعج النائمين.");

        // وايد (a lot) is no و before أيد (upheld)
        Answer a = askApart("writer", "مين الكاتب اللي قال المساجد وايد وصوت الاذان بالمكبرات يزعج؟", writer);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("writer");
    }

    @Test
    void theSentencesAskedAreNotAnsweredByTheArrestAlone() throws IOException {
        Article arrest = arabic("arrest", "2026-04-18T10:00:00Z", "الشرطة تعتقل أعضاء جماعة الثورة في مدينة الساحل",
                "اعتقلت الشرطة ستة أعضاء في جماعة الثورة بمدينة الساحل للاشتباه في تخطيطهم لهجمات.");
        Article sentenced = arabic("sentenced", "2026-04-19T10:00:00Z", "السجن لأعضاء جماعة الثورة في مدينة الساحل",
                "قضت محكمة في مدينة الساحل بالسجن خمس سنوات على أعضاء جماعة الثورة.");

        assertToldOnlyBy("ما الأحكام التي صدرت بحق أعضاء جماعة الثورة في مدينة الساحل؟", arrest, sentenced);
    }

    @Test
    void whoClaimedABombingIsNotAnsweredByTheBombingAlone() throws IOException {
        Article bombing = arabic("bombing", "2026-04-19T10:00:00Z", "انفجار سيارة مفخخة في مدينة الساحل",
                "انفجرت سيارة مفخخة في سوق مدينة الساحل صباح اليوم، وأسفر الانفجار عن مقتل ثلاثة أشخاص.");
        Article claimed = arabic("claimed", "2026-04-19T14:00:00Z", "جماعة الثورة تتبنى تفجير مدينة الساحل",
                "أعلنت جماعة الثورة مسؤوليتها عن تفجير السيارة المفخخة في سوق مدينة الساحل، الذي أسفر عن مقتل ثلاثة أشخاص.");

        assertToldOnlyBy("مين تبنى تفجير السيارة المفخخة بمدينة الساحل؟", bombing, claimed);
    }

    @Test
    void whatIsBuiltIsNoClaimAsked() throws IOException {
        // تبني is also "builds": "غادي تبني" asks of a building, which a story of it answers
        Article airport = arabic("airport", "2026-04-19T10:00:00Z", "مدينة الساحل تبدأ بناء مطار جديد",
                "بدأت مدينة الساحل بناء مطار جديد شمال المدينة بتكلفة 200 مليون دولار.");

        assertThat(ask("مدينة الساحل غادي تبني مطار جديد؟ فين بالضبط؟", airport).stories())
                .extracting(Story::articleId).first().isEqualTo("airport");
    }

    @Test
    void whetherTheDebrisWasFoundIsNotAnsweredByTheMishapAlone() throws IOException {
        Article fired = arabic("fired", "2026-04-18T10:00:00Z", "مقاتلة تطلق صاروخا عن طريق الخطأ فوق مدينة الساحل",
                "أطلقت مقاتلة صاروخا عن طريق الخطأ فوق مدينة الساحل خلال مناورات، وبدأ البحث عن بقايا الصاروخ.");
        Article found = arabic("found", "2026-04-19T10:00:00Z", "العثور على بقايا الصاروخ الذي أطلقته المقاتلة فوق مدينة الساحل",
                "عثرت السلطات على بقايا الصاروخ الذي أطلقته المقاتلة عن طريق الخطأ فوق مدينة الساحل.");

        assertToldOnlyBy("هل عُثر على بقايا الصاروخ اللي أطلقته المقاتلة بالغلط فوق مدينة الساحل؟", fired, found);
    }
}
