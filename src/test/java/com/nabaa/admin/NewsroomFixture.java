package com.nabaa.admin;

import com.nabaa.news.Language;
import com.nabaa.push.Outbox;
import com.nabaa.store.ChatStore;
import com.nabaa.store.Database;
import com.nabaa.store.OutboxStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A newsroom over a real SQLite store at a fixed clock, with admin {@link #ADMIN} and chats to
 * announce to: three active Arabic ones (two chose Arabic, one never chose), two that chose
 * English, and one that can no longer be reached.
 */
final class NewsroomFixture implements AutoCloseable {
    static final long ADMIN = 42;
    static final long ADMIN_CHAT = 42;
    static final long READER = 7;
    static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");

    final Database db;
    final OutboxStore outboxStore;
    final Outbox outbox;
    final ChatStore chats;
    final TestFeedDesk feeds = new TestFeedDesk();
    final Newsroom newsroom;

    NewsroomFixture(Path dir) throws IOException {
        this(dir, b -> b);
    }

    NewsroomFixture(Path dir, UnaryOperator<Newsroom.Builder> options) throws IOException {
        db = Database.open(dir.resolve("nabaa.db"));
        outboxStore = new OutboxStore(db);
        outbox = new Outbox(outboxStore);
        chats = new ChatStore(db);
        for (long id : List.of(1L, 2L, 3L, 4L, 5L, 6L)) chats.seen(id, "private", NOW.minusSeconds(3600));
        chats.chooseLanguage(1, Language.ARABIC);
        chats.chooseLanguage(2, Language.ARABIC);
        chats.chooseLanguage(4, Language.ENGLISH);
        chats.chooseLanguage(5, Language.ENGLISH);
        chats.markUnreachable(6);
        newsroom = options.apply(Newsroom.builder(db, outbox).authorization(new Authorization(Set.of(ADMIN)))
                .feeds(feeds).clock(Clock.fixed(NOW, ZoneId.of("UTC"))).zone(ZoneId.of("Africa/Cairo"))).build();
    }

    Admin admin() {
        return newsroom.admin(ADMIN, ADMIN_CHAT, Action.STATS).orElseThrow();
    }

    /** A draft to everyone, previewed by the admin. */
    Preview.Ready draft(String argument) {
        return (Preview.Ready) admin().preview(argument, Language.ARABIC);
    }

    /** Every push of the outbox, by chat. */
    long queued() {
        return outbox.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        db.close();
    }
}
