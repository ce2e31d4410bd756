package com.nabaa.app;

import com.nabaa.admin.BroadcastProgress;
import com.nabaa.bot.BotMetrics;
import com.nabaa.bot.OpsEndpoint;
import com.nabaa.bot.TelegramBot;
import com.nabaa.config.BotSettings;
import com.nabaa.conversation.Conversation;
import com.nabaa.conversation.PushView;
import com.nabaa.push.OutboxDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Nabaa on Telegram as `serve` runs it on a server runtime: the bot and its conversation, /health and
 * /metrics, the outbox dispatcher that sends pushes through the bot, and the broadcasts' progress.
 * Closed in reverse order: pushes and progress stop before the bot, which finishes what is in flight.
 */
final class ServedBot implements AutoCloseable {
    /**
     * Pushes handed to Telegram at once. It bounds what a crash can send twice (those in flight when
     * it happened) and the memory a broadcast takes; 32 sustain 1,000 messages a second (at 8, the
     * outbox's write per message held a broadcast to 840 a second, measured by nabaa bench push).
     */
    static final int PUSH_WORKERS = 32;

    private final TelegramBot telegram;
    private final Deque<AutoCloseable> parts;

    private ServedBot(TelegramBot telegram, Deque<AutoCloseable> parts) {
        this.telegram = telegram;
        this.parts = parts;
    }

    static ServedBot start(NabaaRuntime runtime, Optional<String> token, BotSettings bot, int pollSeconds)
            throws IOException {
        BotMetrics metrics = new BotMetrics(() -> articles(runtime));
        AtomicReference<Conversation> conversation = new AtomicReference<>();
        TelegramBot telegram = TelegramBot.start(token, bot, (username, admins) -> {
            conversation.set(runtime.conversation(metrics.counting(runtime.answers()), Optional.of(username), admins));
            return conversation.get();
        }, metrics, pollSeconds);
        Deque<AutoCloseable> parts = new ArrayDeque<>();
        parts.push(telegram);
        try {
            if (bot.metricsPort() != 0) parts.push(OpsEndpoint.start(bot.metricsPort(), metrics, telegram::receiving));
            Clock clock = Clock.systemUTC();
            OutboxDispatcher pushes = new OutboxDispatcher(runtime.outbox(),
                    telegram.notifier(runtime.chats(), new PushView(runtime.settings().timeZone()), clock), clock,
                    PUSH_WORKERS);
            parts.push(pushes);
            pushes.start();
            BroadcastProgress broadcasts = new BroadcastProgress(runtime.newsroom(), BroadcastProgress.EVERY,
                    b -> telegram.carryOut(conversation.get().progress(b)));
            parts.push(broadcasts);
            broadcasts.start();
            return new ServedBot(telegram, parts);
        } catch (IOException | RuntimeException e) {
            new ServedBot(telegram, parts).close();
            throw e;
        }
    }

    TelegramBot telegram() {
        return telegram;
    }

    @Override
    public void close() {
        for (AutoCloseable part; (part = parts.poll()) != null; ) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("nabaa: while stopping: " + e.getMessage());
            }
        }
    }

    private static long articles(NabaaRuntime runtime) {
        try {
            return runtime.index().articleCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
