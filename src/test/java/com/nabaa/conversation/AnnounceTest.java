package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.buttons;
import static com.nabaa.conversation.Chatting.data;
import static com.nabaa.conversation.Chatting.notice;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.admin.Broadcast;
import com.nabaa.admin.BroadcastProgress;
import com.nabaa.index.NewsIndex;
import com.nabaa.store.OutboxStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /announce as an admin lives it: a preview with Send and Cancel, then the same message showing
 * how the broadcast goes, edited until it is done, with Cancel to stop it midway.
 */
class AnnounceTest {
    @TempDir
    static Path indexDir;
    static NewsIndex index;
    @TempDir
    Path dir;
    NewsroomChat room;
    Chatting chat;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = Chatting.index(indexDir);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @BeforeEach
    void open() throws IOException {
        room = new NewsroomChat(index, dir);
        chat = room.chat;
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void announceShowsThePreviewAsReadersWillSeeItWithItsReachAndSendAndCancel() {
        Outgoing.Send preview = onlySend(chat.say("/announce الموقع متوقف للصيانة الليلة\n\nنعتذر عن الإزعاج"));

        assertThat(text(preview)).isEqualTo("معاينة — إلى كل المحادثات، وعددها الآن 6:\n\n"
                + "الموقع متوقف للصيانة الليلة\n\nنعتذر عن الإزعاج");
        assertThat(buttons(preview.buttons())).extracting(Button::label).containsExactly("إرسال", "إلغاء");
        assertThat(room.queued()).as("nothing goes before Send").isZero();
    }

    @Test
    void sendQueuesOnePushPerActiveChatAndTurnsThePreviewIntoItsProgress() {
        Outgoing.Send preview = onlySend(chat.say("/announce إعلان للجميع"));

        List<Outgoing> out = chat.press(chat.idOf(preview), data(preview, "إرسال"));

        Outgoing.Edit progress = (Outgoing.Edit) out.get(0);
        assertThat(progress.messageId()).isEqualTo(chat.idOf(preview));
        assertThat(text(progress)).isEqualTo("📣 الإعلان #1 في طريقه إلى كل المحادثات (عددها 6).\n\n"
                + "أُرسل 0 · فشل 0 · في الانتظار 6 · أُلغي 0");
        assertThat(buttons(progress.buttons())).extracting(Button::label).containsExactly("إلغاء");
        assertThat(notice(out)).contains("جارٍ الإرسال.");
        assertThat(room.dueChats()).as("active chats only").containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 7L);
    }

