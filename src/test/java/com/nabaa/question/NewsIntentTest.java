package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** "What is new" and "how much is it now" as readers ask them. */
class NewsIntentTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    private static Question parse(String asked) {
        return QuestionParser.parse(asked, NOW);
    }

    private static void whatsNew(String asked, String topic) {
        Question q = parse(asked);
        assertThat(q.latest()).as(asked).isTrue();
        assertThat(q.searchText()).as(asked).isEqualTo(topic);
        assertThat(String.join(" ", q.topicWords())).as(asked).isEqualTo(topic);
    }

    @Test
    void whatIsNewInEachDialectAsksForTheNewestOnTheTopicAlone() {
        whatsNew("ما الجديد في اليمن؟", "اليمن");
        whatsNew("ما هو الجديد في قضية خاشقجي", "قضية خاشقجي");
        whatsNew("ايه الجديد في سوريا", "سوريا");
        whatsNew("شنو الجديد في ليبيا؟", "ليبيا");
        whatsNew("واش كاين شي جديد في الجزائر", "الجزائر");
        whatsNew("هل من جديد في مفاوضات سد النهضة؟", "مفاوضات سد النهضة");
        whatsNew("الجديد في أزمة الدولار", "أزمة الدولار");
    }

    @Test
    void newAsAWordOfTheTopicStays() {
        Question q = parse("ما هي الحكومة الجديدة في اليمن؟");

        assertThat(q.latest()).isFalse();
        assertThat(q.searchText()).contains("الجديدة");
        assertThat(parse("من هو رئيس الوزراء الجديد؟").searchText()).contains("الجديد");
    }

    @Test
    void aPriceOrARateAsItStandsAsksForTheCurrentValue() {
        assertThat(parse("قديش سعر برميل النفط برنت؟").asksCurrentValue()).isTrue();
        assertThat(parse("الدولار بكام").asksCurrentValue()).isTrue();
        assertThat(parse("كم أسعار الذهب في مصر؟").asksCurrentValue()).isTrue();
        assertThat(parse("what is the price of gold").asksCurrentValue()).isTrue();
        assertThat(parse("سعر الدولار النهارده").asksCurrentValue()).as("today holds now").isTrue();
    }

    @Test
    void aRunningCountThisSeasonOrSoFarAsksForTheCurrentValue() {
        assertThat(parse("كم هدف سجل محمد صلاح في الدوري الإنجليزي هذا الموسم؟").asksCurrentValue()).isTrue();
        assertThat(parse("قديش عدد الضحايا لحد الآن؟").asksCurrentValue()).isTrue();
        assertThat(parse("how many goals has Salah scored so far").asksCurrentValue()).isTrue();
        assertThat(parse("كم هدف سجل صلاح في نهائي دوري الأبطال؟").asksCurrentValue()).as("one match, not a count")
                .isFalse();
        assertThat(parse("كم هدفا سجل صلاح الموسم الماضي؟").asksCurrentValue()).isFalse();
    }

    @Test
    void aCountOfTheYearStillRunningAsksForTheNewestTotal() {
        assertThat(parse("كم عدد الحجاج هالسنة؟").asksCurrentValue()).isTrue();
        assertThat(parse("كم عدد السياح هذا العام؟").asksCurrentValue()).isTrue();
        assertThat(parse("how many pilgrims this year").asksCurrentValue()).isTrue();
        assertThat(parse("كم عدد الحجاج عام 2017؟").asksCurrentValue()).as("a year gone").isFalse();
        assertThat(parse("كم كان عدد الحجاج هذا العام؟").asksCurrentValue()).as("asked in the past").isFalse();
    }

    @Test
    void aPriceInThePastOrOnANamedDayIsNotTheCurrentValue() {
        assertThat(parse("كم كان سعر برميل برنت عام 2014؟").asksCurrentValue()).isFalse();
        assertThat(parse("كم كان سعر النفط عند تأسيس أوبك؟").asksCurrentValue()).isFalse();
        assertThat(parse("سعر الدولار امبارح").asksCurrentValue()).as("the day is named").isFalse();
        assertThat(parse("what was the price of oil").asksCurrentValue()).isFalse();
        assertThat(parse("من فاز بالانتخابات البرازيلية؟").asksCurrentValue()).isFalse();
    }
}
