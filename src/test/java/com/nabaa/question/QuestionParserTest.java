package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, CAIRO);

    private static Question parse(String asked) {
        return QuestionParser.parse(asked, NOW);
    }

    /** 24 November 2026 in Cairo, midnight to midnight. */
    private static DateRange yesterday() {
        return DateRange.between(ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, CAIRO),
                ZonedDateTime.of(2026, 11, 25, 0, 0, 0, 0, CAIRO));
    }

    @Test
    void yesterdayInEgyptianDialectBecomesYesterdaysCairoDayAndLeavesOnlyTheTopic() {
        Question q = parse("ايه اللي حصل امبارح في البورصة؟");

        assertThat(q.when()).contains(yesterday());
        assertThat(q.searchText()).isEqualTo("البورصة");
        assertThat(q.language()).isEqualTo(Language.ARABIC);
        assertThat(q.latest()).isFalse();
    }

    @Test
    void aTopicalWordAloneDoesNotRestrictTheSection() {
        assertThat(parse("ايه اللي حصل امبارح في البورصة؟").section()).isEmpty();
        assertThat(parse("مين كسب الماتش؟").section()).isEmpty();
    }

    @Test
    void aQuestionWithoutDatePhraseOrSectionHasNoFilterAndSearchesItsContentWordsInNewsWording() {
        Question q = parse("مين كسب الماتش؟");

        assertThat(q.when()).isEmpty();
        assertThat(q.section()).isEmpty();
        // A result question: Egyptian كسب is "won" there, as news writes it.
        assertThat(q.searchText()).isEqualTo("فاز مباراة");
    }

    @Test
    void pastedMarkupIsNotSearched() {
        assertThat(parse("<script>alert(1)</script> خاشقجي <b>القنصلية</b>").searchText()).isEqualTo("خاشقجي القنصلية");
        Question q = parse("<script>امبارح</script> <p class=\"article-body\" dir=\"rtl\">ترامب</p>");
        assertThat(q.when()).as("a date inside a script is not the reader's").isEmpty();
        assertThat(q.language()).isEqualTo(Language.ARABIC);
    }

    @Test
    void latestNewsOfANamedSectionFiltersBySectionAndAsksForTheNewest() {
        Question q = parse("آخر أخبار الرياضة");

        assertThat(q.section()).isEqualTo(Optional.of("sport"));
        assertThat(q.when()).isEmpty();
        assertThat(q.latest()).isTrue();
        assertThat(q.searchText()).isEmpty();
    }

    @Test
    void cameToHimAndOffACoastAreNoWordsToSearch() {
        // the Levant's اجته (came to him): the news writes رزق or مولودة; قدام (off a coast): قبالة or أمام
        assertThat(parse("ملحم زين اجته بنت جديدة؟").searchText()).isEqualTo("ملحم زين بنت جديدة");
        assertThat(parse("قداش من حراق غرقو قدام ليبيا؟").searchText()).doesNotContain("قدام");
        // the Levant's بدهن (they want), as بدهم
        assertThat(parse("قديش لغم بدهن يشيلوا من المغطس؟").searchText()).doesNotContain("بدهن");
    }

    @Test
    void aLongQuestionsLastWordsBringOnlyTheirSureSpellings() {
        Question q = parse("كم عدد الإبل اللي استبعدوها من مسابقة جمال الإبل بمهرجان الملك عبدالعزيز بسبب ترمب والبوتوكس؟");

        // the ninth and eleventh words searched: a joined name and a curated one keep their spellings
        assertThat(q.spellings()).filteredOn(s -> s.word().equals("عبدالعزيز"))
                .singleElement().satisfies(s -> assertThat(s.alternatives()).containsExactly("عبد العزيز"));
        assertThat(q.spellings()).filteredOn(s -> s.word().equals("ترمب"))
                .singleElement().satisfies(s -> assertThat(s.alternatives()).contains("ترامب"));
        // the guessing rules (a letter dropped, ج for غ) stay with the first six words
        assertThat(q.spellings()).extracting(Question.Spelling::word).doesNotContain("البوتوكس", "بسبب");
    }

    @Test
    void aTransliteratedNameBringsItsOtherSpelling() {
        Question q = parse("ترمب");

        assertThat(q.spellings()).hasSize(1);
        assertThat(q.spellings().get(0).word()).isEqualTo("ترمب");
        assertThat(q.spellings().get(0).alternatives()).contains("ترامب").doesNotContain("ترمب");
    }

    @Test
    void anEnglishQuestionIsEnglishAndYesterdayIsResolvedInTheReadersZone() {
        Question q = parse("what happened yesterday in Cairo");

        assertThat(q.language()).isEqualTo(Language.ENGLISH);
        assertThat(q.when()).contains(yesterday());
        assertThat(q.searchText()).isEqualTo("Cairo");
    }

    @Test
    void anArabicQuestionNamingABrandInLatinLettersIsArabic() {
        assertThat(parse("ايه اخبار iPhone XS Max").language()).isEqualTo(Language.ARABIC);
        assertThat(parse("Apple iPhone XS Max news").language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void keepsTheQuestionAsTypedAndTheClockItWasResolvedAgainst() {
        Question q = parse("  مين كسب الماتش؟ ");

        assertThat(q.asked()).isEqualTo("مين كسب الماتش؟");
        assertThat(q.now()).isEqualTo(NOW);
    }

    @Test
    void bidiAndZeroWidthControlsAreStrippedBeforeAnythingReadsTheQuestion() {
        Question plain = parse("خاشقجي");
        Question marked = parse("\u202Eخاشقجي\u202C");

        assertThat(marked.asked()).isEqualTo("خاشقجي");
        assertThat(marked.searchText()).isEqualTo(plain.searchText());
        assertThat(marked.topicWords()).isEqualTo(plain.topicWords());
        assertThat(marked.latest()).as("a topic alone").isEqualTo(plain.latest()).isTrue();
        assertThat(marked.language()).isEqualTo(Language.ARABIC);
    }

    @Test
    void controlsInsideFillersAndDatePhrasesDoNotHideThem() {
        Question q = parse("\u2067شو\u200F صار\u2069 \uFEFFامبارح في\u00A0البورصة\u200B؟");

        assertThat(q.when()).contains(yesterday());
        assertThat(q.searchText()).isEqualTo("البورصة");
    }

    @Test
    void aMaghrebiWhatHappenedAboutATopicAsksForItsNewestStories() {
        Question q = parse("شنوة صار في تونس؟");

        assertThat(q.searchText()).isEqualTo("تونس");
        assertThat(q.topicWords()).containsExactly("تونس");
        assertThat(q.latest()).isTrue();
    }

    @Test
    void theLevantineAnyoneIsNoTopicWord() {
        // "was anyone hurt?": حدا asks, and news writes it only for "a limit" (وضع حدا)
        assertThat(parse("وقعت صخرة من حيط البراق؟ وانصاب حدا؟").searchText()).doesNotContain("حدا");
    }

    @Test
    void whatHappenedOnADayOrInAnMsaQuestionIsNoRequestForTheNewest() {
        assertThat(parse("شنوة صار في تونس امبارح؟").latest()).isFalse();
        assertThat(parse("ما الذي حدث للطاقم خلال اختبار المقابس؟").latest()).isFalse();
        assertThat(parse("واش صرا في الانتخابات البلدية الاخيرة في تونس العاصمة؟").latest()).as("a longer question").isFalse();
    }

    @Test
    void whatHappenedAboutATopicOfFourWordsAsksForItsNewestStories() {
        Question q = parse("شو صار مع الأولاد اللي علقوا بكهف بتايلاند؟");

        assertThat(q.topicWords()).hasSize(4);
        assertThat(q.latest()).isTrue();
    }

    @Test
    void withoutTimeFilterPutsAMonthBackIntoTheSearchTextAndKeepsTheSection() {
        Question q = parse("أخبار الرياضة في فبراير").withoutTimeFilter();

        assertThat(q.when()).isEmpty();
        assertThat(q.section()).contains("sport");
        assertThat(q.searchText()).contains("فبراير");
    }

    @Test
    void withoutTimeFilterDropsYesterdayAndAsksForTheNewestInstead() {
        Question dated = parse("أخبار الأهلي امبارح");
        Question q = dated.withoutTimeFilter();

        assertThat(dated.dateMayBeTopic()).isFalse();
        assertThat(q.when()).isEmpty();
        assertThat(q.searchText()).isEqualTo(dated.searchText()).doesNotContain("امبارح");
        assertThat(q.latest()).isTrue();
    }

    @Test
    void theTopicWordsAreTheContentWordsAsTypedWithoutTheDatePhraseAndKeepANamedSection() {
        assertThat(parse("ايه اللي حصل امبارح في البورصة؟").topicWords()).containsExactly("البورصة");
        assertThat(parse("مين كسب الماتش؟").topicWords()).containsExactly("كسب", "الماتش");
        assertThat(parse("آخر أخبار الرياضة").topicWords()).containsExactly("الرياضة");
        assertThat(parse("آخر الأخبار").topicWords()).isEmpty();
    }

    @Test
    void theRetryWithoutTheDateKeepsTheTopicWords() {
        Question q = parse("أخبار الأهلي امبارح");

        assertThat(q.withoutTimeFilter().topicWords()).isEqualTo(q.topicWords()).containsExactly("الأهلي");
    }
}
