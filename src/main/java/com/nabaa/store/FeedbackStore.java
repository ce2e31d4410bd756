package com.nabaa.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The readers' votes on answers, one per reader and page: a second vote replaces the first. Thread-safe. */
public final class FeedbackStore {
    private static final TypeReference<List<List<String>>> STORIES = new TypeReference<>() { };

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    public void vote(Feedback f) {
        db.write(s -> s.update("INSERT INTO feedback(page_id, user_id, chat_id, vote, query, stories, at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(page_id, user_id) DO UPDATE SET chat_id = excluded.chat_id, "
                + "vote = excluded.vote, query = excluded.query, stories = excluded.stories, at = excluded.at",
                f.pageId(), f.userId(), f.chatId(), f.vote(), f.query(), PageStore.json(f.stories()),
                f.at().toEpochMilli()));
    }

    /** The votes cast since {@code since}, oldest first: what quality work reads. */
    public List<Feedback> since(Instant since) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT page_id, chat_id, user_id, vote, query, stories, at FROM feedback "
                    + "WHERE at >= ? ORDER BY at, page_id, user_id");
            ps.setLong(1, since.toEpochMilli());
            List<Feedback> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Feedback(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                            PageStore.parse(rs.getString(6), STORIES), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            return out;
        });
    }
}
