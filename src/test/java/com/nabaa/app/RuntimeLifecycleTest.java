package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.index.IndexBusyException;
import com.nabaa.index.PassageSearcher;
import com.nabaa.ingest.IngestReport;
import com.nabaa.testing.NabaaProcess;
import com.nabaa.testing.SyntheticCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime that runs for long: fed by other processes, and stopped without leaving anything behind. */
class RuntimeLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void anIngestInAnotherProcessBecomesFindableThroughTheRunningServerWithinTenSeconds() throws Exception {
        Path home = dir.resolve("home");
        Path corpus = SyntheticCorpus.write(dir.resolve("fed.jsonl"), "fed", 2_000);
        try (NabaaRuntime server = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.SERVER)) {
            NabaaProcess.Result ingest = NabaaProcess.run(home, dir.resolve("ingest.log"), "ingest", "--no-progress",
                    corpus.toString());
            long storedAt = System.nanoTime();

            assertThat(ingest.exitCode()).as(ingest.output()).isZero();
            assertThat(ingest.output()).contains("another process holds the index").contains("2000 new");
            long deadline = storedAt + Duration.ofSeconds(10).toNanos();
            while (!allFindable(server, "fed", 2_000) && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(allFindable(server, "fed", 2_000)).as("every article findable within 10 s").isTrue();
            assertThat(server.index().committedSeq()).isEqualTo(server.articles().maxSeq());
        }
    }

    @Test
    void eachIngestLeavesTheIndexInOneSegmentSoQuestionsSearchOne() throws Exception {
        Path home = dir.resolve("home");
        for (String batch : java.util.List.of("first", "second")) {
            Path corpus = SyntheticCorpus.write(dir.resolve(batch + ".jsonl"), batch, 300);
            NabaaProcess.Result ingest = NabaaProcess.run(home, dir.resolve(batch + ".log"), "ingest", "--no-progress",
                    corpus.toString());
            assertThat(ingest.exitCode()).as(ingest.output()).isZero();
        }
        try (NabaaRuntime reader = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.READER)) {
            assertThat(reader.index().segmentCount()).isEqualTo(1);
            assertThat(reader.index().articleCount()).isEqualTo(600);
            assertThat(reader.index().committedSeq()).isEqualTo(reader.articles().maxSeq());
            assertThat(allFindable(reader, "first", 300) && allFindable(reader, "second", 300)).isTrue();
        }
    }

    @Test
    void aServerMergesAnIndexLeftInSeveralSegmentsWithoutWaitingForNews() throws Exception {
        Path home = dir.resolve("home");
        try (NabaaRuntime ingest = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.INGEST)) {
            for (String batch : List.of("one", "two", "three")) {
                Path corpus = SyntheticCorpus.write(dir.resolve(batch + ".jsonl"), batch, 50);
                IngestReport report = ingest.ingest(List.of(corpus.toString()), false, false, Optional.empty(), System.err);
                assertThat(ingest.awaitIndexed(report.lastSeq(), Duration.ofSeconds(30))).isTrue();
            }
            assertThat(ingest.index().segmentCount()).as("each batch committed apart").isGreaterThan(1);
        }
        try (NabaaRuntime server = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.SERVER)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (server.index().segmentCount() > 1 && System.nanoTime() < deadline) Thread.sleep(50);

            assertThat(server.index().segmentCount()).isEqualTo(1);
            assertThat(server.index().articleCount()).isEqualTo(150);
        }
    }

    @Test
    void aSecondServerOnTheSameHomeIsRefusedWithAClearMessage() throws Exception {
        Path home = dir.resolve("home");
        try (NabaaRuntime server = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.SERVER)) {
            assertThatThrownBy(() -> NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.SERVER))
                    .isInstanceOf(IndexBusyException.class).hasMessageContaining("held for writing by another process");
            try (NabaaRuntime ingest = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.INGEST)) {
                assertThat(ingest.holdsIndex()).isFalse();
            }
            assertThat(server.holdsIndex()).isTrue();
        }
    }

    @Test
    void closingTheRuntimeCommitsWhatWasStoredAndLeavesNoThreadItStarted() throws Exception {
        Path home = dir.resolve("home");
        Path corpus = SyntheticCorpus.write(dir.resolve("c.jsonl"), "close", 1_500);
        Set<Long> before = liveThreads().stream().map(Thread::threadId).collect(Collectors.toSet());

        NabaaRuntime runtime = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.SERVER);
        IngestReport report = runtime.ingest(List.of(corpus.toString()), false, false, Optional.empty(), System.err);
        assertThat(report.addedCount()).isEqualTo(1_500);
        List<String> started = liveThreads().stream().filter(t -> !before.contains(t.threadId()))
                .map(Thread::getName).toList();
        runtime.close();

        assertThat(started).as("the runtime runs threads of its own").anyMatch(n -> n.startsWith(NamedThreads.PREFIX));
        List<String> left = liveThreads().stream().filter(t -> !before.contains(t.threadId()))
                .map(Thread::getName).toList();
        assertThat(left).as("threads started by the runtime and still alive after close()").isEmpty();
        try (NabaaRuntime reader = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.READER)) {
            assertThat(reader.index().committedSeq()).isEqualTo(reader.articles().maxSeq());
            assertThat(reader.index().articleCount()).isEqualTo(1_500);
        }
        runtime.close(); // a second close does nothing
    }

    @Test
    void sigtermDuringAnIngestFinishesTheBatchInFlightCommitsAndExits() throws Exception {
        Path home = dir.resolve("home");
        Path corpus = SyntheticCorpus.write(dir.resolve("big.jsonl"), "term", 30_000);
        NabaaProcess ingest = NabaaProcess.start(home, dir.resolve("ingest.log"), "ingest", "--no-progress",
                corpus.toString());
        assertThat(NabaaProcess.awaitStored(home, 2_000)).isTrue();

        ingest.process().destroy(); // SIGTERM, as an operator's kill or a service manager sends it
        NabaaProcess.Result result = ingest.await(60);

        assertThat(result.output()).contains("stopped before the end");
        long stored = NabaaProcess.storedCount(home);
        assertThat(stored).isBetween(2_000L, 29_999L);
        assertThat(stored % 500).as("whole batches only").isZero();
        try (NabaaRuntime reader = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.READER)) {
            assertThat(reader.index().committedSeq()).as("the index committed everything stored")
                    .isEqualTo(reader.articles().maxSeq());
            assertThat(reader.index().articleCount()).isEqualTo((int) stored);
        }
    }

    private static boolean allFindable(NabaaRuntime runtime, String prefix, int count) throws Exception {
        runtime.index().refresh();
        try (PassageSearcher searcher = runtime.index().acquire()) {
            for (int i = 0; i < count; i += 97) {
                String id = prefix + "-" + i;
                var hits = searcher.search(SyntheticCorpus.marker(prefix, i), 1);
                if (hits.isEmpty() || !hits.get(0).articleId().equals(id)) return false;
            }
        }
        return true;
    }

    private static List<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).toList();
    }
}
