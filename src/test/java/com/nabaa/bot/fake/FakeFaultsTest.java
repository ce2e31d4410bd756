package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Injected failures reach the real client exactly as Telegram's errors do, and every call is timed. */
class FakeFaultsTest {
    private static final FakeUser READER = FakeUser.of(503, "Nour", "ar");
    private static final FakeUser OTHER = FakeUser.of(504, "Ali", "ar");

    private final FakeBotApi fake = FakeBotApi.start();
    private final RealClient real = RealClient.of(fake);
    private final TelegramClient client = real.telegram();

    FakeFaultsTest() {
        fake.knowChat(FakeChat.privateWith(READER));
        fake.knowChat(FakeChat.privateWith(OTHER));
    }

    @AfterEach
    void checkAndClose() {
        try (fake; real) {
            fake.assertNoViolations();
        }
    }

    @Test
    void tooManyRequestsCarriesRetryAfterAndTheCallTimesShowTheWait() throws Exception {
        fake.faults().failNext("sendMessage", 1, Fault.tooManyRequests(1));

        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(hello(READER)));
        assertThat(e.getErrorCode()).isEqualTo(429);
        assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(e.getParameters().getRetryAfter()).isEqualTo(1);

        Thread.sleep(Duration.ofSeconds(e.getParameters().getRetryAfter()));
        client.execute(hello(READER));

        List<Call> calls = fake.calls("sendMessage");
        assertThat(calls).extracting(Call::status).containsExactly(429, 200);
        assertThat(calls.get(1).after(calls.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theDefaultTooManyRequestsBodyIsTelegramsOwn() {
        fake.faults().failNext("sendMessage", 1, Fault.tooManyRequests(3));
        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(hello(READER)));
        assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
        assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 3");
    }

    @Test
    void aFaultForOneChatLeavesOtherChatsAlone() throws TelegramApiException {
        fake.faults().failNextInChat(READER.id(), 2, Fault.blockedByUser());

        client.execute(hello(OTHER));
        for (int i = 0; i < 2; i++) {
            TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                    () -> client.execute(hello(READER)));
            assertThat(e.getErrorCode()).isEqualTo(403);
            assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
        }
        client.execute(hello(READER));
        assertThat(fake.sent(READER.id())).hasSize(1);
    }

    @Test
    void chatNotFoundAndServerErrorsAreTelegramApiErrors() {
        fake.faults().failNext("sendMessage", 1, Fault.chatNotFound());
        fake.faults().failNext("sendMessage", 1, Fault.serverError());

        assertThat(catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(hello(READER)))
                .getApiResponse()).isEqualTo("Bad Request: chat not found");
        assertThat(catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(hello(READER)))
                .getErrorCode()).isEqualTo(500);
    }

    @Test
    void aBadGatewayPageIsNotJsonSoTheClientHasNoErrorCode() {
        fake.faults().failNext("sendMessage", 1, Fault.badGateway());

        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(hello(READER)));
        assertThat(e.getErrorCode()).as("TelegramBots 10.2.0 reads no status from a non-JSON body").isZero();
        assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThat(fake.calls("sendMessage")).extracting(Call::status).containsExactly(502);
    }

    @Test
    void aUserWhoBlockedTheBotAnswers403FromThenOn() throws TelegramApiException {
        client.execute(hello(READER));
        fake.updates().botBlocked(READER);

        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(hello(READER)));
        assertThat(e.getErrorCode()).isEqualTo(403);

        fake.updates().botUnblocked(READER);
        client.execute(hello(READER));
    }

    private static SendMessage hello(FakeUser to) {
        return SendMessage.builder().chatId(to.id()).text("أهلا " + to.firstName()).build();
    }
}
