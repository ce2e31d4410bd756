package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.bot.BotMetrics;
import com.nabaa.bot.BotStartException;
import com.nabaa.bot.TelegramBot;
import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.bot.fake.FakeUpdate;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import com.nabaa.conversation.Dialog;
import com.nabaa.conversation.Incoming;
import com.nabaa.conversation.Outgoing;
import com.nabaa.news.Language;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the bot starts (webhook), refuses to start, and stops in the middle of answering. */
class TelegramBotLifecycleTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path home;

    @Test
    void aWebhookRequestWithAWrongSecretIsRefusedAndTheRightOneIsAnswered() throws Exception {
        FakeBotApi telegram = FakeBotApi.start();
        try (BotFixture f = BotFixture.start(home, telegram, BotSettings.Mode.WEBHOOK, Optional.of("s3cret-webhook_token"))) {
            assertThat(telegram.webhook().secretToken()).contains("s3cret-webhook_token");
            assertThat(telegram.webhook().allowedUpdates()).contains("message", "callback_query", "inline_query");
            URI endpoint = URI.create("http://127.0.0.1:" + f.bot.webhookPort().orElseThrow() + "/telegram");
            FakeUser reader = FakeUser.of(5, "reader", "ar");

            FakeUpdate forged = telegram.updates().text(reader, "/start");
            assertThat(telegram.webhook().post(forged, endpoint, Optional.of("wrong"))).isEqualTo(401);
            assertThat(telegram.webhook().post(forged, endpoint, Optional.empty())).isEqualTo(401);
            Thread.sleep(500);
            assertThat(telegram.sent(reader.id())).isEmpty();

            assertThat(telegram.webhook().post(forged, endpoint, Optional.of("s3cret-webhook_token"))).isEqualTo(200);
            telegram.awaitSent(reader.id(), 1, WAIT);
            assertThat(telegram.lastBotMessage(reader.id())).hasValueSatisfying(m -> assertThat(m.text()).contains("نبأ"));
        }
    }

    @Test
    void webhookModeRefusesToStartWithoutASecret() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            assertThatThrownBy(() -> BotFixture.start(home, telegram, BotSettings.Mode.WEBHOOK, Optional.empty()))
                    .isInstanceOf(BotStartException.class).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        }
    }

    @Test
    void aTokenTelegramRejectsStopsTheStartWithAClearMessage() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start();
             NabaaRuntime runtime = NabaaRuntime.open(settings(telegram.baseUri()), NabaaRuntime.Role.SERVER)) {
            assertThatThrownBy(() -> TelegramBot.start(Optional.of("1:not-the-token"), settings(telegram.baseUri()).bot(),
                    (name, admins) -> runtime.conversation(runtime.answers(), Optional.of(name), admins), new BotMetrics(() -> 0), 1))
                    .isInstanceOf(BotStartException.class).hasMessageContaining("rejected the bot token")
                    .hasMessageNotContaining("not-the-token");
        }
    }

    @Test
    void closingInTheMiddleOfAnAnswerLetsItGoOutThenLeavesNoThreadBehind() throws Exception {
        Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeUser reader = FakeUser.of(9, "reader", "ar");
        try (FakeBotApi telegram = FakeBotApi.start();
             NabaaRuntime runtime = NabaaRuntime.open(settings(telegram.baseUri()), NabaaRuntime.Role.SERVER)) {
            runtime.ensureSamples(System.err);
            TelegramBot bot = TelegramBot.start(Optional.of(telegram.token()), settings(telegram.baseUri()).bot(),
                    (name, admins) -> slow(runtime.conversation(runtime.answers(), Optional.of(name), admins), answering, release),
                    new BotMetrics(() -> 0), 1);
            telegram.updates().text(reader, "ايه اللي حصل في ميناء دمياط؟");
            assertThat(answering.await(15, TimeUnit.SECONDS)).as("the question is being answered").isTrue();

            Thread closer = Thread.ofPlatform().start(bot::close);
            Thread.sleep(300);
            release.countDown();
            closer.join(TimeUnit.SECONDS.toMillis(60));

            assertThat(closer.isAlive()).isFalse();
            assertThat(telegram.lastBotMessage(reader.id())).hasValueSatisfying(m -> assertThat(m.text()).contains("دمياط"));
            telegram.assertNoViolations();
        }
        // A thread that was told to stop may take a moment to end (the fake Bot API's HTTP server's
        // "idle-timeout-task" timer ends after its stop returns): one still alive after 5 s is left behind.
        List<String> left = startedSince(before);
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = startedSince(before);
        }
        assertThat(left).as("threads started by the bot or the runtime and still alive").isEmpty();
    }

    private static List<String> startedSince(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t.threadId()))
                .filter(t -> !jdkVirtualThreadScheduler(t))
                .map(Thread::getName)
                .filter(n -> !n.startsWith("OkHttp TaskRunner")) // OkHttp's shared idle pool, gone within 60 s
                .toList();
    }

    /** The JVM's own carriers of virtual threads: shared by every virtual thread of the process, not ours to stop. */
    private static boolean jdkVirtualThreadScheduler(Thread t) {
        return t.getClass().getName().equals("jdk.internal.misc.CarrierThread")
                || t.getName().equals("VirtualThread-unblocker") || t.getName().endsWith("-delayScheduler");
    }

    /** The conversation, holding its first answer until released: a question in the middle of being answered. */
    private static Dialog slow(Dialog dialog, CountDownLatch answering, CountDownLatch release) {
        return new Dialog() {
            @Override
            public List<Outgoing> handle(Incoming incoming) {
                answering.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return dialog.handle(incoming);
            }

            @Override
            public void sent(long chatId, long messageId, String shows) {
                dialog.sent(chatId, messageId, shows);
            }

            @Override
            public void unreachable(long chatId) {
                dialog.unreachable(chatId);
            }

            @Override
            public List<CommandInfo> menu(Language language) {
                return dialog.menu(language);
            }
        };
    }

    private Settings settings(URI api) throws Exception {
        return BotFixture.settings(home, api, BotSettings.Mode.POLLING, Optional.empty());
    }
}
