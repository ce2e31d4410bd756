package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts for the newsroom's statistics, read from the conversation's tables: chats, and the answer
 * pages shown for questions (kept as long as the conversation keeps its pages). Each is one
 * aggregate query, so the numbers cost no memory however many readers there are. Thread-safe.
 */
public final class StatsStore {
    private final Database db;

    public StatsStore(Database db) {
        this.db = db;
    }

    /**
     * @param readers     private chats ever seen: the people who wrote to the bot
     * @param activeChats chats of any kind that can be reached
     * @param groups      groups and channels among them
     */
    public record Chats(long readers, long activeChats, long groups) {
    }

    /** One day of questions: {@code day} is the epoch day in the offset asked for. */
    public record Day(long day, long questions, long unanswered) {
    }

    /** A question as it was typed, and how many times. */
    public record Asked(String query, long times) {
        public Asked {
            Objects.requireNonNull(query, "query");
        }
    }

    public Chats chats() {
        return db.read(s -> new Chats(s.scalar("SELECT count(*) FROM chats WHERE kind = 'private'"),
                s.scalar("SELECT count(*) FROM chats WHERE active = 1"),
                s.scalar("SELECT count(*) FROM chats WHERE active = 1 AND kind <> 'private'")));
    }

    /**
     * First pages of kind {@code kind} (a question's answer) made since {@code since}, per day in
     * {@code offset}, oldest first; unanswered: those that showed no story.
     */
    public List<Day> pagesPerDay(String kind, Instant since, ZoneOffset offset) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT (created + ?) / 86400000 AS day, count(*), "
                    + "sum(stories = '[]') FROM answer_pages WHERE kind = ? AND page_offset = 0 AND created >= ? "
                    + "GROUP BY day ORDER BY day");
            ps.setLong(1, offset.getTotalSeconds() * 1000L);
            ps.setString(2, kind);
            ps.setLong(3, since.toEpochMilli());
            List<Day> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Day(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
            return out;
        });
    }

    /** The queries of first pages of kind {@code kind} since {@code since}, most frequent first, at most {@code limit}. */
    public List<Asked> queries(String kind, Instant since, int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT query, count(*) AS n FROM answer_pages WHERE kind = ? "
                    + "AND page_offset = 0 AND created >= ? GROUP BY query ORDER BY n DESC, query LIMIT ?");
            ps.setString(1, kind);
            ps.setLong(2, since.toEpochMilli());
            ps.setInt(3, limit);
            List<Asked> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Asked(rs.getString(1), rs.getLong(2)));
            }
            return out;
        });
    }
}
