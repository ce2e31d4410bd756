package com.nabaa.app;

import com.nabaa.bot.BotStartException;
import com.nabaa.bot.TelegramBot;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import com.nabaa.index.IndexBusyException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the Telegram bot: long polling by default, or a webhook endpoint (telegram.mode=webhook).",
                "The token comes from TELEGRAM_BOT_TOKEN only; TELEGRAM_API_URL points at another Bot API server.",
                "Indexes whatever any process stores; /health and /metrics on metrics.port. SIGTERM or Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    /** How long a long-poll request waits for updates (Telegram allows up to 50 s). */
    static final int POLL_SECONDS = 50;

    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--poll-seconds", hidden = true, description = "long-poll timeout (tests shorten it)")
    int pollSeconds = POLL_SECONDS;

    @Override
    public Integer call() throws Exception {
        Settings settings = parent.settings();
        BotSettings bot = settings.bot();
        if (settings.telegramToken().isEmpty()) {
            System.err.println("nabaa serve: no bot token. Create a bot with @BotFather in Telegram, then run:");
            System.err.println("  TELEGRAM_BOT_TOKEN=<the token BotFather gave you> ./nabaa serve");
            System.err.println("To try the conversation without Telegram: ./nabaa chat");
            return 2;
        }
        Optional<String> webhookProblem = bot.webhookProblem();
        if (webhookProblem.isPresent()) {
            System.err.println("nabaa serve: " + webhookProblem.get());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, NamedThreads.PREFIX + "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (NabaaRuntime runtime = NabaaRuntime.open(settings, NabaaRuntime.Role.SERVER)) {
            runtime.ensureSamples(System.err);
            try (ServedBot served = ServedBot.start(runtime, settings.telegramToken(), bot, pollSeconds)) {
                TelegramBot telegram = served.telegram();
                System.err.printf("nabaa: @%s is serving (%s); /health and /metrics on %s; Ctrl-C stops it%n",
                        telegram.username(), bot.mode().name().toLowerCase(java.util.Locale.ROOT),
                        bot.metricsPort() == 0 ? "no port" : "127.0.0.1:" + bot.metricsPort());
                stop.await();
                System.err.println("nabaa: stopping: finishing the updates in flight");
            }
            return 0;
        } catch (BotStartException e) {
            System.err.println("nabaa serve: " + e.getMessage());
            return 2;
        } catch (IndexBusyException e) {
            System.err.println("nabaa serve: " + e.getMessage() + " (is another `nabaa serve` running on this home?)");
            return 2;
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and now returns.
            }
        }
    }


}
