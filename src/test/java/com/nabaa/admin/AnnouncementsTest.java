package com.nabaa.admin;

import static com.nabaa.admin.NewsroomFixture.ADMIN_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import com.nabaa.push.PushMessage;
import com.nabaa.store.AnnouncementStore;
import com.nabaa.store.OutboxStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Announcements from preview to done, over the real outbox. */
class AnnouncementsTest {
    @TempDir
    Path dir;
    NewsroomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new NewsroomFixture(dir);
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void aPreviewStoresADraftAndCountsTheChatsItWouldReachButQueuesNothing() {
        Preview.Ready ready = room.draft("الموقع في صيانة الليلة");

        assertThat(ready.text()).isEqualTo("الموقع في صيانة الليلة");
        assertThat(ready.segment()).isEqualTo(new Segment.Everyone());
        assertThat(ready.reach()).isEqualTo(5);
        assertThat(room.queued()).isZero();
        assertThat(new AnnouncementStore(room.db).find(ready.id()).orElseThrow().state())
                .isEqualTo(AnnouncementStore.State.DRAFT);
    }

    @Test
    void sendQueuesOnePushPerActiveChatAndNoneForAnInactiveOne() {
        Preview.Ready ready = room.draft("إعلان للجميع");

        Step step = room.admin().send(ready.id(), 100).orElseThrow();

        assertThat(step.changed()).isTrue();
        assertThat(step.broadcast().phase()).isEqualTo(Broadcast.Phase.SENDING);
        assertThat(step.broadcast().reach()).isEqualTo(5);
        assertThat(step.broadcast().deliveries()).isEqualTo(new Deliveries(0, 0, 5, 0));
        assertThat(step.broadcast().messageId()).isEqualTo(100);
        assertThat(room.queued()).isEqualTo(5);
        assertThat(chatsQueued()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aLanguageSegmentReachesOnlyTheChatsThatChoseIt() {
        Preview.Ready ready = room.draft("lang:en The site is down tonight");

        assertThat(ready.segment()).isEqualTo(new Segment.Readers(Language.ENGLISH));
        assertThat(ready.text()).isEqualTo("The site is down tonight");
        assertThat(ready.reach()).isEqualTo(2);
        room.admin().send(ready.id(), 100);

        assertThat(chatsQueued()).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void sendPressedTwiceQueuesOnce() {
        Preview.Ready ready = room.draft("مرة واحدة");

        assertThat(room.admin().send(ready.id(), 100).orElseThrow().changed()).isTrue();
        Step again = room.admin().send(ready.id(), 100).orElseThrow();

        assertThat(again.changed()).isFalse();
        assertThat(again.broadcast().phase()).isEqualTo(Broadcast.Phase.SENDING);
        assertThat(room.queued()).isEqualTo(5);
    }

    @Test
    void cancelBeforeSendQueuesNothingAndSendAfterItNeither() {
        Preview.Ready ready = room.draft("لن يُرسل");

        Step cancelled = room.admin().cancel(ready.id(), 100).orElseThrow();
        Step send = room.admin().send(ready.id(), 100).orElseThrow();

        assertThat(cancelled.changed()).isTrue();
        assertThat(cancelled.broadcast().phase()).isEqualTo(Broadcast.Phase.CANCELLED);
        assertThat(send.changed()).isFalse();
        assertThat(room.queued()).isZero();
    }

    @Test
    void cancellingMidwayCancelsWhatHasNotGoneAndStopsTheBroadcast() {
        Preview.Ready ready = room.draft("يتوقف في منتصفه");
        room.admin().send(ready.id(), 100);
        deliver(2, 0);

        Step stopped = room.admin().cancel(ready.id(), 100).orElseThrow();

        assertThat(stopped.changed()).isTrue();
        assertThat(stopped.broadcast().phase()).isEqualTo(Broadcast.Phase.STOPPED);
        assertThat(stopped.broadcast().deliveries()).isEqualTo(new Deliveries(2, 0, 0, 3));
        assertThat(room.outbox.progress(ready.id()).get(OutboxStore.State.CANCELLED)).isEqualTo(3);
        assertThat(room.outboxStore.claim(10, Instant.now())).as("nothing left to send").isEmpty();
    }

    @Test
    void anotherChatCannotSendOrCancelADraft() {
        Preview.Ready ready = room.draft("ليس لك");
        Admin elsewhere = room.newsroom.admin(NewsroomFixture.ADMIN, -100, Action.ANNOUNCE_SEND).orElseThrow();

        assertThat(elsewhere.send(ready.id(), 100)).isEmpty();
        assertThat(elsewhere.cancel(ready.id(), 100)).isEmpty();
        assertThat(room.admin().send(987, 100)).isEmpty();
        assertThat(room.queued()).isZero();
    }

    @Test
    void progressShowsEachChangeOfTheOutboxCountsOnceAndTheEnd() {
        Preview.Ready ready = room.draft("تقدم الإرسال");
        room.admin().send(ready.id(), 100);
        List<Broadcast> shown = new ArrayList<>();
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, BroadcastProgress.EVERY, shown::add)) {
            assertThat(progress.tick()).as("nothing moved since Send showed it").isEmpty();

            deliver(2, 1);
            assertThat(progress.tick()).singleElement().satisfies(b -> {
                assertThat(b.deliveries()).isEqualTo(new Deliveries(2, 1, 2, 0));
                assertThat(b.phase()).isEqualTo(Broadcast.Phase.SENDING);
                assertThat(b.chatId()).isEqualTo(ADMIN_CHAT);
                assertThat(b.messageId()).isEqualTo(100);
            });
            assertThat(progress.tick()).isEmpty();

            deliver(2, 0);
            assertThat(progress.tick()).singleElement().satisfies(b -> {
                assertThat(b.deliveries()).isEqualTo(new Deliveries(4, 1, 0, 0));
                assertThat(b.phase()).isEqualTo(Broadcast.Phase.DONE);
            });
            assertThat(progress.tick()).as("a finished broadcast is not followed").isEmpty();
        }
        assertThat(shown).hasSize(2);
        assertThat(new AnnouncementStore(room.db).find(ready.id()).orElseThrow().state())
                .isEqualTo(AnnouncementStore.State.DONE);
    }

    @Test
    void aStoppedBroadcastIsFollowedUntilWhatWasInFlightLands() {
        Preview.Ready ready = room.draft("متوقف");
        room.admin().send(ready.id(), 100);
        List<OutboxStore.Row> inFlight = room.outboxStore.claim(1, Instant.now());
        room.admin().cancel(ready.id(), 100);
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, BroadcastProgress.EVERY, b -> { })) {
            assertThat(progress.tick()).isEmpty();

            room.outboxStore.sent(inFlight.get(0).id(), 555);

            assertThat(progress.tick()).singleElement().satisfies(b -> {
                assertThat(b.phase()).isEqualTo(Broadcast.Phase.STOPPED);
                assertThat(b.deliveries()).isEqualTo(new Deliveries(1, 0, 0, 4));
            });
            assertThat(progress.tick()).isEmpty();
        }
    }

    @Test
    void anAnnouncementToNoChatIsDoneAtOnce() throws Exception {
        Preview.Ready ready = room.draft("لا أحد يقرأ");
        room.chats.markUnreachable(1);
        room.chats.markUnreachable(2);
        room.chats.markUnreachable(3);
        room.chats.markUnreachable(4);
        room.chats.markUnreachable(5);

        Step step = room.admin().send(ready.id(), 100).orElseThrow();
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, BroadcastProgress.EVERY, b -> { })) {
            assertThat(step.broadcast().reach()).isZero();
            assertThat(progress.tick()).singleElement().extracting(Broadcast::phase).isEqualTo(Broadcast.Phase.DONE);
        }
    }

    @Test
    void theProgressRoundsRunOnTheirOwnNamedThreadAndStopWithClose() throws Exception {
        Preview.Ready ready = room.draft("خيط");
        room.admin().send(ready.id(), 100);
        deliver(5, 0);
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, java.time.Duration.ofMillis(20), b -> {
            threads.add(Thread.currentThread().getName());
            done.countDown();
        })) {
            progress.start();
            assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        assertThat(threads).containsOnly("nabaa-broadcasts");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (broadcastThreadAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(broadcastThreadAlive()).as("no thread left behind").isFalse();
    }

    @Test
    void topicFollowersAreReachedThroughTheirHookAndRefusedWithoutIt() throws Exception {
        assertThat(room.admin().preview("topic:سد_النهضة بيان", Language.ARABIC)).isEqualTo(Preview.Problem.NO_TOPICS);

        List<String> announced = new ArrayList<>();
        TopicFollowers followers = new TopicFollowers() {
            @Override
            public long count(String topic) {
                return 3;
            }

            @Override
            public int announce(PushMessage.Announcement announcement, String topic) {
                announced.add(topic + ": " + announcement.text());
                return 3;
            }
        };
        try (NewsroomFixture withTopics = new NewsroomFixture(dir.resolve("topics"), b -> b.topicFollowers(followers))) {
            Preview.Ready ready = withTopics.draft("topic:سد_النهضة بيان");
            assertThat(ready.segment()).isEqualTo(new Segment.Followers("سد النهضة"));
            assertThat(ready.reach()).isEqualTo(3);

            assertThat(withTopics.admin().send(ready.id(), 100).orElseThrow().broadcast().reach()).isEqualTo(3);
        }
        assertThat(announced).containsExactly("سد النهضة: بيان");
    }

    @Test
    void aPreviewWithoutTextOrWithAnUnknownSegmentOrTooLongIsNotStored() {
        Admin admin = room.admin();
        assertThat(admin.preview("", Language.ARABIC)).isEqualTo(Preview.Problem.NO_TEXT);
        assertThat(admin.preview("lang:en", Language.ARABIC)).isEqualTo(Preview.Problem.NO_TEXT);
        assertThat(admin.preview("lang:fr Bonjour", Language.ARABIC)).isEqualTo(Preview.Problem.UNKNOWN_SEGMENT);
        assertThat(admin.preview("ا".repeat(Preview.MAX_CHARS + 1), Language.ARABIC)).isEqualTo(Preview.Problem.TOO_LONG);
        assertThat(room.draft("اختبار").id()).as("the first draft stored").isEqualTo(1);
    }

    private static boolean broadcastThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("nabaa-broadcasts") && t.isAlive());
    }

    /** The dispatcher's part: {@code sent} pushes go out, {@code failed} fail. */
    private void deliver(int sent, int failed) {
        List<OutboxStore.Row> rows = room.outboxStore.claim(sent + failed, Instant.now());
        for (int i = 0; i < rows.size(); i++) {
            if (i < sent) room.outboxStore.sent(rows.get(i).id(), 1000 + i);
            else room.outboxStore.failed(rows.get(i).id(), "blocked");
        }
    }

    private List<Long> chatsQueued() {
        List<Long> chats = new ArrayList<>();
        for (OutboxStore.Row r : room.outboxStore.claim(100, Instant.now())) chats.add(r.chatId());
        return chats;
    }
}
