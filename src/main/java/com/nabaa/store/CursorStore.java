package com.nabaa.store;

/**
 * Where each consumer of the article sequence has got to, by name ("alerts"), so that it resumes
 * there after a restart. The index keeps its position in its own commits instead: it must be
 * durable together with what it indexed.
 */
public final class CursorStore {
    private final Database db;

    public CursorStore(Database db) {
        this.db = db;
    }

    /** The last sequence number the consumer handled; 0 when it never ran. */
    public long position(String consumer) {
        return db.read(s -> s.scalar("SELECT coalesce(max(seq), 0) FROM cursors WHERE name = ?", consumer));
    }

    /** Records that the consumer has handled everything up to {@code seq}. */
    public void save(String consumer, long seq) {
        db.write(s -> s.update("INSERT INTO cursors(name, seq, updated) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET seq = excluded.seq, updated = excluded.updated",
                consumer, seq, System.currentTimeMillis()));
    }
}
