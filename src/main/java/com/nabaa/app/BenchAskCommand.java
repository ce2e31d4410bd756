package com.nabaa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Answers;
import com.nabaa.answer.TextRenderer;
import com.nabaa.config.Settings;
import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageSearcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Times `ask` (question to rendered answer) on the bench index against a bare BM25 query",
                "on the same index, over real questions from <shared>/eval. Run `nabaa bench ask` after `nabaa bench ingest`."})
final class BenchAskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--questions", description = "questions per eval set (default: ${DEFAULT-VALUE})")
    int perSet = 200;

    @Option(names = "--rounds", description = "timed rounds over all questions (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        Settings settings = base.withHome(BenchHome.path(base));
        List<String> questions = new ArrayList<>();
        for (String set : List.of("xquad-ar.qa.jsonl", "arcd-train.qa.jsonl")) {
            questions.addAll(questions(base.shared().resolve("eval").resolve(set), perSet));
        }
        if (questions.isEmpty()) {
            System.err.println("nabaa bench ask: no questions found in " + base.shared().resolve("eval"));
            return 2;
        }
        try (NabaaRuntime ws = NabaaRuntime.open(settings, NabaaRuntime.Role.READER)) {
            int articles = ws.index().articleCount();
            if (articles == 0) {
                System.err.println("nabaa bench ask: the bench index is empty; run `nabaa bench ingest` first");
                return 2;
            }
            Answers ask = ws.answers();
            TextRenderer renderer = new TextRenderer(settings.timeZone());
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(settings.timeZone());
            long[] full = new long[questions.size() * rounds];
            long[] bare = new long[questions.size() * rounds];
            long[] cold = warmUp(questions, q -> {
                renderer.render(ask.ask(AskRequest.of(q, now, 3)));
                bare(ws.index(), q);
            });
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : questions) {
                    long t0 = System.nanoTime();
                    renderer.render(ask.ask(AskRequest.of(q, now, 3)));
                    long t1 = System.nanoTime();
                    bare(ws.index(), q);
                    long t2 = System.nanoTime();
                    full[i] = t1 - t0;
                    bare[i++] = t2 - t1;
                }
            }
            System.out.printf(Locale.ROOT, "bench ask: %d questions x %d rounds on %,d articles%n",
                    questions.size(), rounds, articles);
            print("first pass (cold, before warm-up)", cold);
            print("ask (question -> rendered answer)", full);
            print("bare BM25 (one field, top 10)", bare);
            System.out.printf(Locale.ROOT, "ratio ask/bare: p50 %.1fx, p99 %.1fx%n",
                    (double) pct(full, 50) / pct(bare, 50), (double) pct(full, 99) / pct(bare, 99));
            printSlowest(questions, full, rounds);
        }
        return 0;
    }

    /**
     * Passes over the questions until the JIT compiler has settled: a long-running Nabaa answers
     * with compiled code, and on two cores the compiler threads also slow the collector's pauses
     * (10-24 ms young pauses while it compiles, 1-2 ms after). Warm means a pass during which the
     * JIT compiled for under {@value JitWatch#SETTLED_COMPILE_SHARE} of the pass's time, after at least
     * one pass and at most {@value #MAX_WARM_UP_PASSES}. Returns the first pass's times (cold).
     */
    private static long[] warmUp(List<String> questions, java.util.function.Consumer<String> one) {
        long[] cold = new long[questions.size()];
        for (int pass = 0; pass < MAX_WARM_UP_PASSES; pass++) {
            JitWatch jit = JitWatch.start();
            for (int i = 0; i < questions.size(); i++) {
                long t0 = System.nanoTime();
                one.accept(questions.get(i));
                if (pass == 0) cold[i] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "warm-up pass %d: %.1f s, JIT compiling %d ms%n",
                    pass + 1, jit.elapsedMillis() / 1000, jit.compiledMillis());
            if (jit.settled()) break;
        }
        return cold;
    }

    private static final int MAX_WARM_UP_PASSES = 8;

    /** The baseline: a bare one-field query, from its own view of the index as a question gets. */
    private static void bare(NewsIndex index, String question) {
        try (PassageSearcher searcher = index.acquire()) {
            searcher.queries().bare(question).ifPresent(query -> searcher.count(query, 10));
        }
    }

    /**
     * The questions slowest in every round (their fastest round, so a pause of the collector or of
     * the machine does not name a question): the tail that is the answering's own.
     */
    private static void printSlowest(List<String> questions, long[] full, int rounds) {
        long[] fastest = new long[questions.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int i = 0; i < full.length; i++) fastest[i % questions.size()] = Math.min(fastest[i % questions.size()], full[i]);
        Integer[] order = new Integer[questions.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(fastest[b], fastest[a]));
        System.out.printf(Locale.ROOT, "fastest round of each question: mean %.2f ms, p99 %.2f ms%n",
                Arrays.stream(fastest).average().orElse(0) / 1e6, pct(fastest, 99) / 1e6);
        System.out.printf(Locale.ROOT, "slowest questions (fastest of %d rounds):%n", rounds);
        for (int k = 0; k < Math.min(SLOWEST_SHOWN, order.length); k++) {
            System.out.printf(Locale.ROOT, "  %6.2f ms  %s%n", fastest[order[k]] / 1e6, questions.get(order[k]));
        }
    }

    private static void print(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-34s p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms%n", label,
                pct(nanos, 50) / 1e6, pct(nanos, 99) / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private static final int SLOWEST_SHOWN = 8;

    private static long pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static List<String> questions(Path file, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < limit && (line = in.readLine()) != null) {
                if (!line.isBlank()) out.add(JSON.readTree(line).path("question").asText());
            }
        }
        return out;
    }
}
