package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Story;
import com.nabaa.news.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReaderFiguresTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-26T12:00+02:00");

    private static ReaderQuestion question(String id, String story, String slice, String... answers) {
        return new ReaderQuestion(id, story, slice, "سؤال", NOW, Set.of(id + "-gold"), List.of(answers),
                Optional.empty());
    }

    private static Answer answered(String storyId, Optional<String> direct) {
        Story s = new Story(storyId, "عنوان", Optional.empty(), "مصدر", "https://example.org/" + storyId, List.of(),
                1f, 1f, false, List.of());
        return new Answer("سؤال", NOW, Language.ARABIC, List.of("سؤال"), Answer.Kind.ANSWERED, List.of(s), direct,
                Optional.empty(), List.of(), 0, false);
    }

    private static Answer nothing() {
        return new Answer("سؤال", NOW, Language.ARABIC, List.of("سؤال"), Answer.Kind.NOTHING_FOUND, List.of(),
                Optional.empty(), Optional.empty(), List.of(), 0, false);
    }

    @Test
    void figuresAreKeptPerSliceForBothSystemsAndOverAll() {
        ReaderFigures f = new ReaderFigures();
        ReaderQuestion egyptian = question("q1", "s1", "egyptian", "فرنسا");
        ReaderQuestion english = question("q2", "s2", "english");
        f.add(egyptian, List.of(List.of("q1-gold")), Optional.of(answered("q1-gold", Optional.of("فازت فرنسا"))),
                List.of(List.of("x"), List.of("q1-gold")));
        f.add(english, List.of(), Optional.of(nothing()), List.of(List.of("q2-gold")));

        assertThat(f.slices()).containsOnlyKeys("egyptian", "english");
        assertThat(f.slices().get("egyptian").nabaa().mrr()).isEqualTo(1.0);
        assertThat(f.slices().get("egyptian").baseline().mrr()).isEqualTo(0.5);
        assertThat(f.slices().get("english").nabaa().retrievalRow()).endsWith("1.000");    // no answer
        assertThat(f.all().nabaa().questions()).isEqualTo(2);
        assertThat(f.direct().precision()).isEqualTo(1.0);
    }

    @Test
    void aFollowUpTheChatAnswersWithAQuestionBackCountsAsNoAnswer() {
        ReaderFigures f = new ReaderFigures();
        f.add(question("q1", "s1", "follow-up"), List.of(), Optional.empty(), List.of());

        assertThat(f.all().nabaa().retrievalRow()).isEqualTo("    1  0.000  0.000  0.000   0.000   1.000");
    }

    @Test
    void absentTopicsAnsweredAreCountedAndSlicesPrintInTheSetsOrder() {
        ReaderFigures f = new ReaderFigures();
        f.addAbsent(new AbsentQuestion("a1", "english", "q", NOW), Optional.of(answered("x", Optional.of("جملة"))), true);
        f.addAbsent(new AbsentQuestion("a2", "egyptian", "س", NOW), Optional.of(nothing()), true);
        f.add(question("q2", "s2", "english"), List.of(), Optional.of(nothing()), List.of());
        f.add(question("q1", "s1", "egyptian"), List.of(), Optional.of(nothing()), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        f.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(f.absentAnswered()).isEqualTo(0.5);
        assertThat(printed).contains("answered anyway: nabaa 50.0% (with a » line: 50.0%), baseline 100.0%");

        assertThat(printed.indexOf("egyptian ")).isLessThan(printed.indexOf("english "));
    }

    @Test
    void storiesOfOtherDatesOfferedForAnAbsentTopicAreCountedApartFromAnswers() {
        ReaderFigures f = new ReaderFigures();
        Answer a = answered("x", Optional.empty());
        Answer otherDates = new Answer(a.question(), a.askedAt(), a.language(), a.topicWords(), Answer.Kind.UNDATED,
                a.stories(), Optional.empty(), Optional.empty(), List.of(), 0, false);
        f.addAbsent(new AbsentQuestion("a1", "relative-date", "q", NOW), Optional.of(otherDates), true);
        f.addAbsent(new AbsentQuestion("a2", "egyptian", "س", NOW), Optional.of(a), true);
        Answer older = new Answer(a.question(), a.askedAt(), a.language(), a.topicWords(), Answer.Kind.OLDER,
                a.stories(), Optional.empty(), Optional.empty(), List.of(), 0, false);
        f.addAbsent(new AbsentQuestion("a3", "result", "q", NOW), Optional.of(older), true);
        f.addAbsent(new AbsentQuestion("a4", "result", "q", NOW), Optional.of(nothing()), true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        f.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(f.absentAnswered()).isEqualTo(0.25);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("(not counted as answered): 50.0%;"
                + " any story shown at all: 75.0%");
    }

    @Test
    void answerableQuestionsOfferedAsOlderNewsAreCountedSoTheCostOfHoldingBackIsSeen() {
        ReaderFigures f = new ReaderFigures();
        Answer a = answered("q1-gold", Optional.empty());
        Answer older = new Answer(a.question(), a.askedAt(), a.language(), a.topicWords(), Answer.Kind.OLDER,
                a.stories(), Optional.empty(), Optional.empty(), List.of(), 0, false);
        f.add(question("q1", "s1", "egyptian"), List.of(List.of("q1-gold")), Optional.of(older), List.of());
        f.add(question("q2", "s2", "egyptian"), List.of(List.of("q2-gold")), Optional.of(answered("q2-gold",
                Optional.empty())), List.of());
        f.add(question("q3", "s3", "gulf"), List.of(), Optional.of(nothing()), List.of());
        f.add(question("q4", "s4", "gulf"), List.of(), Optional.empty(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        f.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(f.answerableOffered()).isEqualTo(0.25);
        assertThat(f.all().nabaa().mrr()).isEqualTo(0.5);    // the ranking still counts: the story is shown
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(
                "answerable questions offered as older news or of other dates, not as the answer: 25.0% (1 of 4)");
    }

    @Test
    void theFirstStoryShownIsJudgedAsTheReaderSeesIt() {
        ReaderFigures f = new ReaderFigures();
        // ranked right before the cut, but the page shown leads with another story
        f.add(question("q1", "s1", "gulf"), List.of(List.of("q1-gold")), Optional.of(answered("other", Optional.empty())),
                List.of());
        f.add(question("q2", "s2", "gulf"), List.of(List.of("q2-gold")), Optional.of(answered("q2-gold", Optional.empty())),
                List.of());
        f.add(question("q3", "s3", "gulf"), List.of(), Optional.of(nothing()), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        f.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(f.firstShownRight()).isEqualTo(0.5);
        assertThat(f.all().nabaa().retrievalRow()).startsWith("    3  0.667");    // R@1 ranks before the page
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(
                "first story shown (after the no-answer cut) is right: 50.0% of the 2 answered as the answer (1)");
    }
}
