package com.nabaa.app;

import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.TextRenderer;
import com.nabaa.config.Settings;
import com.nabaa.ingest.IngestReport;
import com.nabaa.ingest.SourceOptions;
import com.nabaa.news.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "runtime", mixinStandardHelpOptions = true,
        description = {"Measures one long-running process answering and ingesting at the same time, in a fresh",
                "bench home: ask latency alone and while the corpus is ingested (as revised articles, so the",
                "index keeps its size), and ingest throughput alone and while 4 threads ask continuously."})
final class BenchRuntimeCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--questions", description = "questions per eval set (default: ${DEFAULT-VALUE})")
    int perSet = 200;

    @Option(names = "--askers", description = "threads asking continuously during the last ingest (default: ${DEFAULT-VALUE})")
    int askers = 4;

    @Option(names = "--pace", description = "ms between one reader's questions (default: ${DEFAULT-VALUE})")
    int paceMs = 50;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        Path corpus = base.shared().resolve("corpus/ant-multisource-2018.jsonl.gz");
        List<String> questions = new ArrayList<>();
        for (String set : List.of("xquad-ar.qa.jsonl", "arcd-train.qa.jsonl")) {
            questions.addAll(BenchAskCommand.questions(base.shared().resolve("eval").resolve(set), perSet));
        }
        if (!Files.isRegularFile(corpus) || questions.isEmpty()) {
            System.err.println("nabaa bench runtime: the shared corpus or questions are not under " + base.shared());
            return 2;
        }
        Settings settings = base.withHome(base.home().resolve("bench-runtime"));
        BenchIngestCommand.deleteRecursively(settings.home());
        System.out.printf(Locale.ROOT, "bench runtime: %s, %d questions, JVM max heap %d MB, %d cores%n", corpus,
                questions.size(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        try (NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER)) {
            Asker asker = new Asker(runtime, questions);
            double first = ingest(runtime, corpus, UnaryOperator.identity());
            System.out.printf(Locale.ROOT, "first ingest (fills the index):        %,7.0f articles/s%n", first);
            double idleIngest = ingest(runtime, corpus, revision(1));
            System.out.printf(Locale.ROOT, "ingest alone (revised articles):       %,7.0f articles/s%n", idleIngest);
            asker.warmUp();
            Duration pace = Duration.ofMillis(paceMs);
            Latencies idlePaced = asker.askPaced(pace, () -> Thread.sleep(15_000));
            print("ask alone, a question every " + paceMs + " ms:", idlePaced);
            Latencies loadedPaced = asker.askPaced(pace, () -> ingest(runtime, corpus, revision(2)));
            print("the same during an ingest:", loadedPaced);
            Latencies idleAsk = asker.askAll(2);
            print("ask alone, back to back:", idleAsk);
            Latencies loadedAsk = asker.askContinuously(1, () -> ingest(runtime, corpus, revision(3)));
            print("the same during an ingest:", loadedAsk);
            double[] loadedIngest = new double[1];
            Latencies continuous = asker.askContinuously(askers, () -> loadedIngest[0] = ingest(runtime, corpus, revision(4)));
            System.out.printf(Locale.ROOT, "ingest while %d threads ask back to back: %,7.0f articles/s (asks: %s)%n",
                    askers, loadedIngest[0], continuous);
            double pacedRatio = (double) loadedPaced.p99() / idlePaced.p99();
            double backToBackRatio = (double) loadedAsk.p99() / idleAsk.p99();
            double ingestShare = loadedIngest[0] / idleIngest;
            System.out.printf(Locale.ROOT, "ask p99 during ingest / alone, a question every %d ms: %.2fx (target <= 3x) %s%n",
                    paceMs, pacedRatio, pacedRatio <= 3 ? "met" : "NOT MET");
            System.out.printf(Locale.ROOT, "ask p99 during ingest / alone, back to back: %.2fx%n", backToBackRatio);
            System.out.printf(Locale.ROOT, "ingest with %d askers / alone: %.0f%% (target >= 60%%) %s%n", askers,
                    100 * ingestShare, ingestShare >= 0.6 ? "met" : "NOT MET");
        }
        return 0;
    }

    private static void print(String label, Latencies latencies) {
        System.out.printf(Locale.ROOT, "%-40s %s%n", label, latencies);
    }

    /** The article as its outlet might revise it: same id and link, one more paragraph. */
    private static UnaryOperator<Article> revision(int n) {
        return a -> Article.builder().id(a.id()).url(a.url()).canonicalUrl(a.canonicalUrl()).title(a.title())
                .published(a.published().orElse(null))
                .paragraphs(concat(a.paragraphs(), "تحديث رقم " + n + " لهذا الخبر."))
                .source(a.source()).category(a.category()).language(a.language()).breaking(a.breaking())
                .leadImage(a.leadImage().orElse(null)).build();
    }

    private static List<String> concat(List<String> paragraphs, String extra) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(extra);
        return out;
    }

    /** Articles per second from the first read until everything stored is indexed and committed. */
    private static double ingest(NabaaRuntime runtime, Path corpus, UnaryOperator<Article> edit) throws Exception {
        long start = System.nanoTime();
        SourceOptions options = new SourceOptions(false, false, runtime.settings().fetchTimeout(),
                runtime.settings().maxPageBytes(), Optional.empty());
        IngestReport report = runtime.ingest().ingest(List.of(corpus.toString()), options, edit, System.err);
        if (!runtime.awaitIndexed(report.lastSeq(), Duration.ofMinutes(10))) {
            throw new IllegalStateException("the ingest was not indexed within 10 minutes");
        }
        return report.seen() / ((System.nanoTime() - start) / 1e9);
    }

    /** Asks the questions: question → parsed → ranked → grouped → summarized → rendered. */
    private static final class Asker {
        private final List<String> questions;
        private final Answers ask;
        private final TextRenderer renderer;
        private final ZonedDateTime now;

        Asker(NabaaRuntime runtime, List<String> questions) {
            this.questions = questions;
            this.ask = runtime.answers();
            this.renderer = new TextRenderer(runtime.settings().timeZone());
            this.now = ZonedDateTime.now(runtime.settings().timeZone());
        }

        long once(String q) {
            long t0 = System.nanoTime();
            renderer.render(ask.ask(AskRequest.of(q, now, 3)));
            return System.nanoTime() - t0;
        }

        void warmUp() {
            questions.forEach(this::once);
        }

        Latencies askAll(int rounds) {
            Latencies out = new Latencies();
            for (int r = 0; r < rounds; r++) questions.forEach(q -> out.add(once(q)));
            return out;
        }

        /**
         * One reader asks a question every {@code pace} (on schedule: a late question is asked at
         * once), until {@code work} is done; each question's own time is measured.
         */
        Latencies askPaced(Duration pace, Work work) throws Exception {
            Latencies out = new Latencies();
            AtomicBoolean done = new AtomicBoolean();
            Thread reader = Thread.ofPlatform().name(NamedThreads.PREFIX + "bench-reader").start(() -> {
                long next = System.nanoTime();
                for (int i = 0; !done.get(); i++) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    out.add(once(questions.get(i % questions.size())));
                    next += pace.toNanos();
                }
            });
            try {
                work.run();
            } finally {
                done.set(true);
                reader.join();
            }
            return out;
        }

        Latencies askContinuously(int threads, Work work) throws Exception {
            Latencies out = new Latencies();
            AtomicBoolean done = new AtomicBoolean();
            CountDownLatch finished = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int offset = t * questions.size() / threads;
                Thread.ofPlatform().name(NamedThreads.PREFIX + "bench-asker-" + t).start(() -> {
                    try {
                        for (int i = offset; !done.get(); i++) out.add(once(questions.get(i % questions.size())));
                    } finally {
                        finished.countDown();
                    }
                });
            }
            try {
                work.run();
            } finally {
                done.set(true);
                finished.await();
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Ask times in nanoseconds, from any thread. */
    private static final class Latencies {
        private final List<Long> nanos = new ArrayList<>();

        synchronized void add(long n) {
            nanos.add(n);
        }

        synchronized long p99() {
            return percentile(99);
        }

        synchronized long percentile(int p) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        @Override
        public synchronized String toString() {
            return String.format(Locale.ROOT, "%,6d questions, p50 %6.2f ms, p99 %6.2f ms", nanos.size(),
                    percentile(50) / 1e6, percentile(99) / 1e6);
        }
    }
}
