package com.nabaa.store;

import com.nabaa.news.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The chats the bot talks in: kind, chosen language, whether they can be reached, when they were
 * first and last seen, and the context of their last answer. One row per chat, whatever its traffic.
 * Thread-safe.
 */
public final class ChatStore {
    private static final String COLUMNS = "id, kind, language, active, first_seen, last_seen, context_page, context_at";

    private final Database db;

    public ChatStore(Database db) {
        this.db = db;
    }

    /** The chat wrote at {@code at}: recorded (first time: created), and active again if it was not. */
    public void seen(long chatId, String kind, Instant at) {
        db.write(s -> s.update("INSERT INTO chats(id, kind, active, first_seen, last_seen) VALUES (?, ?, 1, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, active = 1, last_seen = excluded.last_seen",
                chatId, kind, at.toEpochMilli(), at.toEpochMilli()));
    }

    /** The same for many chats in one transaction (an import of a newsroom's readers, a benchmark). */
    public void seenAll(long[] chatIds, String kind, Instant at) {
        db.write(s -> {
            for (long id : chatIds) {
                s.update("INSERT INTO chats(id, kind, active, first_seen, last_seen) VALUES (?, ?, 1, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, active = 1, last_seen = excluded.last_seen",
                        id, kind, at.toEpochMilli(), at.toEpochMilli());
            }
            return null;
        });
    }

    public Optional<StoredChat> find(long chatId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM chats WHERE id = ?");
            ps.setLong(1, chatId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** The language chosen in the chat (/lang); it wins over the reader's app language. */
    public void chooseLanguage(long chatId, Language language) {
        if (language == Language.OTHER) throw new IllegalArgumentException("a chat speaks Arabic or English");
        db.write(s -> s.update("UPDATE chats SET language = ? WHERE id = ?", language.code(), chatId));
    }

    /** The chat cannot be reached: it stays inactive until it writes again ({@link #seen}). */
    public void markUnreachable(long chatId) {
        db.write(s -> s.update("UPDATE chats SET active = 0 WHERE id = ?", chatId));
    }

    /** The chat's last answer is now page {@code pageId}, shown at {@code at}. */
    public void remember(long chatId, long pageId, Instant at) {
        db.write(s -> s.update("UPDATE chats SET context_page = ?, context_at = ? WHERE id = ?",
                pageId, at.toEpochMilli(), chatId));
    }

    /** How many chats can be reached (active) or not. */
    public long count(boolean active) {
        return db.read(s -> s.scalar("SELECT count(*) FROM chats WHERE active = ?", active ? 1 : 0));
    }

    private static StoredChat read(ResultSet rs) throws SQLException {
        String language = rs.getString(3);
        long page = rs.getLong(7);
        Optional<StoredChat.Context> context = rs.wasNull() ? Optional.empty()
                : Optional.of(new StoredChat.Context(page, Instant.ofEpochMilli(rs.getLong(8))));
        return new StoredChat(rs.getLong(1), rs.getString(2),
                Optional.ofNullable(language).map(Language::fromCode), rs.getInt(4) == 1,
                Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)), context);
    }
}
