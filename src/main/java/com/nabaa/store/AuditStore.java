package com.nabaa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit log: every admin action and every refused attempt at one, kept for good. Thread-safe. */
public final class AuditStore {
    /** Longer arguments are cut: the log records what was done, not a copy of every text. */
    static final int MAX_ARGUMENTS = 1_000;

    private final Database db;

    public AuditStore(Database db) {
        this.db = db;
    }

    /**
     * One entry.
     *
     * @param userId    who acted (0 for Nabaa itself)
     * @param chatId    where
     * @param action    what, as the newsroom names it ("announce.send", "feeds.add", "breaking")
     * @param arguments with what ("" when nothing, or when not recorded)
     * @param outcome   "ok", "refused", or what went otherwise
     */
    public record Entry(Instant at, long userId, long chatId, String action, String arguments, String outcome) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public void record(Entry e) {
        String arguments = e.arguments().length() > MAX_ARGUMENTS ? e.arguments().substring(0, MAX_ARGUMENTS)
                : e.arguments();
        db.write(s -> s.update("INSERT INTO audit(at, user_id, chat_id, action, arguments, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?)", e.at().toEpochMilli(), e.userId(), e.chatId(), e.action(), arguments,
                e.outcome()));
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT at, user_id, chat_id, action, arguments, outcome FROM audit "
                    + "ORDER BY id DESC LIMIT ?");
            ps.setInt(1, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }
}
