package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Chats' subscriptions: breaking news and delivery preferences, one row per chat that ever
 * subscribed or followed a topic. Chats that cannot be reached (inactive) are left out of the
 * look-ups that decide who gets a push. Thread-safe.
 */
public final class SubscriptionStore {
    private static final String COLUMNS = "s.chat_id, s.breaking, s.breaking_since, s.delivery, s.digest_hour, "
            + "s.quiet_from, s.quiet_to, s.quiet_mode, s.zone, s.next_digest";
    /** A chat the conversation never recorded counts as reachable. */
    private static final String REACHABLE = " LEFT JOIN chats c ON c.id = s.chat_id WHERE coalesce(c.active, 1) = 1";

    private final Database db;

    public SubscriptionStore(Database db) {
        this.db = db;
    }

    public Optional<StoredSubscription> find(long chatId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM subscriptions s WHERE s.chat_id = ?");
            ps.setLong(1, chatId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** Stores the chat's whole subscription (created or replaced). */
    public void save(StoredSubscription sub, Instant at) {
        db.write(s -> {
            PreparedStatement ps = s.statement("""
                    INSERT INTO subscriptions(chat_id, breaking, breaking_since, delivery, digest_hour, quiet_from,
                      quiet_to, quiet_mode, zone, next_digest, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(chat_id) DO UPDATE SET breaking = excluded.breaking,
                      breaking_since = excluded.breaking_since, delivery = excluded.delivery,
                      digest_hour = excluded.digest_hour, quiet_from = excluded.quiet_from,
                      quiet_to = excluded.quiet_to, quiet_mode = excluded.quiet_mode, zone = excluded.zone,
                      next_digest = excluded.next_digest, updated = excluded.updated""");
            ps.setLong(1, sub.chatId());
            ps.setInt(2, sub.breaking() ? 1 : 0);
            setInstant(ps, 3, sub.breakingSince());
            ps.setString(4, sub.delivery());
            ps.setInt(5, sub.digestHour());
            setInt(ps, 6, sub.quietFrom());
            setInt(ps, 7, sub.quietTo());
            ps.setString(8, sub.quietMode());
            ps.setString(9, sub.zone());
            setInstant(ps, 10, sub.nextDigest());
            ps.setLong(11, at.toEpochMilli());
            return ps.executeUpdate();
        });
    }

    /**
     * Up to {@code limit} reachable breaking-news subscribers with a chat id above {@code afterChatId},
     * in chat id order: a caller pages through a million subscribers without holding them all.
     */
    public List<StoredSubscription> breaking(long afterChatId, int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM subscriptions s" + REACHABLE
                    + " AND s.breaking = 1 AND s.chat_id > ? ORDER BY s.chat_id LIMIT ?");
            ps.setLong(1, afterChatId);
            ps.setInt(2, limit);
            return list(ps);
        });
    }

    /** The subscriptions of those of these chats that are reachable and have one. */
    public List<StoredSubscription> reachable(Collection<Long> chatIds) {
        if (chatIds.isEmpty()) return List.of();
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM subscriptions s" + REACHABLE
                    + " AND s.chat_id IN (SELECT value FROM json_each(?))");
            ps.setString(1, Json.write(chatIds));
            return list(ps);
        });
    }

    /** Digest readers whose digest is due at {@code now}, at most {@code limit}. */
    public List<StoredSubscription> dueDigests(Instant now, int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM subscriptions s"
                    + " WHERE s.delivery = 'digest' AND s.next_digest <= ? ORDER BY s.next_digest LIMIT ?");
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, limit);
            return list(ps);
        });
    }

    /** The chat's next digest falls due at {@code next}. */
    public void nextDigest(long chatId, Instant next) {
        db.write(s -> s.update("UPDATE subscriptions SET next_digest = ? WHERE chat_id = ?", next.toEpochMilli(), chatId));
    }

    /** How many chats are subscribed to breaking news. */
    public long breakingCount() {
        return db.read(s -> s.scalar("SELECT count(*) FROM subscriptions WHERE breaking = 1"));
    }

    private static List<StoredSubscription> list(PreparedStatement ps) throws SQLException {
        List<StoredSubscription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    private static StoredSubscription read(ResultSet rs) throws SQLException {
        return new StoredSubscription(rs.getLong(1), rs.getInt(2) == 1, instant(rs, 3), rs.getString(4), rs.getInt(5),
                integer(rs, 6), integer(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }

    private static Optional<Integer> integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static void setInstant(PreparedStatement ps, int i, Optional<Instant> v) throws SQLException {
        if (v.isPresent()) ps.setLong(i, v.get().toEpochMilli());
        else ps.setNull(i, Types.INTEGER);
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) ps.setInt(i, v.get());
        else ps.setNull(i, Types.INTEGER);
    }

    /** Chats with at least one subscription: breaking news, a digest, or a topic. */
    public long subscribedChats() {
        return db.read(s -> s.scalar("SELECT count(*) FROM (SELECT chat_id FROM subscriptions WHERE breaking = 1"
                + " OR delivery = 'digest' UNION SELECT chat_id FROM topics)"));
    }
}
