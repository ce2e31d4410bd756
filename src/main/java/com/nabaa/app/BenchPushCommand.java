package com.nabaa.app;

import com.nabaa.bot.BotMetrics;
import com.nabaa.bot.TelegramBot;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import com.nabaa.conversation.PushView;
import com.nabaa.push.OutboxDispatcher;
import com.nabaa.push.PushMessage;
import com.nabaa.store.OutboxStore;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Measures announcements: queueing one for a million chats (time and heap), and broadcasts",
                "through the real Telegram client to a loopback Bot API server that counts the limit violations, at",
                "30 messages/s and at 1,000 (paid broadcasts)."})
final class BenchPushCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--chats", description = "chats the announcement is queued for (default: ${DEFAULT-VALUE})")
    int chats = 1_000_000;

    @Option(names = "--slow-seconds", description = "length of the broadcast at 30 messages/s (default: ${DEFAULT-VALUE})")
    int slowSeconds = 40;

    @Option(names = "--fast", description = "chats of the broadcast at 1,000 messages/s (default: ${DEFAULT-VALUE})")
    int fast = 20_000;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        System.out.printf(Locale.ROOT, "bench push: JVM max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        queueing(base.withHome(base.home().resolve("bench-push/queue")));
        broadcast(base.withHome(base.home().resolve("bench-push/slow")), 30, 30 * slowSeconds, 29);
        broadcast(base.withHome(base.home().resolve("bench-push/fast")), 1_000, fast, 900);
        return 0;
    }

    /** Queueing one announcement for {@code chats} chats: time, and the heap before and after. */
    private void queueing(Settings settings) throws Exception {
        BenchIngestCommand.deleteRecursively(settings.home());
        try (NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.INGEST)) {
            addChats(runtime, 0, chats);
            long heapBefore = heapAfterGc();
            long start = System.nanoTime();
            int queued = runtime.outbox().announce(new PushMessage.Announcement(1, "إعلان"), Optional.empty());
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = heapAfterGc();
            System.out.printf(Locale.ROOT, "queueing an announcement for %,d chats: %.1f s (target <= 60 s) %s;"
                            + " heap used after GC %d MB before, %d MB after%n", queued, seconds,
                    seconds <= 60 ? "met" : "NOT MET", heapBefore, heapAfter);
        }
    }

    /** A broadcast to {@code count} chats at {@code perSecond}: the rate sustained and the limits kept. */
    private void broadcast(Settings home, int perSecond, int count, int target) throws Exception {
        BenchIngestCommand.deleteRecursively(home.home());
        try (BenchBotApi api = new BenchBotApi()) {
            BotSettings b = home.bot();
            Settings settings = home.withBot(new BotSettings(BotSettings.Mode.POLLING, api.url(), Optional.empty(), 0,
                    Optional.empty(), 0, perSecond, b.chatMessagesPerSecond(), b.groupMessagesPerMinute(),
                    b.questionsPerMinute(), b.context()));
            try (NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER)) {
                addChats(runtime, 0, count);
                try (TelegramBot bot = TelegramBot.start(Optional.of(BenchBotApi.TOKEN), settings.bot(),
                        (name, admins) -> runtime.conversation(runtime.answers(), Optional.of(name), admins), new BotMetrics(() -> 0), 5);
                     OutboxDispatcher pushes = new OutboxDispatcher(runtime.outbox(),
                             bot.notifier(runtime.chats(), new PushView(settings.timeZone()), Clock.systemUTC()),
                             Clock.systemUTC(), ServedBot.PUSH_WORKERS)) {
                    api.meter(perSecond);
                    runtime.outbox().announce(new PushMessage.Announcement(2, "إعلان للقراء"), Optional.empty());
                    pushes.start();
                    long deadline = System.nanoTime() + Duration.ofSeconds(count / perSecond + 60L).toNanos();
                    while (runtime.outbox().counts().get(OutboxStore.State.SENT) < count && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    double rate = api.perSecond();
                    System.out.printf(Locale.ROOT, "broadcast to %,d chats at a %,d messages/s setting: %s (target >= %d/s,"
                                    + " no violation) %s%n", count, perSecond, api.rate(), target,
                            rate >= target && api.violations() == 0 ? "met" : "NOT MET");
                }
            }
        }
    }

    private static void addChats(NabaaRuntime runtime, long from, int count) {
        Instant now = Instant.now();
        for (long start = from; start < from + count; start += 50_000) {
            long end = Math.min(from + count, start + 50_000);
            runtime.chats().seenAll(LongStream.range(start + 1, end + 1).toArray(), "PRIVATE", now);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

}
