package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.fake.Call;
import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.bot.fake.FakeChat;
import com.nabaa.bot.fake.FakeOptions;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.bot.fake.RateLimits;
import com.nabaa.push.PushMessage;
import com.nabaa.testing.NabaaProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broadcast to 2,000 chats, with `nabaa serve` killed in the middle (SIGKILL: no shutdown hook
 * runs) and started again: everyone receives it, and the only chats that get it twice are those
 * whose send was in flight when the process died — at most one per worker.
 */
class BroadcastCrashTest {
    private static final int CHATS = 2_000;
    private static final String TEXT = "إعلان تجريبي من فريق التحرير";

    @TempDir
    Path dir;

    @Test
    void aBroadcastKilledMidwayResumesAfterARestartAndReachesEveryoneOnce() throws Exception {
        Path home = dir.resolve("home");
        RateLimits limits = new RateLimits(400, 1, 3, 20);
        try (FakeBotApi telegram = FakeBotApi.start(FakeOptions.defaults().withLimits(limits))) {
            try (NabaaRuntime runtime = NabaaRuntime.open(TestSettings.withHome(home), NabaaRuntime.Role.INGEST)) {
                runtime.ensureSamples(System.err);
                for (int i = 0; i < CHATS; i++) {
                    long id = 10_000 + i;
                    runtime.chats().seen(id, "PRIVATE", Instant.now());
                    telegram.knowChat(FakeChat.privateWith(FakeUser.of(id, "r" + i, "ar")));
                }
                assertThat(runtime.outbox().announce(new PushMessage.Announcement(1, TEXT), Optional.empty())).isEqualTo(CHATS);
            }
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL",
                    telegram.baseUri().toString(), "NABAA_TELEGRAM_MESSAGES_PER_SECOND", "300", "NABAA_METRICS_PORT", "0");

            NabaaProcess first = NabaaProcess.start(home, dir.resolve("serve-1.log"), env, Optional.empty(), "serve",
                    "--poll-seconds", "1");
            telegram.await("a third of the broadcast", () -> announcements(telegram) >= CHATS / 3, Duration.ofSeconds(90));
            first.process().destroyForcibly().waitFor();
            int beforeRestart = announcements(telegram);

            NabaaProcess second = NabaaProcess.start(home, dir.resolve("serve-2.log"), env, Optional.empty(), "serve",
                    "--poll-seconds", "1");
            telegram.await("every chat", () -> receivers(telegram).size() == CHATS, Duration.ofSeconds(90));
            second.process().destroy();
            second.await(60);

            Map<Long, Integer> received = receivers(telegram);
            int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
            assertThat(beforeRestart).as("the first process was killed in the middle").isBetween(CHATS / 3, CHATS - 1);
            assertThat(received).hasSize(CHATS);
            assertThat(duplicates).as("chats that got it twice: only sends in flight at the kill")
                    .isBetween(0, ServedBot.PUSH_WORKERS);
            System.out.printf("broadcast of %d: %d sent before the kill, %d duplicates after the restart%n", CHATS,
                    beforeRestart, duplicates);
            telegram.assertNoViolations();
        }
    }

    private static int announcements(FakeBotApi telegram) {
        return (int) telegram.calls("sendMessage").stream().filter(BroadcastCrashTest::isAnnouncement).count();
    }

    private static Map<Long, Integer> receivers(FakeBotApi telegram) {
        Map<Long, Integer> out = new HashMap<>();
        for (Call c : telegram.calls("sendMessage")) {
            if (isAnnouncement(c)) out.merge(c.chatId().orElseThrow(), 1, Integer::sum);
        }
        return out;
    }

    private static boolean isAnnouncement(Call c) {
        return c.succeeded() && c.param("text").contains(TEXT);
    }
}
