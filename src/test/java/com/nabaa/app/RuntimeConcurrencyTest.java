package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Story;
import com.nabaa.index.PassageSearcher;
import com.nabaa.ingest.IngestReport;
import com.nabaa.testing.SyntheticCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process answering, ingesting and recording at once: 8 readers ask while the corpus is
 * ingested and another thread writes rows of its own. Nothing fails on a lock, every answer is
 * whole, and afterwards every article can be found.
 */
class RuntimeConcurrencyTest {
    private static final int ARTICLES = 4_000;
    private static final int READERS = 8;
    private static final List<String> QUESTIONS = List.of("أسعار الذهب في القاهرة", "ماذا قال وزير الاقتصاد؟",
            "آخر أخبار البرلمان", "مباراة الدوري امبارح", "ايه اخبار المناخ", "الطاقة", "who won the match?",
            "قمة الرئيس في مصر", "زورفكستان");

    @TempDir
    Path dir;

    @Test
    void eightReadersAskWhileTheCorpusIsIngestedAndAnotherThreadWritesRowsOfItsOwn() throws Exception {
        Path corpus = SyntheticCorpus.write(dir.resolve("corpus.jsonl"), "conc", ARTICLES);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Queue<String> malformed = new ConcurrentLinkedQueue<>();
        AtomicLong asked = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong otherRows = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        try (NabaaRuntime runtime = NabaaRuntime.open(TestSettings.withHome(dir.resolve("home")), NabaaRuntime.Role.SERVER)) {
            ZonedDateTime now = ZonedDateTime.parse("2026-11-21T12:00+02:00[Africa/Cairo]");
            CountDownLatch finished = new CountDownLatch(READERS + 1);
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                Thread.ofPlatform().start(() -> {
                    try {
                        for (int i = reader; !done.get(); i++) {
                            String question = QUESTIONS.get(i % QUESTIONS.size());
                            Answer a = runtime.answers().ask(AskRequest.of(question, now, 3));
                            asked.incrementAndGet();
                            if (!a.noAnswer()) answered.incrementAndGet();
                            wellFormed(question, a).ifPresent(malformed::add);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        finished.countDown();
                    }
                });
            }
            Thread.ofPlatform().start(() -> {
                try {
                    for (long i = 1; !done.get(); i++) {
                        runtime.cursors().save("reader-" + (i % 50), i);
                        otherRows.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    finished.countDown();
                }
            });

            IngestReport report = runtime.ingest(List.of(corpus.toString()), false, false, Optional.empty(), System.err);
            boolean indexed = runtime.awaitIndexed(report.lastSeq(), Duration.ofSeconds(60));
            done.set(true);
            finished.await();

            assertThat(failures).as("no lock error or other failure in any thread").isEmpty();
            assertThat(malformed).as("answers that are not whole").isEmpty();
            assertThat(report.addedCount()).isEqualTo(ARTICLES);
            assertThat(report.failures()).isEmpty();
            assertThat(indexed).isTrue();
            assertThat(asked.get()).as("questions asked during the ingest").isGreaterThan(READERS * 5L);
            assertThat(answered.get()).as("some found the articles already indexed").isPositive();
            assertThat(otherRows.get()).isPositive();
            assertThat(runtime.index().committedSeq()).isEqualTo(runtime.articles().maxSeq());
            List<String> notFound = new ArrayList<>();
            try (PassageSearcher searcher = runtime.index().acquire()) {
                for (int i = 0; i < ARTICLES; i++) {
                    var hits = searcher.search(SyntheticCorpus.marker("conc", i), 1);
                    if (hits.isEmpty() || !hits.get(0).articleId().equals("conc-" + i)) notFound.add("conc-" + i);
                }
            }
            assertThat(notFound).as("articles not findable after the ingest").isEmpty();
            Answer one = runtime.answers().ask(AskRequest.of("ما هو " + SyntheticCorpus.marker("conc", 1234) + "؟", now, 3));
            assertThat(one.stories()).first().extracting(Story::articleId).isEqualTo("conc-1234");
        }
    }

    /** What is wrong with an answer, if anything: a reader must get headline, link and source, or an honest "nothing". */
    private static Optional<String> wellFormed(String question, Answer a) {
        if (!a.question().equals(question)) return Optional.of("answer to another question: " + a.question());
        if (a.noAnswer() != (a.kind() == Answer.Kind.NOTHING_FOUND)) return Optional.of("kind " + a.kind() + " for " + question);
        if (!a.noAnswer() && a.stories().isEmpty()) return Optional.of("no stories for " + question);
        for (Story s : a.stories()) {
            if (s.headline().isBlank() || s.url().isBlank() || s.articleId().isBlank() || s.summary().isEmpty()) {
                return Optional.of("incomplete story " + s + " for " + question);
            }
        }
        return Optional.empty();
    }
}
