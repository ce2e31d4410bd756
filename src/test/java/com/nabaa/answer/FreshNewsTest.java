package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader who wants the news of now (what is new, a topic alone, a price or a rate) gets the newest
 * stories; a factual question keeps its best answer first; a past day reaches the reports of the day
 * after. The clock is {@link TestArticles#NOW}: 25 November 2026, 15:00 in Cairo (13:00 UTC).
 */
class FreshNewsTest {
    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        // Yemen: a long background piece from September names the country far more often than the news.
        index.upsert(arabic("yemen-background", "2026-09-17T14:00:00Z", "الصراع في اليمن في سطور",
                "لمحة عن الصراع في اليمن منذ 2011. حوصر اليمن منذ سنوات، وكان من المفترض أن يجلب الانتقال السياسي"
                        + " الاستقرار إلى اليمن، أفقر دول المنطقة، لكن الحرب في اليمن استمرت."));
        index.upsert(arabic("yemen-new", "2026-11-24T18:00:00Z", "الرئيس اليمني يعين رئيسا جديدا للحكومة",
                "قرر الرئيس اليمني إعفاء رئيس الوزراء من منصبه وتعيين خلف له، في أكبر تغيير حكومي في اليمن منذ عامين."));
        index.upsert(arabic("yemen-tonight", "2026-11-25T18:00:00Z", "إعصار يضرب المهرة في اليمن",
                "ضرب إعصار مداري محافظة المهرة في اليمن مساء الأربعاء."));
        // Brent: April's record names the price in its headline; this week's report only in its text.
        index.upsert(arabic("brent-april", "2026-04-19T06:00:00Z", "أعلى سعر لبرميل برنت منذ 2014",
                "أغلق سعر برميل برنت عند 73.48 دولار للبرميل، وهو أعلى سعر لبرميل برنت منذ نوفمبر 2014."));
        index.upsert(arabic("brent-now", "2026-11-24T08:00:00Z", "أسعار النفط ترتفع بعد تصريحات سعودية",
                "ارتفع سعر برميل النفط من خام برنت 1.2 بالمئة إلى 81.4 دولار في تعاملات الثلاثاء."));
        index.upsert(arabic("brent-tonight", "2026-11-25T19:00:00Z", "برنت يقفز فوق 85 دولارا",
                "قفز سعر برميل برنت إلى 85.2 دولار للبرميل مساء الأربعاء."));
        // The dollar: this morning's rate, and tonight's, after the reader's clock.
        index.upsert(arabic("dollar-morning", "2026-11-25T07:00:00Z", "سعر الدولار يستقر أمام الجنيه",
                "استقر سعر الدولار أمام الجنيه المصري صباح اليوم عند 47.9 جنيه للشراء."));
        index.upsert(arabic("dollar-tonight", "2026-11-25T17:00:00Z", "الدولار يقفز أمام الجنيه في المساء",
                "قفز سعر الدولار أمام الجنيه المصري في تعاملات المساء إلى 48.6 جنيه."));
        // A storm on Tuesday evening in Alexandria, reported on Tuesday night and again on Wednesday morning.
        index.upsert(arabic("storm-tuesday", "2026-11-24T19:30:00Z", "أمطار غزيرة تغرق شوارع الإسكندرية",
                "أغرقت أمطار غزيرة شوارع الإسكندرية مساء الثلاثاء وتعطلت حركة المرور في الكورنيش."));
        index.upsert(arabic("storm-wednesday", "2026-11-25T06:00:00Z", "الإسكندرية تحصي خسائر الأمطار",
                "بدأت محافظة الإسكندرية صباح الأربعاء حصر خسائر الأمطار الغزيرة التي أغرقت الشوارع مساء الثلاثاء."));
        // A fire on Sunday in Tanta, reported only on Monday, and a follow-up on Tuesday.
        index.upsert(arabic("fire-monday", "2026-11-23T08:00:00Z", "حريق يلتهم مخزنا للأخشاب في طنطا",
                "التهم حريق ضخم مخزنا للأخشاب في طنطا مساء الأحد دون إصابات."));
        index.upsert(arabic("fire-tuesday", "2026-11-24T09:00:00Z", "النيابة تحقق في حريق طنطا",
                "بدأت النيابة التحقيق في حريق مخزن الأخشاب في طنطا."));
        index.commit(13);
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    private static List<String> leads(Answer a) {
        return a.stories().stream().map(Story::articleId).toList();
    }

    /** Every article id the answer shows: leads, other reports, related headlines. */
    private static List<String> shown(Answer a) {
        List<String> ids = new ArrayList<>(leads(a));
        a.stories().forEach(s -> s.alsoReportedBy().forEach(l -> ids.add(l.articleId())));
        a.related().forEach(l -> ids.add(l.articleId()));
        return ids;
    }

    @Test
    void whatIsNewOnATopicGetsItsNewestStoryNotTheBackgroundThatNamesItMost() {
        for (String q : List.of("ما الجديد في اليمن؟", "ايه الجديد في اليمن", "شو الجديد باليمن؟", "هل من جديد في اليمن؟",
                "آخر أخبار اليمن", "اليمن")) {
            Answer answer = ask(q);

            assertThat(leads(answer)).as(q).first().isEqualTo("yemen-new");
            assertThat(answer.kind()).as(q).isEqualTo(Answer.Kind.LATEST);
            assertThat(answer.topicWords()).as(q).doesNotContain("الجديد");
        }
    }

    @Test
    void aPriceAsItStandsGetsTheNewestFigureAsItsDirectAnswer() {
        Answer answer = ask("قديش سعر برميل النفط برنت؟");

        assertThat(leads(answer)).first().isEqualTo("brent-now");
        assertThat(answer.directAnswer()).hasValueSatisfying(s -> assertThat(s).contains("81.4"));
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void todaysPriceWhenTheNewestFigureIsWeeksOldIsOfferedAsAnotherDatesNotAsTheAnswer() {
        Answer answer = service.ask(AskRequest.of("كم سعر برميل برنت اليوم؟", NOW.plusDays(20), 3));

        assertThat(leads(answer)).first().isEqualTo("brent-tonight");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.UNDATED);
        assertThat(answer.directAnswer()).isEmpty();
    }

    @Test
    void todaysPriceFromThisWeeksFigureIsTheAnswer() {
        Answer answer = service.ask(AskRequest.of("كم سعر برميل برنت اليوم؟", NOW.plusDays(3), 3));

        assertThat(leads(answer)).first().isEqualTo("brent-tonight");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.directAnswer()).hasValueSatisfying(s -> assertThat(s).contains("85.2"));
    }

    @Test
    void aTopicAloneGetsTheRecentStoryThatMentionsItBeforeAMonthsOldOneNamedInItsHeadline() {
        assertThat(leads(ask("برنت"))).first().isEqualTo("brent-now");
    }

    @Test
    void aPriceInThePastOrOnANamedDateKeepsTheBestAnswerFirst() {
        assertThat(leads(ask("كم كان أعلى سعر لبرميل برنت منذ 2014؟"))).first().isEqualTo("brent-april");
        assertThat(leads(ask("كم كان سعر برميل برنت في أبريل؟"))).first().isEqualTo("brent-april");
    }

    @Test
    void anOrdinaryQuestionKeepsItsRelevanceRanking() {
        Answer answer = ask("متى بدأ الصراع في اليمن؟");

        assertThat(leads(answer)).first().isEqualTo("yemen-background");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void todaysRateIsThisMorningsAndNotTonightsAfterTheClock() {
        Answer answer = ask("سعر الدولار النهارده");

        assertThat(leads(answer)).first().isEqualTo("dollar-morning");
        assertThat(shown(answer)).doesNotContain("dollar-tonight");
    }

    @Test
    void noStoryPublishedAfterTheClockIsShownHoweverItIsAsked() {
        List<String> future = List.of("yemen-tonight", "brent-tonight", "dollar-tonight");
        for (String q : List.of("ما الجديد في اليمن؟", "إعصار المهرة", "ماذا حدث في المهرة اليوم؟", "برنت",
                "قديش سعر برميل النفط برنت؟", "سعر الدولار", "الدولار يقفز أمام الجنيه في المساء", "آخر الأخبار",
                "أخبار اليوم", "هجرة البطاريق في المهرة")) {
            Answer first = ask(q);
            Answer second = service.ask(AskRequest.of(q, NOW, 3).next());

            assertThat(Stream.concat(shown(first).stream(), shown(second).stream())).as(q)
                    .doesNotContainAnyElementsOf(future);
        }
    }

    @Test
    void aStoryPublishedAfterTheClockIsFoundOnceTheClockHasPassedIt() {
        Answer later = service.ask(AskRequest.of("إعصار المهرة", NOW.plusHours(6), 3));

        assertThat(leads(later)).first().isEqualTo("yemen-tonight");
    }

    @Test
    void yesterdaysEventReachesTheReportsOfTheDayAfterRankedAfterTheDaysOwn() {
        Answer answer = ask("ماذا حدث امبارح في الإسكندرية؟");

        assertThat(leads(answer)).startsWith("storm-tuesday");
        assertThat(shown(answer)).contains("storm-wednesday");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void aDayWhoseEventWasReportedOnlyTheDayAfterIsAnsweredWithThatReport() {
        Answer answer = ask("ماذا حدث في طنطا يوم الأحد؟");

        assertThat(answer.kind()).as("the Monday report answers for Sunday").isEqualTo(Answer.Kind.ANSWERED);
        assertThat(leads(answer)).containsExactly("fire-monday");
        assertThat(shown(answer)).as("two days after is another day's news").doesNotContain("fire-tuesday");
    }
}
