package com.nabaa.app;

import com.nabaa.bot.BotMetrics;
import com.nabaa.bot.TelegramBot;
import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Nabaa as `nabaa serve` composes it — a server runtime on a test home with the sample articles, the
 * conversation, the real TelegramBots client and long-polling application — pointed at a fake Bot
 * API server that checks everything it is sent.
 */
final class BotFixture implements AutoCloseable {
    /** A reader may ask this many questions a minute here (20 in production), so a flood test is short. */
    static final int QUESTIONS_PER_MINUTE = 5;

    final FakeBotApi telegram;
    final NabaaRuntime runtime;
    final BotMetrics metrics;
    final TelegramBot bot;

    private BotFixture(FakeBotApi telegram, NabaaRuntime runtime, BotMetrics metrics, TelegramBot bot) {
        this.telegram = telegram;
        this.runtime = runtime;
        this.metrics = metrics;
        this.bot = bot;
    }

    static BotFixture start(Path home) throws Exception {
        return start(home, FakeBotApi.start(), BotSettings.Mode.POLLING, Optional.empty());
    }

    static BotFixture start(Path home, FakeBotApi telegram, BotSettings.Mode mode, Optional<String> secret)
            throws Exception {
        Settings settings = settings(home, telegram.baseUri(), mode, secret);
        NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER);
        try {
            runtime.ensureSamples(System.err);
            BotMetrics metrics = new BotMetrics(() -> 12);
            TelegramBot bot = TelegramBot.start(Optional.of(telegram.token()), settings.bot(),
                    username -> runtime.conversation(metrics.counting(runtime.answers()), Optional.of(username)),
                    metrics, 1);
            return new BotFixture(telegram, runtime, metrics, bot);
        } catch (Exception | Error e) {
            runtime.close();
            telegram.close();
            throw e;
        }
    }

    static Settings settings(Path home, URI api, BotSettings.Mode mode, Optional<String> secret) throws Exception {
        Settings base = TestSettings.withHome(home);
        BotSettings b = base.bot();
        return base.withBot(new BotSettings(mode, api,
                mode == BotSettings.Mode.WEBHOOK ? Optional.of(URI.create("http://127.0.0.1")) : Optional.empty(),
                0, secret, 0, b.messagesPerSecond(), b.chatMessagesPerSecond(), b.groupMessagesPerMinute(),
                QUESTIONS_PER_MINUTE, b.context()));
    }

    @Override
    public void close() throws Exception {
        try {
            bot.close();
            runtime.close();
            telegram.assertEveryCallbackAnswered(Duration.ofSeconds(5));
            telegram.assertNoViolations();
        } finally {
            telegram.close();
        }
    }
}
