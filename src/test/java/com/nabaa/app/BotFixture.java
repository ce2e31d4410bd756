package com.nabaa.app;

import com.nabaa.bot.TelegramBot;
import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Nabaa as `nabaa serve` composes it — a server runtime on a test home with the sample articles, the
 * conversation, the real TelegramBots client and long-polling application — pointed at a fake Bot
 * API server that checks everything it is sent.
 */
final class BotFixture implements AutoCloseable {
    /** A reader may ask this many questions a minute here (20 in production), so a flood test is short. */
    static final int QUESTIONS_PER_MINUTE = 5;

    /** The admin of the newsroom in these tests (a Telegram user id). */
    static final long ADMIN = 424242;

    final FakeBotApi telegram;
    final NabaaRuntime runtime;
    final ServedBot served;
    final TelegramBot bot;

    private BotFixture(FakeBotApi telegram, NabaaRuntime runtime, ServedBot served) {
        this.telegram = telegram;
        this.runtime = runtime;
        this.served = served;
        this.bot = served.telegram();
    }

    static BotFixture start(Path home) throws Exception {
        return start(home, FakeBotApi.start(), BotSettings.Mode.POLLING, Optional.empty());
    }

    /** The same with settings of the test's own on top (channels, limits). */
    static BotFixture start(Path home, UnaryOperator<Settings> change) throws Exception {
        FakeBotApi telegram = FakeBotApi.start();
        return start(telegram, change.apply(settings(home, telegram.baseUri(), BotSettings.Mode.POLLING, Optional.empty())));
    }

    static BotFixture start(Path home, FakeBotApi telegram, BotSettings.Mode mode, Optional<String> secret)
            throws Exception {
        return start(telegram, settings(home, telegram.baseUri(), mode, secret));
    }

    private static BotFixture start(FakeBotApi telegram, Settings settings) throws Exception {
        NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER);
        try {
            runtime.ensureSamples(System.err);
            ServedBot served = ServedBot.start(runtime, Optional.of(telegram.token()), settings.bot(), 1);
            return new BotFixture(telegram, runtime, served);
        } catch (Exception | Error e) {
            runtime.close();
            telegram.close();
            throw e;
        }
    }

    static Settings settings(Path home, URI api, BotSettings.Mode mode, Optional<String> secret) throws Exception {
        Settings base = TestSettings.withHome(home).withAdmins(java.util.Set.of(ADMIN));
        BotSettings b = base.bot();
        return base.withBot(new BotSettings(mode, api,
                mode == BotSettings.Mode.WEBHOOK ? Optional.of(URI.create("http://127.0.0.1")) : Optional.empty(),
                0, secret, 0, b.messagesPerSecond(), b.chatMessagesPerSecond(), b.groupMessagesPerMinute(),
                QUESTIONS_PER_MINUTE, b.context()));
    }

    @Override
    public void close() throws Exception {
        try {
            served.close();
            runtime.close();
            telegram.assertEveryCallbackAnswered(Duration.ofSeconds(5));
            telegram.assertNoViolations();
        } finally {
            telegram.close();
        }
    }
}
