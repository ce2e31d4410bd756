package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real TelegramBots long-polling application, pointed at the fake, gets what people send. */
class FakeLongPollingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final FakeUser READER = new FakeUser(505, "Maha", "maha", "ar");
    private static final FakeChat GROUP = FakeChat.group(-4001, "عائلة");

    private final FakeBotApi fake = FakeBotApi.start();
    private final RealClient real = RealClient.of(fake);
    private final TelegramClient client = real.telegram();
    private final List<Update> received = new CopyOnWriteArrayList<>();
    private final RealPolling polling = RealPolling.start(fake, received::addAll);

    @AfterEach
    void checkAndClose() {
        try (fake; real; polling) {
            fake.assertNoViolations();
        }
    }

    @Test
    void aQueuedMessageIsDeliveredOnceAndConfirmedByTheNextOffset() {
        FakeUpdate first = fake.updates().text(READER, "/start");
        awaitReceived(1);
        FakeUpdate second = fake.updates().text(READER, "ما آخر الأخبار؟");
        awaitReceived(2);

        assertThat(received).extracting(Update::getUpdateId).containsExactly(first.updateId(), second.updateId());
        assertThat(fake.calls("deleteWebhook")).as("the application deletes the webhook first").hasSize(1);
        List<Call> polls = fake.calls("getUpdates");
        assertThat(polls).extracting(c -> c.param("offset"))
                .containsSequence("1", Integer.toString(first.updateId() + 1));
        assertThat(polls.get(0).param("timeout")).isEqualTo("50");
        fake.await("the second update confirmed", () -> fake.pendingUpdates() == 0, WAIT);
    }

    @Test
    void aSlashCommandCarriesABotCommandEntityAndTheUsersLanguage() {
        fake.updates().text(READER, "/start@nabaa_test_bot أهلا");
        awaitReceived(1);

        Message message = received.get(0).getMessage();
        assertThat(message.isCommand()).as("TelegramBots 10.2.0: false until getEntities() is called").isFalse();
        assertThat(message.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo("bot_command");
            assertThat(e.getOffset()).isZero();
            assertThat(e.getLength()).isEqualTo("/start@nabaa_test_bot".length());
        });
        assertThat(message.isCommand()).isTrue();
        assertThat(message.getFrom().getLanguageCode()).isEqualTo("ar");
        assertThat(message.getChat().isUserChat()).isTrue();
    }

    @Test
    void everyKindOfUpdateReachesTheApplicationTyped() throws Exception {
        fake.knowChat(FakeChat.privateWith(READER));
        Message botMessage = client.execute(SendMessage.builder().chatId(READER.id()).text("اختر")
                .replyMarkup(FakeBotApiTest.keyboard("رياضة", "topic:sport")).build());
        FakeMessage shown = fake.message(READER.id(), botMessage.getMessageId()).orElseThrow();

        fake.updates().groupText(GROUP, READER, "😀 @nabaa_test_bot ما الجديد؟");
        fake.updates().replyTo(shown, READER, "والاقتصاد؟");
        fake.updates().pressButton(READER, shown, "رياضة");
        fake.updates().inlineQuery(READER, "الطقس", "20");
        fake.updates().botBlocked(READER);
        awaitReceived(5);

        Message inGroup = received.get(0).getMessage();
        assertThat(inGroup.getChat().isGroupChat()).isTrue();
        assertThat(inGroup.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo("mention");
            assertThat(e.getOffset()).as("the emoji is two UTF-16 units").isEqualTo(3);
            assertThat(e.getText()).isEqualTo("@nabaa_test_bot");
        });
        assertThat(received.get(1).getMessage().getReplyToMessage().getMessageId())
                .isEqualTo(botMessage.getMessageId());
        var callback = received.get(2).getCallbackQuery();
        assertThat(callback.getData()).isEqualTo("topic:sport");
        assertThat(((Message) callback.getMessage()).getMessageId()).isEqualTo(botMessage.getMessageId());
        assertThat(received.get(3).getInlineQuery().getOffset()).isEqualTo("20");
        assertThat(received.get(4).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");

        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callback.getId()).text("تم").build());
        client.execute(AnswerInlineQuery.builder().inlineQueryId(received.get(3).getInlineQuery().getId())
                .results(List.of()).build());
        fake.assertEveryCallbackAnswered(WAIT);
    }

    @Test
    void aSecondPollerEndsTheWaitingOneWithConflict() throws Exception {
        fake.awaitPolling(WAIT);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest poll = HttpRequest.newBuilder(fake.baseUri().resolve("/bot" + fake.token()
                    + "/getUpdates?timeout=0")).build();
            HttpResponse<String> stolen = http.send(poll, HttpResponse.BodyHandlers.ofString());
            assertThat(stolen.statusCode()).isEqualTo(200);
            fake.await("the application's poll ended by conflict",
                    () -> fake.calls("getUpdates").stream().anyMatch(c -> c.status() == 409), WAIT);
        }
    }

    @Test
    void closingTheApplicationLeavesNoPollingThread() throws Exception {
        fake.awaitPolling(WAIT);
        CompletableFuture.runAsync(polling::close).get();
        assertThat(polling.threads()).isNotEmpty().noneMatch(Thread::isAlive);
    }

    private void awaitReceived(int count) {
        fake.await(count + " updates received", () -> received.size() >= count, WAIT);
    }
}
