package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The recent stories alerts were made for (or could have been), kept a few days. Thread-safe. */
public final class AlertStoryStore {
    private final Database db;

    public AlertStoryStore(Database db) {
        this.db = db;
    }

    /** Records a new story brought by {@code articleId}; returns its id. */
    public StoredStory add(String articleId, List<String> headlineTerms, Instant published, String source, Instant now) {
        List<String> sources = source.isBlank() ? List.of() : List.of(source);
        long id = db.write(s -> {
            s.update("INSERT INTO alert_stories(first_article, headline_terms, published, sources, created)"
                    + " VALUES (?, ?, ?, ?, ?)", articleId, Json.write(headlineTerms), published.toEpochMilli(),
                    Json.write(sources), now.toEpochMilli());
            return s.scalar("SELECT last_insert_rowid()");
        });
        return new StoredStory(id, articleId, headlineTerms, published, sources);
    }

    /** Another outlet reported the story: the outlets it lists now. */
    public void sources(long storyId, List<String> sources) {
        db.write(s -> s.update("UPDATE alert_stories SET sources = ? WHERE id = ?", Json.write(sources), storyId));
    }

    /** The stories published at or after {@code since}, oldest first. */
    public List<StoredStory> since(Instant since) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT id, first_article, headline_terms, published, sources"
                    + " FROM alert_stories WHERE published >= ? ORDER BY published, id");
            ps.setLong(1, since.toEpochMilli());
            List<StoredStory> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    /** Drops the stories published before {@code before}; returns how many. */
    public int prune(Instant before) {
        return db.write(s -> s.update("DELETE FROM alert_stories WHERE published < ?", before.toEpochMilli()));
    }

    private static StoredStory read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new StoredStory(id, rs.getString(2), Json.strings(rs.getString(3), "terms of story " + id),
                Instant.ofEpochMilli(rs.getLong(4)), Json.strings(rs.getString(5), "sources of story " + id));
    }
}
