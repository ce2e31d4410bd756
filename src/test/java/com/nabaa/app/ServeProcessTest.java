package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.testing.NabaaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nabaa serve` and `nabaa chat` as an operator and a newcomer run them: real processes. */
class ServeProcessTest {
    @TempDir
    Path dir;

    @Test
    void serveWithoutATokenSaysHowToGetOneAndExitsNonZero() throws Exception {
        NabaaProcess.Result r = NabaaProcess.run(dir.resolve("home"), dir.resolve("serve.log"), "serve");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.output()).contains("TELEGRAM_BOT_TOKEN").contains("@BotFather").contains("./nabaa chat");
    }

    @Test
    void aTokenTelegramRejectsGetsAClearMessageAndANonZeroExit() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            NabaaProcess.Result r = NabaaProcess.start(dir.resolve("home"), dir.resolve("serve.log"),
                    Map.of("TELEGRAM_BOT_TOKEN", "123:wrong", "TELEGRAM_API_URL", telegram.baseUri().toString()),
                    Optional.empty(), "serve").await(120);

            assertThat(r.exitCode()).isNotZero();
            assertThat(r.output()).contains("rejected the bot token").doesNotContain("123:wrong");
        }
    }

    @Test
    void anUnreachableBotApiGetsAClearMessageAndANonZeroExit() throws Exception {
        NabaaProcess.Result r = NabaaProcess.start(dir.resolve("home"), dir.resolve("serve.log"),
                Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_API_URL", "http://127.0.0.1:9"), Optional.empty(),
                "serve").await(120);

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("cannot reach the Bot API at http://127.0.0.1:9");
    }

    @Test
    void serveAnswersAReaderNeverLogsTheTokenOrTheQuestionAndStopsOnSigterm() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            NabaaProcess serve = NabaaProcess.start(dir.resolve("home"), dir.resolve("serve.log"),
                    Map.of("TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUri().toString()),
                    Optional.empty(), "serve", "--poll-seconds", "1");
            FakeUser reader = FakeUser.of(77, "reader", "ar");
            telegram.await("the bot polls", () -> !telegram.calls("getUpdates").isEmpty(), Duration.ofSeconds(90));
            telegram.updates().text(reader, "ايه اللي حصل في ميناء دمياط السري؟");
            telegram.awaitSent(reader.id(), 1, Duration.ofSeconds(30));

            serve.process().destroy(); // SIGTERM
            NabaaProcess.Result r = serve.await(60);

            assertThat(telegram.lastBotMessage(reader.id())).hasValueSatisfying(m -> assertThat(m.text()).contains("دمياط"));
            assertThat(r.output()).contains("is serving").contains("stopping")
                    .doesNotContain(telegram.token()).doesNotContain("السري");
            telegram.assertNoViolations();
        }
    }

    @Test
    void chatReadsOneLinePerTurnFromAPipe() throws Exception {
        Path input = dir.resolve("turns.txt");
        Files.writeString(input, "/start\nايه اللي حصل في ميناء دمياط؟\n1\n/nonsense\n", StandardCharsets.UTF_8);

        NabaaProcess.Result r = NabaaProcess.start(dir.resolve("home"), dir.resolve("chat.log"), Map.of(),
                Optional.of(input), "chat", "--lang", "ar").await(120);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("> /start").contains("أهلًا بك في نبأ")
                .contains("إغلاق ميناء دمياط بسبب سوء الأحوال الجوية").contains("[1]")
                .contains("غرفة العمليات").contains("/latest");
    }
}
