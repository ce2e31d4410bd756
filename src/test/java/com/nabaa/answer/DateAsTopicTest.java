package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date phrase that is the topic of the question rather than the date of the news. */
class DateAsTopicTest {
    @TempDir
    Path dir;
    NewsIndex index;
    AskService service;

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        // Ramadan 1447 ran from 18 February to 19 March 2026.
        index.upsert(arabic("in-ramadan", "2026-03-01T10:00:00Z", "استعدادات العيد في القاهرة",
                "يستعد المسلمون في القاهرة لاستقبال العيد بشراء الكعك والملابس الجديدة."));
        index.upsert(arabic("about-ramadan", "2025-06-01T10:00:00Z", "صيام رمضان",
                "يصوم المسلمون شهر رمضان من الفجر حتى غروب الشمس."));
        index.upsert(arabic("bourse", "2026-03-02T10:00:00Z", "البورصة تربح",
                "ربحت البورصة المصرية 12 مليار جنيه في ختام التعاملات."));
        index.upsert(arabic("metro", "2025-07-01T10:00:00Z", "افتتاح محطة مترو",
                "افتتح وزير النقل محطة جديدة للمترو في القاهرة."));
        index.upsert(arabic("arafa", "2025-06-05T10:00:00Z", "يوم عرفة", "يصوم كثيرون يوم عرفة."));
        index.upsert(arabic("doctors", "2025-08-05T10:00:00Z", "نصائح طبية", "يصوم المرضى بإذن الطبيب فقط."));
        index.upsert(arabic("tweet", "2026-10-01T10:00:00Z", "ميدو يرد على الفيديو المسرب",
                "كتب ميدو: امبارح اتسرب فيديو من الاستوديو وأنا بعتذر للجمهور."));
        index.upsert(arabic("zamalek-old", "2025-01-10T10:00:00Z", "الزمالك يتعاقد مع مدرب جديد",
                "أعلن نادي الزمالك التعاقد مع مدرب برتغالي لمدة عامين."));
        index.upsert(arabic("zamalek-new", "2026-11-20T10:00:00Z", "الزمالك يفوز على سموحة",
                "فاز نادي الزمالك على سموحة بهدفين في الدوري."));
        index.upsert(arabic("deported", "2026-11-24T10:00:00Z", "ألمانيا ترحل مغربيا متورطا في هجمات 11 سبتمبر",
                "رحلت السلطات الألمانية المغربي منير الفلاني المدان بالتورط في هجمات 11 سبتمبر إلى المغرب."));
        index.upsert(arabic("race", "2026-11-24T10:00:00Z", "السعودية تستضيف سباق فورمولا إي في ديسمبر",
                "أعلنت السعودية أنها ستستضيف سباق فورمولا إي للسيارات الكهربائية في منطقة الدرعية قرب الرياض."));
        index.upsert(arabic("mall", "2026-11-20T10:00:00Z", "حريق يلتهم سيارات في مواقف أوت لت مول",
                "التهم حريق 40 سيارة في مواقف أوت لت مول مساء الخميس."));
        index.commit(10);
        service = new AskService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aStoryThatAnswersTheQuestionWithItsDateAsWordsBeatsAWeakStoryOfThatDate() {
        Answer answer = service.ask(AskRequest.of("متى يصوم المسلمون في رمضان؟", NOW, 3));

        assertThat(answer.stories()).isNotEmpty();
        assertThat(answer.stories().get(0).articleId()).isEqualTo("about-ramadan");
    }

    @Test
    void aStoryOfThatDateThatAnswersAsWellKeepsTheDate() {
        Answer answer = service.ask(AskRequest.of("البورصة في رمضان", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("bourse");
    }

    @Test
    void yesterdayWithNothingThatDayOffersTheNewestStoriesOnTheTopicNotOnesQuotingTheWord() {
        Answer answer = service.ask(AskRequest.of("ايه اخبار الزمالك امبارح", NOW, 3));

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("zamalek-new", "zamalek-old");
    }
    @Test
    void anEventNamedByItsDayIsAnsweredByTheStoryNamingThatDay() {
        Answer answer = service.ask(AskRequest.of("المغربي اللي كان متورط فهجمات 11 شتنبر، ألمانيا رحلاتو للمغرب؟", NOW, 3));

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("deported");
    }

    @Test
    void anEventNamedByItsMonthIsAnsweredByTheStoryNamingThatMonth() {
        Answer answer = service.ask(AskRequest.of("سباق الفورمولا إي اللي بيستضيفونه بالسعودية في ديسمبر، وين بيصير بالضبط؟", NOW, 3));

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories()).extracting(Story::articleId).first().isEqualTo("race");
    }

    @Test
    void aMonthsNameThatIsAPlacesNameIsNoMonthOfTheEvent() {
        // the Maghreb's أوت (August) in a mall's name: the fire of November is not August's
        Answer answer = service.ask(AskRequest.of("حريق السيارات في مواقف أوت لت مول، وين صار بالضبط؟", NOW, 3));

        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.ANSWERED);
    }
}
