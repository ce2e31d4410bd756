package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a front end gets besides the stories: the kind of answer, pages of one ranking with "more",
 * the language to reply in, and the topic words to follow. The news of {@link AskServiceTest}.
 */
class FrontEndAnswerTest {
    @TempDir
    static Path dir;
    static NewsIndex index;
    static AskService service;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        for (Article a : AskServiceTest.ARTICLES) index.upsert(a);
        index.commit(AskServiceTest.ARTICLES.size());
        service = new AskService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Answer ask(String question) {
        return service.ask(AskRequest.of(question, NOW, 3));
    }

    private static List<String> leads(Answer answer) {
        return answer.stories().stream().map(Story::articleId).toList();
    }

    @Test
    void storiesThatAnswerTheQuestionAreAnAnsweredAnswer() {
        Answer answer = ask("كم سعر تذكرة الخط الرابع للمترو؟");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.noAnswer()).isFalse();
    }

    @Test
    void aTopicTypedAloneOrTheLatestNewsAreTheLatest() {
        assertThat(ask("البورصة المصرية").kind()).isEqualTo(Answer.Kind.LATEST);
        assertThat(ask("آخر الأخبار").kind()).isEqualTo(Answer.Kind.LATEST);
        assertThat(ask("آخر أخبار الرياضة").kind()).isEqualTo(Answer.Kind.LATEST);
    }

    @Test
    void aDateThatNothingAnswersGivesTheAnswerWithoutTheDateAndSaysSo() {
        // The quake struck today: the day before yesterday, and the day after it, have no report of it.
        // (Its story covers all of "زلزال كريت"; one covering less than OFFERED_COVERAGE is not offered.)
        Answer before = ask("ماذا عن زلزال كريت أول امبارح؟");
        Answer today = ask("ماذا عن زلزال كريت اليوم؟");

        assertThat(before.kind()).isEqualTo(Answer.Kind.UNDATED);
        assertThat(leads(before)).containsExactly("quake");
        assertThat(today.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(leads(today)).containsExactly("quake");
    }

    @Test
    void anAbsentTopicFindsNothing() {
        Answer answer = ask("هجرة البطاريق في القطب الجنوبي");

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.noAnswer()).isTrue();
        assertThat(answer.stories()).isEmpty();
        assertThat(answer.more()).isFalse();
    }

    @Test
    void theNextPageContinuesTheSameRankingWithoutRepeatingTheDirectAnswer() {
        AskRequest firstPage = AskRequest.of("كم ربحت البورصة المصرية؟", NOW, 2);
        Answer first = service.ask(firstPage);
        Answer second = service.ask(firstPage.next());
        Answer both = service.ask(AskRequest.of("كم ربحت البورصة المصرية؟", NOW, 4));

        assertThat(Stream.concat(leads(first).stream(), leads(second).stream()).toList())
                .hasSize(4).isEqualTo(leads(both));
        assertThat(first.offset()).isZero();
        assertThat(first.more()).isTrue();
        assertThat(first.directAnswer()).isPresent();
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.more()).isFalse();
        assertThat(second.directAnswer()).isEmpty();
        assertThat(second.kind()).isEqualTo(Answer.Kind.ANSWERED);
    }

    @Test
    void pagesOfTheNewestStoriesGoOnUntilTheOldest() {
        Answer first = service.ask(AskRequest.of("آخر الأخبار", NOW, 5));
        Answer last = service.ask(new AskRequest("آخر الأخبار", Optional.empty(), NOW, 5, 10));

        assertThat(leads(first)).containsExactly("bourse-down", "quake", "bourse-up", "metro-shorouk", "metro-ahram");
        assertThat(first.more()).isTrue();
        assertThat(leads(last)).containsExactly("bourse-listing", "floods-libya", "floods-somalia", "floods-delta");
        assertThat(last.more()).isFalse();
    }

    @Test
    void aPageAfterTheLastStoryIsEmptyAndOffersNoMore() {
        Answer past = service.ask(new AskRequest("كم ربحت البورصة المصرية؟", Optional.empty(), NOW, 3, 9));

        assertThat(past.stories()).isEmpty();
        assertThat(past.more()).isFalse();
        assertThat(past.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(past.offset()).isEqualTo(9);
    }

    @Test
    void anArabicQuestionIsAnsweredInArabicAndAnEnglishOneInEnglishWhateverTheReadersLanguage() {
        assertThat(service.ask(AskRequest.of("زلزال كريت", NOW, 3).withReaderLanguage(Language.ENGLISH)).language())
                .isEqualTo(Language.ARABIC);
        assertThat(service.ask(AskRequest.of("Cairo airport terminal", NOW, 3).withReaderLanguage(Language.ARABIC))
                .language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aQuestionWithoutLettersIsAnsweredInTheReadersLanguageElseArabic() {
        assertThat(service.ask(AskRequest.of("2026؟", NOW, 3).withReaderLanguage(Language.ENGLISH)).language())
                .isEqualTo(Language.ENGLISH);
        assertThat(service.ask(AskRequest.of("2026؟", NOW, 3)).language()).isEqualTo(Language.ARABIC);
        assertThat(service.ask(AskRequest.of("2026؟", NOW, 3).withReaderLanguage(Language.OTHER)).language())
                .isEqualTo(Language.ARABIC);
    }

    @Test
    void theTopicWordsAreTheReadersOwnWordsWithoutFillersOrDate() {
        assertThat(ask("ايه اللي حصل امبارح في البورصة؟").topicWords()).containsExactly("البورصة");
        // As typed: the reader follows الماتش, not the word it is searched as (مباراة).
        assertThat(ask("مين كسب ماتش الأهلي؟").topicWords()).containsExactly("كسب", "ماتش", "الأهلي");
        assertThat(ask("آخر الأخبار").topicWords()).isEmpty();
    }
}
