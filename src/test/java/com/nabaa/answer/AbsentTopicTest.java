package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story that matches most of a question but lacks what makes its topic (the year it names, a
 * place the news knows well) does not answer it: the reader is told that nothing answers, instead of
 * being shown 2018's World Cup for 2022's or a ship seeking a port for the port of Beirut.
 */
class AbsentTopicTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        index.upsert(arabic("final-2018", "2018-07-15T19:00:00Z", "فرنسا تتوج بكأس العالم 2018 بفوزها على كرواتيا",
                "فازت فرنسا على كرواتيا بأربعة أهداف مقابل هدفين في نهائي كأس العالم في موسكو."));
        index.upsert(arabic("qatar-stadiums", "2018-06-01T10:00:00Z", "قطر تكمل ملاعب كأس العالم 2022",
                "أعلنت اللجنة المنظمة أن ملاعب كأس العالم 2022 ستكون جاهزة قبل موعد البطولة بعامين."));
        index.upsert(arabic("iraq-vote", "2018-05-19T12:00:00Z", "تحالف الصدر يفوز بالانتخابات البرلمانية في العراق",
                "أعلنت المفوضية نتائج الانتخابات البرلمانية العراقية وتصدر تحالف سائرون القوائم."));
        index.upsert(arabic("ship-port", "2018-06-12T09:00:00Z", "سفينة مهاجرين تبحث عن مرفأ أوروبي",
                "ما زالت سفينة الإنقاذ تبحث عن مرفأ يستقبل المهاجرين بعد أن رفضت إيطاليا ومالطا استقبالها."));
        // Beirut and explosions are news the index knows well, ports less so: a port story without
        // either is not the Beirut port explosion, nor is a Beirut cabinet meeting or a factory blast.
        for (int i = 0; i < 40; i++) {
            String day = "2018-03-" + (10 + i % 18) + "T08:00:00Z";
            index.upsert(arabic("beirut-" + i, day, "جلسة للحكومة في بيروت رقم " + i,
                    "اجتمع مجلس الوزراء في بيروت وناقش الموازنة العامة والكهرباء في الجلسة " + i + "."));
            index.upsert(arabic("blast-" + i, day, "انفجار في مصنع للكيماويات رقم " + i,
                    "وقع انفجار في مصنع للكيماويات في ولاية غوجارات الهندية وأصيب عمال في الحادث " + i + "."));
        }
        for (int i = 0; i < 10; i++) {
            index.upsert(arabic("tartus-" + i, "2018-04-0" + (1 + i % 9) + "T08:00:00Z", "مرفأ طرطوس يستقبل سفينة رقم " + i,
                    "استقبل مرفأ طرطوس سفينة محملة بالقمح في الرحلة " + i + "."));
        }
        for (int i = 0; i < 360; i++) {
            index.upsert(arabic("league-" + i, "2018-02-" + (10 + i % 18) + "T08:00:00Z", "مباراة في الدوري رقم " + i,
                    "انتهت مباراة الأسبوع في الدوري بالتعادل في اللقاء " + i + "."));
        }
        index.commit(454);
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Answer ask(String question, ZonedDateTime now) {
        return service.ask(AskRequest.of(question, now, 3));
    }

    @Test
    void aYearAfterEveryStoryIsNotAnsweredByAnEarlierOne() {
        Answer a = ask("مين كسب كاس العالم 2022؟", ZonedDateTime.of(2022, 12, 19, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.directAnswer()).isEmpty();
        assertThat(a.missing()).containsExactly("2022");
        assertThat(new TextRenderer(CAIRO).render(a)).contains("أقرب خبر لا يذكر: 2022");
    }

    @Test
    void aTopicOfWordsNoStoryHoldsIsNotTheDaysNews() {
        // تاكيرا reads as a verb (ت before a stem) the reader typed: still a topic, and no story holds it
        for (String question : new String[] {"تاكيرا", "اخبار تاكيرا"}) {
            Answer a = ask(question, ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO));

            assertThat(a.kind()).as(question).isEqualTo(Answer.Kind.NOTHING_FOUND);
            assertThat(a.stories()).as(question).isEmpty();
        }
        assertThat(ask("آخر الأخبار", ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO)).kind()).isEqualTo(Answer.Kind.LATEST);
    }

    @Test
    void aWordTheIndexHasNeverSeenIsNamedWhenNothingAnswers() {
        Answer a = ask("من هو رئيس زورفكستان؟", ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.missing()).contains("زورفكستان");
        assertThat(AnswerJson.of(a).get("missing")).isEqualTo(a.missing());
    }

    @Test
    void theNewsOfAPlaceTheIndexDoesNotHoldIsNothingNotTheNewestOfElsewhere() {
        // باكو has a dialect verb's shape (حبسو); read as the reader's own verb it was left out, and
        // "what's new" with nothing left to search listed the newest stories of anywhere.
        Answer a = ask("ما الجديد في باكو؟", ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).isEmpty();
        assertThat(a.missing()).contains("باكو");
        assertThat(ask("ما الجديد؟", ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO)).stories()).isNotEmpty();
    }

    @Test
    void theYearTheStoryTellsOfIsAnswered() {
        Answer a = ask("مين كسب كاس العالم 2018؟", ZonedDateTime.of(2018, 7, 16, 12, 0, 0, 0, CAIRO));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("final-2018");
    }

    @Test
    void aStoryNamingAPastYearBeforeItCameTellsOfPlansNotOfWhatHappened() {
        Answer a = ask("ما نتائج الانتخابات البرلمانية العراقية 2021؟", ZonedDateTime.of(2021, 10, 12, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aYearStillAheadOfTheClockIsAnsweredByTheStoryOfItsPlans() {
        Answer a = ask("متى تجهز ملاعب كأس العالم 2022؟", ZonedDateTime.of(2018, 6, 2, 12, 0, 0, 0, CAIRO));

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("qatar-stadiums");
    }

    @Test
    void aStoryWithoutTheWellKnownPlaceTheQuestionNamesDoesNotAnswer() {
        Answer a = ask("ايه اخبار انفجار مرفأ بيروت؟", ZonedDateTime.of(2018, 7, 1, 12, 0, 0, 0, CAIRO));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void theYearsOfAQuestionAreReadInArabicIndicDigitsToo() {
        assertThat(Evidence.years("زلزال تركيا ٢٠٢٣ وسوريا 2023 و1999")).containsExactly("2023", "1999");
        assertThat(Evidence.years("رقم 12345 و 3000")).isEmpty();
    }

    @Test
    void aYearIsFourDigitsStandingAloneFrom1800To2099() {
        assertThat(Evidence.years("2018م، عام1999، 2017/2018 و(1850)")).containsExactly("2018", "1999", "2017", "1850");
        assertThat(Evidence.years("1799 و2100 و20188 و0201 و+201")).isEmpty();
    }
}
