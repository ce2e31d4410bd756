package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What digest readers collect until their digest hour: one item per (chat, story), the alert as its
 * own JSON. Thread-safe.
 */
public final class DigestStore {
    private final Database db;

    public DigestStore(Database db) {
        this.db = db;
    }

    /** An item collected at {@code at}; false when the chat has this story already. */
    public boolean collect(long chatId, long storyId, String alert, Instant at) {
        return db.write(s -> s.update("INSERT OR IGNORE INTO digest_items(chat_id, story_id, alert, added)"
                + " VALUES (?, ?, ?, ?)", chatId, storyId, alert, at.toEpochMilli())) == 1;
    }

    /** One collected item: the story and the alert's JSON. */
    public record Item(long storyId, String alert, Instant added) {
    }

    /** The chat's items, in the order they were collected. */
    public List<Item> items(long chatId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT story_id, alert, added FROM digest_items WHERE chat_id = ?"
                    + " ORDER BY added, story_id");
            ps.setLong(1, chatId);
            List<Item> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Item(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
            }
            return out;
        });
    }

    /** The digest went out with everything collected up to {@code upTo}: those items are done. */
    public int clear(long chatId, Instant upTo) {
        return db.write(s -> s.update("DELETE FROM digest_items WHERE chat_id = ? AND added <= ?", chatId,
                upTo.toEpochMilli()));
    }
}
