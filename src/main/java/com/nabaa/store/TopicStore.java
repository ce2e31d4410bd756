package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The topics chats follow, one row each; a chat follows the same typed topic once. Thread-safe. */
public final class TopicStore {
    private static final String COLUMNS = "t.id, t.chat_id, t.typed, t.words, t.exclusions, t.section, t.source, t.created";

    private final Database db;

    public TopicStore(Database db) {
        this.db = db;
    }

    /** Stores a followed topic; empty when the chat already follows exactly this one. */
    public Optional<StoredTopic> add(long chatId, String typed, String words, List<String> exclusions,
                                     Optional<String> section, Optional<String> source, Instant created) {
        return db.write(s -> {
            int added = s.update("INSERT OR IGNORE INTO topics(chat_id, typed, words, exclusions, section, source, created)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", chatId, typed, words, Json.write(exclusions), section.orElse(null),
                    source.orElse(null), created.toEpochMilli());
            if (added == 0) return Optional.<StoredTopic>empty();
            long id = s.scalar("SELECT last_insert_rowid()");
            return Optional.of(new StoredTopic(id, chatId, typed, words, exclusions, section, source, created));
        });
    }

    /** The chat's topics, oldest first: the order /following numbers them in. */
    public List<StoredTopic> ofChat(long chatId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM topics t WHERE t.chat_id = ? ORDER BY t.id");
            ps.setLong(1, chatId);
            return list(ps);
        });
    }

    public long count(long chatId) {
        return db.read(s -> s.scalar("SELECT count(*) FROM topics WHERE chat_id = ?", chatId));
    }

    /** Of these topics, those that still exist and whose chat can be reached. */
    public List<StoredTopic> reachable(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM topics t LEFT JOIN chats c ON c.id = t.chat_id"
                    + " WHERE coalesce(c.active, 1) = 1 AND t.id IN (SELECT value FROM json_each(?)) ORDER BY t.id");
            ps.setString(1, Json.write(ids));
            return list(ps);
        });
    }

    /** Up to {@code limit} topics with an id above {@code afterId}, in id order (loading them all, page by page). */
    public List<StoredTopic> after(long afterId, int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM topics t WHERE t.id > ? ORDER BY t.id LIMIT ?");
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            return list(ps);
        });
    }

    /** Removes one of the chat's topics; empty when the chat has no topic with this id. */
    public Optional<StoredTopic> remove(long chatId, long topicId) {
        return db.write(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM topics t WHERE t.id = ? AND t.chat_id = ?");
            ps.setLong(1, topicId);
            ps.setLong(2, chatId);
            List<StoredTopic> found = list(ps);
            if (found.isEmpty()) return Optional.<StoredTopic>empty();
            s.update("DELETE FROM topics WHERE id = ?", topicId);
            return Optional.of(found.get(0));
        });
    }

    /** Removes every topic of the chat; returns their ids. */
    public List<Long> removeAll(long chatId) {
        return db.write(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM topics t WHERE t.chat_id = ? ORDER BY t.id");
            ps.setLong(1, chatId);
            List<Long> ids = list(ps).stream().map(StoredTopic::id).toList();
            s.update("DELETE FROM topics WHERE chat_id = ?", chatId);
            return ids;
        });
    }

    private static List<StoredTopic> list(PreparedStatement ps) throws SQLException {
        List<StoredTopic> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredTopic(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Json.strings(rs.getString(5), "exclusions of topic " + rs.getLong(1)),
                        Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                        Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
        return out;
    }

    /** The active chats that follow a topic of exactly these (analyzed) words. */
    public List<Long> followersOf(String words) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT DISTINCT t.chat_id FROM topics t LEFT JOIN chats c ON c.id = t.chat_id"
                    + " WHERE t.words = ? AND coalesce(c.active, 1) = 1 ORDER BY t.chat_id");
            ps.setString(1, words);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /** How much is followed: (chat, topic) follows, distinct topics, and the {@code top} most followed. */
    public Stats stats(int top) {
        return db.read(s -> {
            long follows = s.scalar("SELECT count(*) FROM topics");
            long topics = s.scalar("SELECT count(DISTINCT words) FROM topics");
            PreparedStatement ps = s.statement("SELECT min(typed), count(*) AS n FROM topics GROUP BY words"
                    + " ORDER BY n DESC, min(typed) LIMIT ?");
            ps.setInt(1, top);
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) counts.add(new Count(rs.getString(1), rs.getLong(2)));
            }
            return new Stats(follows, topics, counts);
        });
    }

    /** Follows of the topics, as the statistics show them. */
    public record Stats(long follows, long topics, List<Count> top) {
        public Stats {
            top = List.copyOf(top);
        }
    }

    /** A topic as most of its followers typed it, and how many follow it. */
    public record Count(String typed, long followers) {
    }
}
