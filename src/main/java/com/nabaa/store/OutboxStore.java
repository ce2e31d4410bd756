package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable outbox: a row per (chat, key) push, recorded before it is sent and marked after. A
 * push goes pending → sending → sent (or failed, or cancelled); a process that stops in the middle
 * finds its "sending" rows at the next start and sends them again — the only duplicates a crash can
 * make are those that were in flight.
 */
public final class OutboxStore {
    private final Database db;

    public OutboxStore(Database db) {
        this.db = db;
    }

    /** What a row is doing. */
    public enum State { PENDING, SENDING, SENT, FAILED, CANCELLED }

    /** A push as the outbox keeps it; {@code payload} is the push's own JSON. */
    public record Row(long id, long chatId, String key, String payload, int priority, boolean silent,
                      Instant notBefore) {
    }

    /** Queues one push; false when the chat already has one with this key (nothing changes then). */
    public boolean add(long chatId, String key, String payload, int priority, boolean silent, Instant notBefore) {
        long now = System.currentTimeMillis();
        return db.write(s -> s.update("INSERT OR IGNORE INTO outbox(chat_id, key, payload, priority, silent, not_before,"
                + " state, created, updated) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", chatId, key, payload, priority,
                silent ? 1 : 0, notBefore.toEpochMilli(), now, now)) == 1;
    }

    /** A push to queue: {@code payload} is its own JSON. */
    public record Entry(long chatId, String key, String payload, int priority, boolean silent, Instant notBefore) {
    }

    /**
     * Queues many pushes in one transaction (a breaking story for every subscriber costs one commit,
     * not one per chat); a chat that already has a push with the key is left as it is. Returns how
     * many were queued.
     */
    public int addAll(List<Entry> entries) {
        if (entries.isEmpty()) return 0;
        long now = System.currentTimeMillis();
        return db.write(s -> {
            int added = 0;
            for (Entry e : entries) {
                added += s.update("INSERT OR IGNORE INTO outbox(chat_id, key, payload, priority, silent, not_before,"
                        + " state, created, updated) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", e.chatId(), e.key(),
                        e.payload(), e.priority(), e.silent() ? 1 : 0, e.notBefore().toEpochMilli(), now, now);
            }
            return added;
        });
    }

    /**
     * Queues one push with this key for every active chat, or those whose language is {@code language}:
     * one statement inside SQLite, so a million chats cost no memory here. Returns how many were queued.
     */
    public int addForActiveChats(String key, String payload, int priority, Optional<String> language) {
        long now = System.currentTimeMillis();
        return db.write(s -> s.update("INSERT OR IGNORE INTO outbox(chat_id, key, payload, priority, silent, not_before,"
                + " state, created, updated) SELECT id, ?, ?, ?, 0, ?, 'PENDING', ?, ? FROM chats WHERE active = 1"
                + " AND (? IS NULL OR language = ?)", key, payload, priority, now, now, now,
                language.orElse(null), language.orElse(null)));
    }

    /**
     * Takes up to {@code n} pushes that are due, in priority order, and marks them sending — in one
     * transaction, so two dispatchers never take the same row.
     */
    public List<Row> claim(int n, Instant now) {
        return db.write(s -> {
            PreparedStatement ps = s.statement("SELECT id, chat_id, key, payload, priority, silent, not_before FROM outbox"
                    + " WHERE state = 'PENDING' AND not_before <= ? ORDER BY priority, not_before, id LIMIT ?");
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, n);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6) == 1, Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            for (Row r : rows) {
                s.update("UPDATE outbox SET state = 'SENDING', attempts = attempts + 1, updated = ? WHERE id = ?",
                        now.toEpochMilli(), r.id());
            }
            return rows;
        });
    }

    public void sent(long id, long messageId) {
        db.write(s -> s.update("UPDATE outbox SET state = 'SENT', message_id = ?, updated = ? WHERE id = ?", messageId,
                System.currentTimeMillis(), id));
    }

    public void failed(long id, String error) {
        db.write(s -> s.update("UPDATE outbox SET state = 'FAILED', error = ?, updated = ? WHERE id = ?",
                error.length() > 500 ? error.substring(0, 500) : error, System.currentTimeMillis(), id));
    }

    /** Back to pending, to be taken again (the carrier was stopping). */
    public void release(long id) {
        db.write(s -> s.update("UPDATE outbox SET state = 'PENDING', updated = ? WHERE id = ? AND state = 'SENDING'",
                System.currentTimeMillis(), id));
    }

    /** At start: what a stopped process left in flight is pending again. Returns how many. */
    public int resumeInFlight() {
        return db.write(s -> s.update("UPDATE outbox SET state = 'PENDING', updated = ? WHERE state = 'SENDING'",
                System.currentTimeMillis()));
    }

    /** Cancels the pushes with this key that have not gone yet; returns how many. */
    public int cancel(String key) {
        return db.write(s -> s.update("UPDATE outbox SET state = 'CANCELLED', updated = ? WHERE key = ? AND state = 'PENDING'",
                System.currentTimeMillis(), key));
    }

    /** Pushes by state, of one key or (empty) of all. */
    public Map<State, Long> counts(Optional<String> key) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT state, count(*) FROM outbox WHERE (? IS NULL OR key = ?) GROUP BY state");
            ps.setString(1, key.orElse(null));
            ps.setString(2, key.orElse(null));
            Map<State, Long> out = new EnumMap<>(State.class);
            for (State st : State.values()) out.put(st, 0L);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(State.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return out;
        });
    }

    /** When the next pending push falls due, if any. */
    public Optional<Instant> nextDue() {
        return db.read(s -> {
            long at = s.scalar("SELECT coalesce(min(not_before), -1) FROM outbox WHERE state = 'PENDING'");
            return at < 0 ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
        });
    }

    /** How many times the push (chat, key) was taken to be sent: more than once means it may have gone twice. */
    public int attempts(long chatId, String key) {
        long n = db.read(s -> s.scalar("SELECT coalesce(max(attempts), 0) FROM outbox WHERE chat_id = ? AND key = ?",
                chatId, key));
        return (int) n;
    }
}
