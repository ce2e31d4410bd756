package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Admins' announcements: a draft when previewed, then sending (its pushes wait in the outbox), until
 * every chat has it (done) or an admin stopped it; a draft can be cancelled before anything is sent.
 * Each step is one conditional UPDATE, so two presses of "send" start one broadcast. Thread-safe.
 */
public final class AnnouncementStore {
    private static final String COLUMNS = "id, author, chat_id, text, segment, language, state, message_id, reach, "
            + "created, finished";

    private final Database db;

    public AnnouncementStore(Database db) {
        this.db = db;
    }

    /** Where an announcement is. */
    public enum State { DRAFT, SENDING, DONE, CANCELLED, STOPPED }

    /**
     * An announcement as stored.
     *
     * @param chatId    the chat its preview (and then its progress) is shown in
     * @param segment   who it is for, as the newsroom writes it ("all", "lang:en", "topic:…")
     * @param language  the language the admin is spoken to in about it
     * @param messageId the message showing its progress, once sent
     * @param reach     how many chats it was queued for, once queued
     */
    public record Stored(long id, long author, long chatId, String text, String segment, String language, State state,
                         Optional<Long> messageId, Optional<Long> reach, Instant created, Optional<Instant> finished) {
        public Stored {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(reach, "reach");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(finished, "finished");
        }
    }

    /** Stores a draft previewed in {@code chatId}; returns its id (never reused). */
    public long draft(long author, long chatId, String text, String segment, String language, Instant at) {
        return db.write(s -> {
            s.update("INSERT INTO announcements(author, chat_id, text, segment, language, state, created) "
                    + "VALUES (?, ?, ?, ?, ?, 'DRAFT', ?)", author, chatId, text, segment, language, at.toEpochMilli());
            return s.scalar("SELECT last_insert_rowid()");
        });
    }

    public Optional<Stored> find(long id) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM announcements WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /**
     * The draft starts sending, its progress shown by message {@code messageId}; false when it is not
     * a draft any more (sent by an earlier press, cancelled): then nothing changes.
     */
    public boolean start(long id, long messageId, Instant at) {
        return db.write(s -> s.update("UPDATE announcements SET state = 'SENDING', message_id = ?, sent = ? "
                + "WHERE id = ? AND state = 'DRAFT'", messageId, at.toEpochMilli(), id)) == 1;
    }

    /** The announcement was queued for {@code chats} chats: from now on its progress is followed. */
    public void reached(long id, long chats) {
        db.write(s -> s.update("UPDATE announcements SET reach = ? WHERE id = ?", chats, id));
    }

    /** A draft is dropped unsent; false when it was not a draft any more. */
    public boolean cancelDraft(long id, Instant at) {
        return db.write(s -> s.update("UPDATE announcements SET state = 'CANCELLED', finished = ? "
                + "WHERE id = ? AND state = 'DRAFT'", at.toEpochMilli(), id)) == 1;
    }

    /** A broadcast under way is stopped; false when it was not sending. */
    public boolean stop(long id) {
        return db.write(s -> s.update("UPDATE announcements SET state = 'STOPPED' WHERE id = ? AND state = 'SENDING'",
                id)) == 1;
    }

    /** Broadcasts whose progress is still shown: queued, sending or stopped, and not finished. */
    public List<Stored> following() {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM announcements WHERE finished IS NULL "
                    + "AND state IN ('SENDING', 'STOPPED') AND reach IS NOT NULL ORDER BY id");
            List<Stored> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    /** Nothing of the broadcast is left to send: a sending one is done, a stopped one stays stopped. */
    public void finished(long id, Instant at) {
        db.write(s -> s.update("UPDATE announcements SET finished = ?, state = CASE state WHEN 'SENDING' THEN 'DONE' "
                + "ELSE state END WHERE id = ? AND finished IS NULL", at.toEpochMilli(), id));
    }

    /**
     * How many chats an announcement to every active chat, or to those that chose {@code language},
     * reaches now: what the outbox would queue.
     */
    public long activeChats(Optional<String> language) {
        return db.read(s -> s.scalar("SELECT count(*) FROM chats WHERE active = 1 AND (? IS NULL OR language = ?)",
                language.orElse(null), language.orElse(null)));
    }

    private static Stored read(ResultSet rs) throws SQLException {
        long message = rs.getLong(8);
        Optional<Long> messageId = rs.wasNull() ? Optional.empty() : Optional.of(message);
        long reach = rs.getLong(9);
        Optional<Long> reached = rs.wasNull() ? Optional.empty() : Optional.of(reach);
        long finished = rs.getLong(11);
        Optional<Instant> at = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(finished));
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), State.valueOf(rs.getString(7)), messageId, reached,
                Instant.ofEpochMilli(rs.getLong(10)), at);
    }
}
