package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReaderSetTest {
    private static final String QUESTION = """
            {"id": "port-1", "story": "port", "slice": "egyptian", "question": "ايه اللي حصل في ميناء دمياط؟",\
             "now": "2026-11-26T12:00+02:00", "relevant": ["a-1", "b-2"], "answer": "40 عقدة"}
            """;

    @Test
    void readsAQuestionWithItsClockRelevantArticlesAndGoldAnswer() throws IOException {
        ReaderQuestion q = ReaderSet.parseQuestions(QUESTION, "q.jsonl").get(0);

        assertThat(q.id()).isEqualTo("port-1");
        assertThat(q.story()).isEqualTo("port");
        assertThat(q.slice()).isEqualTo("egyptian");
        assertThat(q.text()).isEqualTo("ايه اللي حصل في ميناء دمياط؟");
        assertThat(q.now().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(q.now().getHour()).isEqualTo(12);
        assertThat(q.relevant()).containsExactlyInAnyOrder("a-1", "b-2");
        assertThat(q.answers()).containsExactly("40 عقدة");
        assertThat(q.context()).isEmpty();
    }

    @Test
    void aGoldAnswerMayListSeveralAcceptedFormsAndAFollowUpNamesItsContext() throws IOException {
        String line = """
                {"id": "f-1", "story": "final", "slice": "follow-up", "question": "وبعدين؟", "context": "نتيجة النهائي",\
                 "now": "2026-11-26T12:00+03:00", "relevant": ["a-1"], "answer": ["2-1", "1-2"]}
                """;

        ReaderQuestion q = ReaderSet.parseQuestions(line, "q.jsonl").get(0);

        assertThat(q.answers()).containsExactly("2-1", "1-2");
        assertThat(q.context()).contains("نتيجة النهائي");
    }

    @Test
    void blankLinesAreSkippedAndAnErrorNamesTheFileAndLine() {
        String lines = "\n" + QUESTION.replace("\"relevant\": [\"a-1\", \"b-2\"]", "\"relevant\": []");

        assertThatThrownBy(() -> ReaderSet.parseQuestions(lines, "q.jsonl"))
                .isInstanceOf(IOException.class).hasMessageContaining("q.jsonl:2").hasMessageContaining("relevant");
    }

    @Test
    void aClockWithoutAnOffsetIsRefused() {
        String line = QUESTION.replace("2026-11-26T12:00+02:00", "2026-11-26 12:00");

        assertThatThrownBy(() -> ReaderSet.parseQuestions(line, "q.jsonl"))
                .isInstanceOf(IOException.class).hasMessageContaining("now");
    }

    @Test
    void readsAbsentTopicQuestions() throws IOException {
        String line = "{\"id\": \"absent-001\", \"slice\": \"gulf\", \"question\": \"منو فاز بخليجي 25؟\","
                + " \"now\": \"2023-01-20T12:00+03:00\"}";

        AbsentQuestion q = ReaderSet.parseAbsent(line, "a.jsonl").get(0);

        assertThat(q.id()).isEqualTo("absent-001");
        assertThat(q.slice()).isEqualTo("gulf");
        assertThat(q.now().getYear()).isEqualTo(2023);
    }

    @Test
    void askedLaterMovesEveryClockAndKeepsWhatIsJudged() throws IOException {
        String absent = "{\"id\": \"absent-001\", \"slice\": \"gulf\", \"question\": \"منو فاز بخليجي 25؟\","
                + " \"now\": \"2023-01-20T12:00+03:00\"}";
        ReaderSet set = new ReaderSet(ReaderSet.parseQuestions(QUESTION, "q.jsonl"), ReaderSet.parseAbsent(absent, "a.jsonl"));

        ReaderSet later = set.askedLater(Duration.ofDays(7));

        ReaderQuestion q = later.questions().get(0);
        assertThat(q.now()).isEqualTo(ZonedDateTime.parse("2026-12-03T12:00+02:00"));
        assertThat(q.relevant()).containsExactlyInAnyOrder("a-1", "b-2");
        assertThat(q.answers()).containsExactly("40 عقدة");
        assertThat(q.text()).isEqualTo(set.questions().get(0).text());
        assertThat(later.absent().get(0).now()).isEqualTo(ZonedDateTime.parse("2023-01-27T12:00+03:00"));
    }

    @Test
    void twoQuestionsMayNotShareAnId() throws IOException {
        ReaderQuestion q = ReaderSet.parseQuestions(QUESTION, "q.jsonl").get(0);

        assertThatThrownBy(() -> new ReaderSet(List.of(q, q), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port-1");
    }

    @Test
    void theHeldOutFifthIsChosenByStorySoAStoryNeverSitsOnBothSides() throws IOException {
        ReaderQuestion q = ReaderSet.parseQuestions(QUESTION, "q.jsonl").get(0);
        int heldOut = 0;
        for (int i = 0; i < 1000; i++) {
            String story = "story-" + i;
            ReaderQuestion a = new ReaderQuestion("a" + i, story, "msa", "س", q.now(), Set.of("x"), List.of(),
                    Optional.empty());
            ReaderQuestion b = new ReaderQuestion("b" + i, story, "english", "q", q.now(), Set.of("y"), List.of(),
                    Optional.empty());
            assertThat(a.heldOut()).isEqualTo(b.heldOut());
            if (a.heldOut()) heldOut++;
        }
        assertThat(heldOut).isBetween(150, 250);
    }
}
