package com.nabaa.conversation;

import com.nabaa.admin.Authorization;
import com.nabaa.admin.Newsroom;
import com.nabaa.admin.TestFeedDesk;
import com.nabaa.index.NewsIndex;
import com.nabaa.news.Language;
import com.nabaa.push.Outbox;
import com.nabaa.store.AuditStore;
import com.nabaa.store.ChatStore;
import com.nabaa.store.OutboxStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Chatting} whose reader 7 is the newsroom's admin, with a test feed desk, and chats to
 * announce to besides the admin's own (7): 1 and 2 chose Arabic, 3 never chose, 4 and 5 chose
 * English, 6 can no longer be reached.
 */
final class NewsroomChat implements AutoCloseable {
    static final Reader OTHER = new Reader(8, Optional.of("ar"));
    static final Chat OTHER_CHAT = new Chat(8, Chat.Kind.PRIVATE);
    static final Reader ENGLISH_ADMIN = new Reader(7, Optional.of("en"));

    final Chatting chat;
    final OutboxStore outboxStore;
    final Outbox outbox;
    final TestFeedDesk feeds = new TestFeedDesk();
    final Newsroom newsroom;
    final AuditStore audit;

    NewsroomChat(NewsIndex index, Path dir) throws IOException {
        Newsroom[] made = new Newsroom[1];
        Outbox[] box = new Outbox[1];
        this.chat = new Chatting(index, dir, (b, chatting) -> {
            box[0] = new Outbox(new OutboxStore(chatting.db));
            made[0] = Newsroom.builder(chatting.db, box[0]).authorization(new Authorization(Set.of(7L))).feeds(feeds)
                    .zone(News.CAIRO).clock(chatting.clock).build();
            return b.newsroom(made[0]);
        });
        this.newsroom = made[0];
        this.outbox = box[0];
        this.outboxStore = new OutboxStore(chat.db);
        this.audit = new AuditStore(chat.db);
        ChatStore chats = new ChatStore(chat.db);
        Instant before = chat.now().minusSeconds(3600);
        for (long id = 1; id <= 6; id++) chats.seen(id, "private", before);
        chats.chooseLanguage(1, Language.ARABIC);
        chats.chooseLanguage(2, Language.ARABIC);
        chats.chooseLanguage(4, Language.ENGLISH);
        chats.chooseLanguage(5, Language.ENGLISH);
        chats.markUnreachable(6);
    }

    /** Every push queued so far, whatever its state. */
    long queued() {
        return outbox.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The dispatcher's part: the first {@code sent} due pushes go out, the next {@code failed} fail. */
    void deliver(int sent, int failed) {
        List<OutboxStore.Row> rows = outboxStore.claim(sent + failed, Instant.now());
        for (int i = 0; i < rows.size(); i++) {
            if (i < sent) outboxStore.sent(rows.get(i).id(), 1000 + i);
            else outboxStore.failed(rows.get(i).id(), "blocked");
        }
    }

    /** The chats whose pushes are due now, taking them. */
    List<Long> dueChats() {
        List<Long> chats = new ArrayList<>();
        for (OutboxStore.Row r : outboxStore.claim(100, Instant.now())) chats.add(r.chatId());
        return chats;
    }

    @Override
    public void close() {
        chat.close();
    }
}
