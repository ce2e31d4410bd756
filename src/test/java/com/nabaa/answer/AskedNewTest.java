package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.question.QuestionParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short question asking for something new ("مين رئيس الوزراء الجديد؟") wants the newest story about
 * it, not the one that matches its words best months earlier; "من جديد" (again) and a long question
 * about something new of its own past do not.
 */
class AskedNewTest {
    private static final ZonedDateTime JUNE = ZonedDateTime.of(2026, 6, 8, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    @Test
    void theNewestStoryAboutTheNewOneComesFirst() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-04",
                arabic("february", "2026-02-10T10:00:00Z", "رئيس الوزراء الجديد في الواحة يؤدي اليمين",
                        "أدى رئيس الوزراء الجديد في الواحة اليمين الدستورية أمام الملك، وقال رئيس الوزراء الجديد إن حكومته ستعمل للجميع."),
                arabic("june", "2026-06-07T10:00:00Z", "الملك يكلف سالم برئاسة الوزراء",
                        "كلف الملك سالم بتشكيل الحكومة الجديدة خلفا لرئيس الوزراء المستقيل."));

        Answer a = askOver(dir, news, "مين رئيس الوزراء الجديد؟", JUNE);

        assertThat(a.stories()).extracting(Story::articleId).startsWith("june", "february");
    }

    @Test
    void newAsksForTheNewestOnlyInAShortQuestionAndNotAsAgain() {
        assertThat(Recency.asksNew(QuestionParser.parse("مين رئيس الوزرا الجديد؟", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("new iPhone XS announced", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("متى بدأ الناس من جديد في إظهار الاهتمام بتسلا؟", JUNE))).isFalse();
        assertThat(Recency.asksNew(QuestionParser.parse("هل يشمل الاتفاق الجديد الفيديو عند الطلب والدقة العالية؟", JUNE)))
                .as("a long question names something new of its own").isFalse();
        assertThat(Recency.asksNew(QuestionParser.parse("رئيس الوزراء الجديد امبارح", JUNE))).as("a date asked").isFalse();
    }

    @Test
    void aNewHolderOfAPostAsksForTheNewestInAQuestionOfAnyLength() throws IOException {
        assertThat(Recency.asksNew(QuestionParser.parse("من القائد الجديد للقوة المشتركة لمجموعة دول الساحل الخمس؟", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("who is the new coach of the egyptian national football team", JUNE))).isTrue();
        List<Article> news = TestArticles.amongOtherNews(40, "2026-04",
                arabic("attack", "2026-05-25T10:00:00Z", "هجوم على مقر القوة المشتركة لمجموعة دول الساحل الخمس",
                        "استهدف هجوم مقر القوة المشتركة لمجموعة دول الساحل الخمس في وسط مالي، وقال القائد إن القوة ستواصل عملها."),
                arabic("appointed", "2026-06-07T10:00:00Z", "جنرال موريتاني لقيادة مجموعة الساحل",
                        "عين قادة مجموعة الساحل الجنرال حنينا ولد سيدي قائدا جديدا للقوة المشتركة."));

        Answer a = askOver(dir, news, "من القائد الجديد للقوة المشتركة لمجموعة دول الساحل الخمس؟", JUNE);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("appointed");
    }

    @Test
    void whetherSomethingHasHappenedYetAsksForTheNewest() {
        assertThat(Recency.asksNew(QuestionParser.parse("فتحوا الحدود بين الاردن وسوريا ولا لسا؟", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("كوبر مشي ولا لسه؟", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("has Egypt raised fuel prices yet?", JUNE))).isTrue();
        assertThat(Recency.asksNew(QuestionParser.parse("كوبر مشي امبارح ولا لسه؟", JUNE))).as("a date asked").isFalse();
    }

    @Test
    void aStatusQuestionGetsTheNewestStoryAboutItNotAnOlderBetterMatch() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-04",
                arabic("march", "2026-03-10T10:00:00Z", "المدرب سالم باق مع المنتخب حتى نهاية البطولة",
                        "قال اتحاد الكرة إن المدرب سالم باق مع المنتخب، وإن المدرب سالم سيقود المنتخب في البطولة."),
                arabic("june", "2026-06-07T10:00:00Z", "اتحاد الكرة يطوي صفحة الأرجنتيني",
                        "أعلن اتحاد الكرة رحيل المدرب سالم عن تدريب المنتخب بعد الخروج من البطولة."));

        Answer a = askOver(dir, news, "المدرب سالم مشي ولا لسه؟", JUNE);

        assertThat(a.stories()).extracting(Story::articleId).startsWith("june");
    }
}
