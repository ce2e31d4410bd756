package com.nabaa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reader set as committed in data/eval: well formed, whatever the corpus (it needs no ../shared). */
class ReaderSetFilesTest {
    private static final Path DIR = Path.of("data/eval");

    private static ReaderSet set() throws IOException {
        return ReaderSet.load(DIR.resolve("reader-questions.jsonl"), DIR.resolve("reader-absent.jsonl"));
    }

    @Test
    void theSetIsBigEnoughAndCoversEverySlice() throws IOException {
        ReaderSet set = set();

        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(set.absent()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(set.questions().stream().map(ReaderQuestion::slice).distinct())
                .containsExactlyInAnyOrderElementsOf(ReaderFigures.SLICES);
        assertThat(set.absent().stream().map(AbsentQuestion::slice)).allMatch(ReaderFigures.SLICES::contains);
    }

    @Test
    void followUpsAndOnlyThemNameTheQuestionBefore() throws IOException {
        for (ReaderQuestion q : set().questions()) {
            assertThat(q.context().isPresent()).as(q.id()).isEqualTo(q.slice().equals("follow-up"));
        }
    }

    @Test
    void noRelevantArticleWasPublishedAfterTheReadersClock() throws IOException {
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        for (ReaderQuestion q : set().questions()) {
            for (String id : q.relevant()) {
                // corpus ids end with the publication day (UTC): "SK-sport-2209-20180715"
                LocalDate published = LocalDate.parse(id.substring(id.lastIndexOf('-') + 1), day);
                assertThat(published).as(q.id() + " " + id).isBeforeOrEqualTo(q.now().toLocalDate().plusDays(1));
            }
        }
    }

    @Test
    void aboutAFifthOfTheStoriesIsHeldOut() throws IOException {
        Map<String, Boolean> stories = set().questions().stream()
                .collect(Collectors.toMap(ReaderQuestion::story, ReaderQuestion::heldOut, (a, b) -> a));
        long heldOut = stories.values().stream().filter(Boolean::booleanValue).count();

        assertThat((double) heldOut / stories.size()).isBetween(0.12, 0.28);
    }
}
