package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.util.List;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader who asks two things in one message ("ما اسمه، وأين قُتل؟"، "كان عنده كام سنة؟ ومات فين")
 * gets a » line only from a sentence that gives both: one giving the place alone is half an answer,
 * and the story is still shown for the reader to read.
 */
class TwoAsksTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 6, 12, 0, 0, 0, ZoneId.of("Asia/Baghdad"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-06", question, NOW, stories);
    }

    private static Article sonKilled(String lead) {
        return arabic("son", "2026-07-04T10:00:00Z", "الاستخبارات العراقية تؤكد مقتل نجل زعيم تنظيم داعش في سوريا", lead);
    }

    @Test
    void aSentenceGivingThePlaceOnlyDoesNotAnswerANameAndAPlace() throws IOException {
        Answer a = ask("ما اسم نجل زعيم تنظيم داعش الذي أعلن مقتله، وأين قتل؟", sonKilled(
                "أكدت الاستخبارات العراقية في بيان الأربعاء مقتل نجل زعيم تنظيم داعش بوسط سوريا في غارة جوية روسية."));

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("son");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSentenceGivingTheNameAndThePlaceAnswers() throws IOException {
        Answer a = ask("ما اسم نجل زعيم تنظيم داعش الذي أعلن مقتله، وأين قتل؟", sonKilled(
                "أكدت الاستخبارات العراقية في بيان الأربعاء مقتل نجل زعيم تنظيم داعش المدعو حذيفة البدري في المحطة "
                        + "الحرارية بمدينة حمص في وسط سوريا."));

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("حذيفة البدري", "حمص"));
    }

    @Test
    void aNameTypedAsIsmuIsNotAnsweredByASentenceWithoutOne() throws IOException {
        Article ramming = arabic("ramming", "2026-07-04T10:00:00Z", "مقتل 9 وإصابة العشرات في حادثة دهس جنوبي الصين",
                "قالت حكومة مدينة هينجيانغ في جنوب الصين، إن تسعة أشخاص لقوا حتفهم، وأصيب 46 آخرون، بعدما اقتحمت "
                        + "سيارة ساحة مكتظة بالناس وإن الشرطة احتجزت السائق.");

        Answer a = ask("السواق اللى دهس الناس فى الساحه فى هينجيانغ فى الصين اسمو ايه", ramming);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("ramming");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void whichMatchIsNotAnsweredByASentenceThatNamesNoSides() throws IOException {
        Article fans = arabic("fans", "2026-07-04T10:00:00Z", "السلطات الإيرانية تعتقل 35 امرأة حاولن حضور مباراة كرة قدم", List.of(
                "السلطات في إيران تعتقل 35 امرأة بعدما حاولن محاولة حضور مباراة كرة قدم في ملعب بالعاصمة طهران.",
                "اعتقلت السلطات الإيرانية 35 امرأة بعدما حاولن حضور مباراة كرة قدم في ملعب بالعاصمة طهران.",
                "وحاولت النساء حضور مباراة فريقي الاستقلال وبيرسيبوليس في طهران الخميس. لكن السلطات أعلنت احتجازهن "
                        + "بصورة مؤقتة، وقالت إنه سيطلق سراحهن عقب نهاية المباراة."));

        Answer a = ask("أي مباراة حاولت النساء الإيرانيات الـ35 المعتقلات حضورها في طهران؟", fans);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("fans");
        // "اعتقلت السلطات الإيرانية 35 امرأة بعدما حاولن حضور مباراة كرة قدم…" names no match
        assertThat(a.directAnswer().filter(d -> !d.contains("الاستقلال وبيرسيبوليس"))).isEmpty();
    }

    @Test
    void nextYearIsNoPlaceForAConcertAskedWhereAndWhen() throws IOException {
        Article concert = arabic("concert", "2026-07-04T10:00:00Z", "زياد الرحباني ينهي قطيعة سنوات مع والدته فيروز",
                "أعلن الفنان والموسيقي اللبناني زياد الرحباني مساء الجمعة عن عودة العلاقات إلى طبيعتها مع والدته "
                        + "الفنانة فيروز، كما أعلن عن حفل لفيروز في العام القادم.");

        Answer a = ask("حفلة فيروز اللي حكى عنها زياد الرحباني، وين رح تكون وأيمتى بالضبط؟", concert);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("concert");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void anAgeAskedBesideAPlaceIsNotAnsweredByACountOfCases() throws IOException {
        Article pomegranate = arabic("pomegranate", "2026-07-04T10:00:00Z",
                "وفاة امرأة أسترالية بالتهاب الكبد بسبب رمان مجمد ملوث",
                "توفيت امرأة أسترالية في مدينة سيدني بالتهاب الكبد الفيروسي بسبب عبوة رمان مجمد ملوثة، والسلطات "
                        + "تحذر من منتجات مجمدة ارتبطت بظهور 24 حالة من المرض في البلاد.");

        Answer a = ask("الست الاستراليه اللى ماتت من الرمان المجمد الملوث كان عندها كام سنه؟ و ماتت فين", pomegranate);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("pomegranate");
        assertThat(a.directAnswer()).isEqualTo(Optional.empty());
    }
    @Test
    void aTollInWordsAnswersBesideTheInjuredInFigures() throws IOException {
        Article bomb = arabic("bomb", "2026-07-04T10:00:00Z", "قتلى وجرحى في تفجير سيارة مفخخة وسط بنغازي",
                "قتل سبعة أشخاص على الأقل وأصيب حوالي 20 آخرين بجروح في تفجير سيارة مفخخة قرب مسجد "
                        + "بيعة الرضوان وسط بنغازي في شرق ليبيا، كما أفاد مصدر أمني.");

        Answer a = ask("السيارة المفخخة اللي تفجرت في بنغازي، فين وقعت بالضبط وشحال من واحد مات؟", bomb);

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("سبعة أشخاص"));
    }
}
