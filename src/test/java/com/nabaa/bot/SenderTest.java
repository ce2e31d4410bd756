package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.fake.Call;
import com.nabaa.bot.fake.FakeBotApi;
import com.nabaa.bot.fake.FakeChat;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.bot.fake.Fault;
import com.nabaa.bot.fake.RealClient;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** The sender against a Bot API server that checks Telegram's limits and answers as Telegram does. */
class SenderTest {
    FakeBotApi telegram;
    RealClient client;
    Sender sender;
    final Map<Long, Delivery.Failure> failures = new ConcurrentHashMap<>();
    CountDownLatch outcomes;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
        client = RealClient.of(telegram);
    }

    @AfterEach
    void stop() {
        if (sender != null) sender.close(Duration.ofSeconds(5));
        client.close();
        telegram.assertNoViolations();
        telegram.close();
    }

    private FakeChat reader(long id) {
        FakeChat chat = FakeChat.privateWith(FakeUser.of(id, "reader" + id, "ar"));
        telegram.knowChat(chat);
        return chat;
    }

    private Delivery message(long chatId, Sender.Priority priority, String text) {
        return new Delivery(chatId, false, priority, SendMessage.builder().chatId(Long.toString(chatId)).text(text).build(),
                new Delivery.Outcome() {
                    @Override
                    public void sent(Serializable result) {
                        outcomes.countDown();
                    }

                    @Override
                    public void failed(Delivery.Failure failure, String description) {
                        failures.put(chatId, failure);
                        outcomes.countDown();
                    }
                });
    }

    private void expect(int n) {
        outcomes = new CountDownLatch(n);
    }

    private void awaitOutcomes() throws InterruptedException {
        assertThat(outcomes.await(30, TimeUnit.SECONDS)).as("every delivery came to an end").isTrue();
    }

    @Test
    void messagesToOneChatGoInOrderAtMostOneASecond() throws Exception {
        sender = new Sender(client.telegram(), 30, 1, 20, Sender.Listener.none());
        FakeChat chat = reader(101);
        expect(3);
        for (String text : List.of("الأول", "الثاني", "الثالث")) sender.submit(message(chat.id(), Sender.Priority.REPLY, text));
        awaitOutcomes();

        List<Call> sent = telegram.sent(chat.id());
        assertThat(sent).extracting(c -> c.param("text")).containsExactly("الأول", "الثاني", "الثالث");
        assertThat(sent.get(1).after(sent.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(sent.get(2).after(sent.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aTooManyRequestsAnswerPausesEverySendForItsRetryAfter() throws Exception {
        // the second message is submitted once the sender has taken the 429 in (not merely once the
        // server has answered it): from then on every send waits for its retry_after
        CountDownLatch slowedDown = new CountDownLatch(1);
        sender = new Sender(client.telegram(), 30, 1, 20, (method, code) -> {
            if (code == 429) slowedDown.countDown();
        });
        FakeChat first = reader(201);
        FakeChat second = reader(202);
        telegram.faults().failNext("sendMessage", 1, Fault.tooManyRequests(2));
        expect(2);
        sender.submit(message(first.id(), Sender.Priority.REPLY, "واحد"));
        assertThat(slowedDown.await(5, TimeUnit.SECONDS)).as("the 429 taken in").isTrue();
        sender.submit(message(second.id(), Sender.Priority.REPLY, "اثنان"));
        awaitOutcomes();

        List<Call> calls = telegram.calls("sendMessage");
        Call refused = calls.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
        List<Call> after = calls.stream().filter(c -> c.nanos() > refused.nanos()).toList();
        assertThat(after).hasSize(2).allSatisfy(c -> {
            assertThat(c.succeeded()).isTrue();
            assertThat(c.after(refused)).isGreaterThanOrEqualTo(Duration.ofMillis(1_950));
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void aReaderWhoBlockedTheBotIsUnreachableAndTheRestOfTheChatsQueueIsDropped() throws Exception {
        sender = new Sender(client.telegram(), 30, 1, 20, Sender.Listener.none());
        FakeUser blocker = FakeUser.of(301, "blocker", "ar");
        telegram.knowChat(FakeChat.privateWith(blocker));
        telegram.updates().botBlocked(blocker);
        expect(3);
        for (int i = 0; i < 3; i++) sender.submit(message(blocker.id(), Sender.Priority.REPLY, "خبر " + i));
        awaitOutcomes();

        assertThat(failures).containsEntry(blocker.id(), Delivery.Failure.UNREACHABLE);
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheMessageGoes() throws Exception {
        sender = new Sender(client.telegram(), 30, 1, 20, Sender.Listener.none());
        FakeChat chat = reader(401);
        telegram.faults().failNext("sendMessage", 2, Fault.badGateway());
        expect(1);
        sender.submit(message(chat.id(), Sender.Priority.REPLY, "يصل في النهاية"));
        awaitOutcomes();

        assertThat(telegram.calls("sendMessage")).extracting(Call::status).containsExactly(502, 502, 200);
        assertThat(failures).isEmpty();
    }

    @Test
    void ninetyChatsAtThirtyMessagesASecondNeverBreakTheOverallLimit() throws Exception {
        sender = new Sender(client.telegram(), 30, 1, 20, Sender.Listener.none());
        expect(90);
        long start = System.nanoTime();
        for (int i = 0; i < 90; i++) sender.submit(message(reader(1_000 + i).id(), Sender.Priority.BROADCAST, "نشرة"));
        awaitOutcomes();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(telegram.calls("sendMessage")).hasSize(90);
        assertThat(seconds).as("90 messages at 30 a second take about 3 s").isBetween(1.9, 6.0);
    }

    @Test
    void aReplyGoesBeforeTheBroadcastQueuedAheadOfIt() throws Exception {
        sender = new Sender(client.telegram(), 5, 1, 20, Sender.Listener.none());
        List<Long> broadcastChats = new ArrayList<>();
        expect(21);
        for (int i = 0; i < 20; i++) {
            long id = reader(2_000 + i).id();
            broadcastChats.add(id);
            sender.submit(message(id, Sender.Priority.BROADCAST, "إعلان"));
        }
        FakeChat asking = reader(3_000);
        Thread.sleep(300);
        sender.submit(message(asking.id(), Sender.Priority.REPLY, "إجابة"));
        awaitOutcomes();

        List<Call> calls = telegram.calls("sendMessage");
        int replyAt = 0;
        for (int i = 0; i < calls.size(); i++) if (calls.get(i).chatId().orElse(0L) == asking.id()) replyAt = i;
        assertThat(replyAt).as("the reply's place among 21 sends at 5 a second").isLessThanOrEqualTo(7);
    }
}
