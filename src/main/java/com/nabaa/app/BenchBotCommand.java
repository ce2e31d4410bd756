package com.nabaa.app;

import com.nabaa.bot.BotMetrics;
import com.nabaa.bot.TelegramBot;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bot", mixinStandardHelpOptions = true,
        description = {"Measures the bot end to end on the bench index (run `nabaa bench ingest` first): readers' questions",
                "go in through a loopback Bot API server, the real Telegram client and long polling carry them, and",
                "each is timed from update queued to reply received. Prints the heap with 10,000 chats' contexts held,",
                "the throughput of a burst, and the latency at a steady rate from many chats."})
final class BenchBotCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--chats", description = "chats that hold a context before the measures (default: ${DEFAULT-VALUE})")
    int contexts = 10_000;

    @Option(names = "--burst", description = "questions queued at once for the throughput (default: ${DEFAULT-VALUE})")
    int burst = 6_000;

    @Option(names = "--rate", description = "questions per second for the latency run (default: ${DEFAULT-VALUE})")
    int rate = 100;

    @Option(names = "--rate-chats", description = "chats asking during the latency run (default: ${DEFAULT-VALUE})")
    int rateChats = 1_000;

    @Option(names = "--seconds", description = "length of the latency run (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        List<String> questions = new ArrayList<>();
        for (String set : List.of("xquad-ar.qa.jsonl", "arcd-train.qa.jsonl")) {
            questions.addAll(BenchAskCommand.questions(base.shared().resolve("eval").resolve(set), 200));
        }
        if (questions.isEmpty()) {
            System.err.println("nabaa bench bot: no questions under " + base.shared().resolve("eval"));
            return 2;
        }
        try (BenchBotApi api = new BenchBotApi()) {
            BotSettings b = base.bot();
            // Telegram allows 30 messages a second overall, and up to 1,000 to bots with paid broadcasts:
            // this run measures Nabaa, not the free tier's cap, so it takes the paid one.
            Settings settings = base.withHome(BenchHome.path(base)).withBot(new BotSettings(BotSettings.Mode.POLLING,
                    api.url(), Optional.empty(), 0, Optional.empty(), 0, 1_000, b.chatMessagesPerSecond(),
                    b.groupMessagesPerMinute(), b.questionsPerMinute(), b.context()));
            try (NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER)) {
                long articles = runtime.index().articleCount();
                if (articles < 1_000) {
                    System.err.println("nabaa bench bot: the bench index holds " + articles + " articles; run `nabaa bench ingest` first");
                    return 2;
                }
                BotMetrics metrics = new BotMetrics(() -> articles);
                try (TelegramBot bot = TelegramBot.start(Optional.of(BenchBotApi.TOKEN), settings.bot(),
                        (name, admins) -> runtime.conversation(metrics.counting(runtime.answers()), Optional.of(name), admins), metrics, 5)) {
                    System.out.printf(Locale.ROOT, "bench bot: %,d articles, %d questions, JVM max heap %d MB, %d cores%n",
                            articles, questions.size(), Runtime.getRuntime().maxMemory() >> 20,
                            Runtime.getRuntime().availableProcessors());
                    holdContexts(api, questions);
                    settle(api, questions);
                    throughput(api, questions);
                    steadyRate(api, questions);
                }
            }
        }
        return 0;
    }

    /** Every one of {@code contexts} chats asks once, so that each holds a follow-up context; then the heap. */
    private void holdContexts(BenchBotApi api, List<String> questions) throws InterruptedException {
        long start = System.nanoTime();
        for (int c = 0; c < contexts; c++) api.ask(1_000_000L + c, questions.get(c % questions.size()));
        awaitAnswered(api, contexts, Duration.ofMinutes(10));
        double s = (System.nanoTime() - start) / 1e9;
        api.takeLatencies();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf(Locale.ROOT, "%,d chats asked once (%.0f questions/s, a warm-up): heap used after GC %d MB of %d MB%n",
                contexts, contexts / s, heap, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Rounds of the questions, each from chats of its own that ask three each as the burst's do (a
     * chat's later questions go through its context), until the JIT compiler has settled: a bot runs
     * for days with compiled code, and on two cores a compiler still compiling takes a fifth of the
     * machine from the burst (measured per thread after a warm-up of 2,000 questions). Settled
     * means a round during which the JIT compiled for under {@value JitWatch#SETTLED_COMPILE_SHARE} of the
     * round's time, as in {@code nabaa bench ask}; at most {@value #MAX_SETTLING_ROUNDS} rounds.
     */
    private void settle(BenchBotApi api, List<String> questions) throws InterruptedException {
        // Three questions a chat, as in the burst: a chat's second question goes through its context.
        int chats = Math.max(1, questions.size() / 3);
        for (int round = 0; round < MAX_SETTLING_ROUNDS; round++) {
            JitWatch jit = JitWatch.start();
            long before = api.answered();
            for (int i = 0; i < questions.size(); i++) {
                api.ask(4_000_000L + (long) round * questions.size() + i % chats, questions.get(i));
            }
            awaitAnswered(api, before + questions.size(), Duration.ofMinutes(5));
            System.out.printf(Locale.ROOT, "settling round %d: %d questions in %.1f s, JIT compiling %d ms%n",
                    round + 1, questions.size(), jit.elapsedMillis() / 1000, jit.compiledMillis());
            if (jit.settled()) break;
        }
        api.takeLatencies();
    }

    private static final int MAX_SETTLING_ROUNDS = 12;

    /** {@code burst} questions queued at once from a third as many chats: answered per second. */
    private void throughput(BenchBotApi api, List<String> questions) throws InterruptedException {
        int chats = Math.max(1, burst / 3);
        JitWatch jit = JitWatch.start();
        long before = api.answered();
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) api.ask(2_000_000L + i % chats, questions.get(i % questions.size()));
        awaitAnswered(api, before + burst, Duration.ofMinutes(10));
        double s = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = api.takeLatencies();
        double perSecond = burst / s;
        System.out.printf(Locale.ROOT, "burst: %,d questions from %,d chats answered in %.1f s = %.0f questions/s"
                + " (target >= 300) %s%n", burst, chats, s, perSecond, perSecond >= 300 ? "met" : "NOT MET");
        System.out.printf(Locale.ROOT, "  update to reply during the burst: %s; JIT compiling %d ms%n", summary(latencies),
                jit.compiledMillis());
    }

    /** {@code rate} questions a second, spread over {@code rateChats} chats, for {@code seconds}. */
    private void steadyRate(BenchBotApi api, List<String> questions) throws InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        List<Long> backlog = new ArrayList<>();
        long nextSample = start + TimeUnit.SECONDS.toNanos(1);
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            api.ask(3_000_000L + i % rateChats, questions.get((int) (i % questions.size())));
            if (System.nanoTime() >= nextSample) {
                backlog.add(api.backlog());
                nextSample += TimeUnit.SECONDS.toNanos(1);
            }
        }
        awaitAnswered(api, api.answered() + api.backlog(), Duration.ofMinutes(5));
        List<Long> latencies = api.takeLatencies();
        double p99 = percentile(latencies, 99) / 1e6;
        int tenth = Math.max(1, backlog.size() / 10);
        double early = backlog.subList(0, tenth).stream().mapToLong(Long::longValue).average().orElse(0);
        double late = backlog.subList(backlog.size() - tenth, backlog.size()).stream().mapToLong(Long::longValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "steady: %d questions/s from %,d chats for %d s: %s (target p99 <= 100 ms) %s%n",
                rate, rateChats, seconds, summary(latencies), p99 <= 100 ? "met" : "NOT MET");
        System.out.printf(Locale.ROOT, "  questions waiting, sampled each second: first tenth %.1f, last tenth %.1f, max %d"
                + " (target: no growth) %s%n", early, late, Collections.max(backlog),
                late <= early + rate / 10.0 ? "met" : "NOT MET");
    }

    private static void awaitAnswered(BenchBotApi api, long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (api.answered() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + api.answered() + " of " + count + " questions answered in " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static String summary(List<Long> nanos) {
        return String.format(Locale.ROOT, "%,d replies, p50 %.1f ms, p99 %.1f ms, max %.1f ms", nanos.size(),
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, percentile(nanos, 100) / 1e6);
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
