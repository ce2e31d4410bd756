package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question asking first of all why ("عرفوا سبب الحريق؟") is not answered by a story saying the cause
 * is not known yet ("وأضافت أن تحقيقا يجري لمعرفة سبب الحريق"): nothing answers, and that story comes
 * first among the related headlines. The same story still answers what it tells, and a dialect word
 * for the event (ولعت: caught fire) asks of the same kind of event as news writes it (حريق).
 */
class CauseWithheldTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static final Article FIRE = arabic("fire", "2026-04-19T10:00:00Z",
            "حريق في قطار سريع متجه من كولونيا إلى ميونيخ",
            "شب حريق في قطار سريع متجه من كولونيا إلى ميونيخ، وتم إخلاؤه من جميع الركاب وعددهم 510 من دون أن يصاب أحد.\n\n"
                    + "وقالت الشركة المشغلة للقطار إنها أغلقت الخط، وأضافت أن تحقيقا يجري لمعرفة سبب الحريق.");

    @Test
    void aCauseAskedIsNotAnsweredByAStorySayingItIsNotKnownYet() throws IOException {
        Answer answer = ask("عرفوا سبب حريق القطار السريع اللي بين كولونيا وميونيخ؟", FIRE);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::articleId).first().isEqualTo("fire");
    }

    @Test
    void theSameStoryAnswersHowManyWereAboardAskedWithTheDialectsFire() throws IOException {
        Answer answer = ask("القطار السريع اللي ولعت فيه النار بين كولونيا وميونيخ كان فيه كام راكب؟", FIRE);

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("fire");
    }

    @Test
    void anotherReportGivingTheCauseAnswers() throws IOException {
        Article cause = arabic("cause", "2026-04-19T16:00:00Z", "ماس كهربائي وراء حريق القطار السريع بين كولونيا وميونيخ",
                "قالت الشرطة إن حريق القطار السريع المتجه من كولونيا إلى ميونيخ نجم عن ماس كهربائي في إحدى العربات.");

        // One story from two outlets: the other report may have learnt what the first did not.
        Answer answer = ask("عرفوا سبب حريق القطار السريع اللي بين كولونيا وميونيخ؟", FIRE, cause);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories().get(0).articleIds()).contains("cause");
    }

    @Test
    void aCauseIsWithheldWhenNotKnownYetNotWhenTheCircumstancesAreLookedInto() {
        assertThat(AnswerEvidence.withholdingCause("ولم يتضح بعد سبب الانفجار.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingCause("وأضافت أن تحقيقا يجري لمعرفة سبب الحريق.")).hasSize(1);
        assertThat(AnswerEvidence.withholdingCause("وفتحت السلطات تحقيقا لمعرفة ملابسات الحادث.")).isEmpty();
        assertThat(AnswerEvidence.withholdingCause("وقالت الشرطة إن سبب الحريق ماس كهربائي.")).isEmpty();
        assertThat(AnswerEvidence.asksCause("ليش سكروا المطار؟")).isTrue();
        assertThat(AnswerEvidence.asksCause("كام واحد اتصاب؟ وعرفوا السبب ولا لسه؟")).as("a count asked first").isFalse();
    }
}
