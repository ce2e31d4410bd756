package com.nabaa.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The feeds a server polls: what the operator and the admins said about each, and each one's
 * health and schedule. Changes to the list (add, remove, enable, disable, the feed list file) are
 * heard by {@link #onChange} listeners of this process, so a poller picks them up at once; what
 * the poller records of its polls is not announced. Thread-safe.
 */
public final class FeedStore {
    /** A failure message is cut to this length: it is shown in one line of a feed's status. */
    static final int MESSAGE_CHARS = 500;
    private static final String COLUMNS = "id, url, interval_ms, name, section, breaking_category, origin, enabled, "
            + "disabled_reason, last_poll, last_success, last_error_at, last_error, failures, next_poll, "
            + "articles_taken, added, etag, last_modified";

    private final Database db;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public FeedStore(Database db) {
        this.db = db;
    }

    /** {@code listener} runs after every change to the list of feeds made in this process. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /**
     * Adds a feed an admin named, due at once; a feed already there (same URL) takes the new
     * interval and hints and keeps its health and origin.
     */
    public FeedStatus add(FeedSpec spec, Instant now) {
        db.write(s -> {
            upsert(s, spec, FeedStatus.Origin.ADMIN, now);
            return null;
        });
        changed();
        return find(spec.url()).orElseThrow();
    }

    /**
     * Makes the configured feeds exactly {@code specs}, in one transaction: new ones are added (due
     * at once), those already there take the file's interval and hints and keep their health and
     * schedule, and configured feeds that are no longer listed are removed. Feeds added by admins
     * stay, unless the file lists them too (then the file owns them).
     */
    public Sync syncConfigured(List<FeedSpec> specs, Instant now) {
        Sync sync = db.write(s -> {
            int added = 0;
            Set<String> listed = new HashSet<>();
            for (FeedSpec spec : specs) {
                if (!listed.add(spec.url().toString())) continue;
                if (s.scalar("SELECT count(*) FROM feeds WHERE url = ?", spec.url().toString()) == 0) added++;
                upsert(s, spec, FeedStatus.Origin.CONFIGURED, now);
            }
            List<String> gone = new ArrayList<>();
            try (ResultSet rs = bind(s.statement("SELECT url FROM feeds WHERE origin = ?"), origin(FeedStatus.Origin.CONFIGURED))
                    .executeQuery()) {
                while (rs.next()) {
                    if (!listed.contains(rs.getString(1))) gone.add(rs.getString(1));
                }
            }
            for (String url : gone) s.update("DELETE FROM feeds WHERE url = ?", url);
            return new Sync(added, listed.size() - added, gone.size());
        });
        changed();
        return sync;
    }

    private static void upsert(Session s, FeedSpec spec, FeedStatus.Origin origin, Instant now)
            throws SQLException {
        // An admin re-adding a configured feed changes its settings, not where it comes from.
        String originOnConflict = origin == FeedStatus.Origin.CONFIGURED ? "excluded.origin" : "feeds.origin";
        s.update("INSERT INTO feeds(url, interval_ms, name, section, breaking_category, origin, next_poll, added) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                        + "interval_ms = excluded.interval_ms, name = excluded.name, section = excluded.section, "
                        + "breaking_category = excluded.breaking_category, origin = " + originOnConflict,
                spec.url().toString(), spec.interval().toMillis(), spec.name().orElse(null),
                spec.section().orElse(null), spec.breakingCategory().orElse(null), origin(origin),
                now.toEpochMilli(), now.toEpochMilli());
    }

    /** Removes the feed; false when there is none with that id. Articles it brought in stay. */
    public boolean remove(long id) {
        return changedIf(db.write(s -> s.update("DELETE FROM feeds WHERE id = ?", id)) > 0);
    }

    /** Removes the feed at that URL (as it was added); false when there is none. */
    public boolean remove(URI url) {
        return changedIf(db.write(s -> s.update("DELETE FROM feeds WHERE url = ?", url.toString())) > 0);
    }

    /** Every feed, in the order they were added. */
    public List<FeedStatus> list() {
        return db.read(s -> {
            List<FeedStatus> out = new ArrayList<>();
            try (ResultSet rs = s.statement("SELECT " + COLUMNS + " FROM feeds ORDER BY id").executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    public Optional<FeedStatus> find(long id) {
        return findBy("id", id);
    }

    public Optional<FeedStatus> find(URI url) {
        return findBy("url", url.toString());
    }

    private Optional<FeedStatus> findBy(String column, Object key) {
        return db.read(s -> {
            try (ResultSet rs = bind(s.statement("SELECT " + COLUMNS + " FROM feeds WHERE " + column + " = ?"), key)
                    .executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** Enables the feed again, its failures forgotten, due at once; empty when there is no such feed. */
    public Optional<FeedStatus> enable(long id, Instant now) {
        int changed = db.write(s -> s.update("UPDATE feeds SET enabled = 1, disabled_reason = NULL, failures = 0, "
                + "next_poll = ? WHERE id = ?", now.toEpochMilli(), id));
        changedIf(changed > 0);
        return find(id);
    }

    /**
     * Disables the feed, with the reason; true only for the call that disabled it (false when it
     * was disabled already or is gone), so that a disabling is announced once.
     */
    public boolean disable(long id, String reason) {
        return changedIf(db.write(s -> s.update("UPDATE feeds SET enabled = 0, disabled_reason = ? "
                + "WHERE id = ? AND enabled = 1", oneLine(reason), id)) > 0);
    }

    /** When each enabled feed is due. */
    public List<Scheduled> schedule() {
        return db.read(s -> {
            List<Scheduled> out = new ArrayList<>();
            try (ResultSet rs = s.statement("SELECT id, next_poll FROM feeds WHERE enabled = 1").executeQuery()) {
                while (rs.next()) out.add(new Scheduled(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))));
            }
            return out;
        });
    }

    /** A poll at {@code at} found the feed unchanged (304): a success that took nothing in. */
    public void recordNotModified(long id, Instant at, Instant nextPoll) {
        db.write(s -> s.update("UPDATE feeds SET last_poll = ?, last_success = ?, failures = 0, next_poll = ? "
                + "WHERE id = ?", at.toEpochMilli(), at.toEpochMilli(), nextPoll.toEpochMilli(), id));
    }

    /**
     * A poll at {@code at} read the feed and took {@code taken} new or updated articles in; the
     * response's validators replace the old ones (absent ones are cleared).
     */
    public void recordFetched(long id, Instant at, Instant nextPoll, long taken, Optional<String> etag,
                              Optional<String> lastModified) {
        db.write(s -> s.update("UPDATE feeds SET last_poll = ?, last_success = ?, failures = 0, next_poll = ?, "
                        + "articles_taken = articles_taken + ?, etag = ?, last_modified = ? WHERE id = ?",
                at.toEpochMilli(), at.toEpochMilli(), nextPoll.toEpochMilli(), taken, etag.orElse(null),
                lastModified.orElse(null), id));
    }

    /** A poll at {@code at} failed for {@code message}; returns the failures in a row now (0: no such feed). */
    public int recordFailure(long id, Instant at, String message, Instant nextPoll) {
        return db.write(s -> {
            s.update("UPDATE feeds SET last_poll = ?, last_error_at = ?, last_error = ?, failures = failures + 1, "
                    + "next_poll = ? WHERE id = ?", at.toEpochMilli(), at.toEpochMilli(), oneLine(message),
                    nextPoll.toEpochMilli(), id);
            return (int) s.scalar("SELECT failures FROM feeds WHERE id = ?", id);
        });
    }

    private boolean changedIf(boolean changed) {
        if (changed) changed();
        return changed;
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    private static PreparedStatement bind(PreparedStatement ps, Object value) throws SQLException {
        ps.setObject(1, value);
        return ps;
    }

    private static String origin(FeedStatus.Origin origin) {
        return origin.name().toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String message) {
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS - 1) + "…";
    }

    private static FeedStatus read(ResultSet rs) throws SQLException {
        FeedSpec spec = new FeedSpec(URI.create(rs.getString(2)), Duration.ofMillis(rs.getLong(3)),
                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)));
        FeedStatus.Origin origin = FeedStatus.Origin.valueOf(rs.getString(7).toUpperCase(Locale.ROOT));
        Optional<Instant> errorAt = instant(rs, 12);
        String error = Optional.ofNullable(rs.getString(13)).orElse("");
        Optional<FeedStatus.Failure> failure = errorAt.map(at -> new FeedStatus.Failure(at, error));
        return new FeedStatus(rs.getLong(1), spec, origin, rs.getInt(8) == 1, Optional.ofNullable(rs.getString(9)),
                instant(rs, 10), instant(rs, 11), failure, rs.getInt(14), Instant.ofEpochMilli(rs.getLong(15)),
                rs.getLong(16), Instant.ofEpochMilli(rs.getLong(17)), Optional.ofNullable(rs.getString(18)),
                Optional.ofNullable(rs.getString(19)));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /** When an enabled feed is due. */
    public record Scheduled(long id, Instant nextPoll) {
    }

    /** What loading the feed list did: feeds added, kept (their health too), and removed from the store. */
    public record Sync(int added, int kept, int removed) {
    }
}