    @Test
    void aLanguageSegmentLeavesOutTheChatsOfTheOtherLanguage() {
        Outgoing.Send preview = onlySend(chat.say("/announce lang:en The site is down tonight"));
        assertThat(text(preview)).startsWith("معاينة — إلى المحادثات التي اختارت الإنجليزية، وعددها الآن 2:")
                .endsWith("The site is down tonight");

        chat.press(chat.idOf(preview), data(preview, "إرسال"));

        assertThat(room.dueChats()).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void sendPressedTwiceQueuesOnce() {
        Outgoing.Send preview = onlySend(chat.say("/announce مرة واحدة"));
        String send = data(preview, "إرسال");
        chat.press(chat.idOf(preview), send);

        List<Outgoing> again = chat.press(chat.idOf(preview), send);

        assertThat(again).singleElement().isInstanceOf(Outgoing.Notice.class);
        assertThat(notice(again)).contains("أُرسل هذا الإعلان من قبل.");
        assertThat(room.queued()).isEqualTo(6);
    }

    @Test
    void cancelBeforeSendQueuesNothing() {
        Outgoing.Send preview = onlySend(chat.say("/announce لن يُرسل"));

        List<Outgoing> out = chat.press(chat.idOf(preview), data(preview, "إلغاء"));

        Outgoing.Edit cancelled = (Outgoing.Edit) out.get(0);
        assertThat(text(cancelled)).isEqualTo("أُلغي الإعلان #1 ولم يُرسل منه شيء.");
        assertThat(cancelled.buttons()).isEmpty();
        assertThat(notice(chat.press(chat.idOf(preview), data(preview, "إرسال")))).contains("انتهى هذا الإعلان من قبل.");
        assertThat(room.queued()).isZero();
    }

    @Test
    void cancellingMidwayStopsTheRestAndTheProgressSaysSo() {
        Outgoing.Send preview = onlySend(chat.say("/announce يتوقف في منتصفه"));
        Outgoing.Edit progress = (Outgoing.Edit) chat.press(chat.idOf(preview), data(preview, "إرسال")).get(0);
        room.deliver(2, 0);

        List<Outgoing> out = chat.press(progress.messageId(), data(progress.buttons(), "إلغاء"));

        Outgoing.Edit stopped = (Outgoing.Edit) out.get(0);
        assertThat(stopped.messageId()).isEqualTo(progress.messageId());
        assertThat(text(stopped)).isEqualTo("⏹ أُوقف الإعلان #1.\n\nأُرسل 2 · فشل 0 · في الانتظار 0 · أُلغي 4");
        assertThat(stopped.buttons()).isEmpty();
        assertThat(notice(out)).contains("أُوقف: ما لم يُرسل بعد لن يُرسل.");
        assertThat(room.outbox.progress(1).get(OutboxStore.State.CANCELLED)).isEqualTo(4);
        assertThat(room.dueChats()).isEmpty();
    }

    @Test
    void theProgressMessageIsEditedWithTheOutboxCountsUntilDone() {
        Outgoing.Send preview = onlySend(chat.say("/announce تقدم"));
        long message = chat.idOf(preview);
        chat.press(message, data(preview, "إرسال"));
        List<Outgoing.Edit> edits = new ArrayList<>();
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, BroadcastProgress.EVERY,
                b -> edits.add(chat.conversation.progress(b)))) {
            room.deliver(2, 1);
            progress.tick();
            progress.tick();
            room.deliver(3, 0);
            progress.tick();
        }

        assertThat(edits).extracting(Outgoing.Edit::messageId).containsOnly(message);
        assertThat(edits).extracting(Chatting::text).containsExactly(
                "📣 الإعلان #1 في طريقه إلى كل المحادثات (عددها 6).\n\nأُرسل 2 · فشل 1 · في الانتظار 3 · أُلغي 0",
                "✅ انتهى إرسال الإعلان #1 (عدد المحادثات: 6).\n\nأُرسل 5 · فشل 1 · في الانتظار 0 · أُلغي 0");
        assertThat(edits.get(0).buttons()).isNotEmpty();
        assertThat(edits.get(1).buttons()).as("nothing left to cancel").isEmpty();
        edits.forEach(e -> buttons(e.buttons()).forEach(b ->
                assertThat(ButtonData.parse(b.data().orElseThrow())).isPresent()));
    }

    @Test
    void anEnglishAdminIsSpokenToInEnglishAndSoIsTheProgress() {
        Outgoing.Send preview = onlySend(chat.say(Chatting.PRIVATE, NewsroomChat.ENGLISH_ADMIN, "/announce lang:ar صيانة"));
        assertThat(text(preview)).startsWith("Preview — to chats that chose Arabic, 2 chats now:");

        chat.press(Chatting.PRIVATE, NewsroomChat.ENGLISH_ADMIN, chat.idOf(preview), data(preview, "Send"));
        room.deliver(1, 0);
        List<Broadcast> changed = new ArrayList<>();
        try (BroadcastProgress progress = new BroadcastProgress(room.newsroom, BroadcastProgress.EVERY, changed::add)) {
            progress.tick();
        }

        assertThat(text(chat.conversation.progress(changed.get(0)))).isEqualTo(
                "📣 Announcement #1 is going out to chats that chose Arabic: 2 chats.\n\n"
                        + "Sent 1 · failed 0 · pending 1 · cancelled 0");
    }
}
