package com.nabaa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Articles as the system of record: the Lucene index and the alerts are derived from this table.
 * Every write gets a new, increasing sequence number ({@code seq}), so a consumer that remembers
 * the last number it handled can follow the store ({@link #after}), in this process or another, and
 * catch up after a crash. Thread-safe: reads run on read connections, writes in
 * {@link #write} transactions that take turns.
 */
public final class ArticleStore {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, seq, url, canonical_url, title, published, paragraphs, "
            + "source, category, language, breaking, lead_image, revision, first_seen";

    private final Database db;
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();

    public ArticleStore(Database db) {
        this.db = db;
    }

    /**
     * Runs {@code work} in one write transaction and returns what it returns. Once it commits, the
     * listeners of this store hear that the sequence moved on.
     */
    public <T> T write(WriteWork<T> work) {
        T result = db.write(session -> work.run(new ArticleWriter(session)));
        writeListeners.forEach(Runnable::run);
        return result;
    }

    /** {@code listener} runs after every write of this process that committed (not of other processes). */
    public void onWrite(Runnable listener) {
        writeListeners.add(listener);
    }

    public long maxSeq() {
        return db.read(s -> s.scalar("SELECT coalesce(max(seq), 0) FROM articles"));
    }

    public long count() {
        return db.read(s -> s.scalar("SELECT count(*) FROM articles"));
    }

    public long duplicateCount() {
        return db.read(s -> s.scalar("SELECT count(*) FROM duplicates"));
    }

    public Optional<Article> find(String id) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM articles WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs).article()) : Optional.empty();
            }
        });
    }

    /** Up to {@code limit} articles written after {@code seq}, in sequence order. */
    public List<StoredArticle> after(long seq, int limit) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq LIMIT ?");
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            List<StoredArticle> out = new ArrayList<>(Math.min(limit, 1024));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    /**
     * Whether an article of {@code source} other than {@code exceptId} leads with a paragraph whose
     * key (as {@link #fillLeadKeys} computed it) is {@code key}: the paragraph that has it is that
     * story's teaser.
     */
    public boolean leadsAnother(String key, String source, String exceptId) {
        return db.read(s -> s.scalar("SELECT EXISTS (SELECT 1 FROM articles WHERE lead_key = ? AND source = ? AND id <> ?)",
                key, source, exceptId) == 1);
    }

    /**
     * Computes the lead key of every article written since it was last computed (each write of an
     * article clears it), with {@code keyOf}: an article's paragraphs → its key, "" for none. Returns
     * how many were computed.
     */
    public int fillLeadKeys(Function<List<String>, String> keyOf) {
        int filled = 0;
        for (int done; (done = fillLeadKeys(keyOf, FILL_PAGE)) > 0; ) filled += done;
        return filled;
    }

    private static final int FILL_PAGE = 1000;

    private int fillLeadKeys(Function<List<String>, String> keyOf, int limit) {
        // Read first: the write lock is taken only when some key is missing (the index feeder asks before each page).
        if (db.read(s -> s.scalar("SELECT EXISTS (SELECT 1 FROM articles WHERE lead_key IS NULL)")) == 0) return 0;
        return db.write(s -> {
            PreparedStatement ps = s.statement("SELECT id, paragraphs FROM articles WHERE lead_key IS NULL LIMIT ?");
            ps.setInt(1, limit);
            Map<String, String> keys = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) keys.put(rs.getString(1), keyOf.apply(paragraphs(rs.getString(1), rs.getString(2))));
            }
            for (Map.Entry<String, String> e : keys.entrySet()) {
                s.update("UPDATE articles SET lead_key = ? WHERE id = ?", e.getValue(), e.getKey());
            }
            return keys.size();
        });
    }

    private static List<String> paragraphs(String id, String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("article " + id + " has unreadable paragraphs", e);
        }
    }

    private static StoredArticle read(ResultSet rs) throws SQLException {
        long published = rs.getLong(6);
        boolean hasDate = !rs.wasNull();
        List<String> paragraphs = paragraphs(rs.getString(1), rs.getString(7));
        Article a = Article.builder().id(rs.getString(1)).url(rs.getString(3)).canonicalUrl(rs.getString(4))
                .title(rs.getString(5)).published(hasDate ? Instant.ofEpochMilli(published) : null)
                .paragraphs(paragraphs).source(rs.getString(8)).category(rs.getString(9))
                .language(Language.fromCode(rs.getString(10))).breaking(rs.getInt(11) == 1)
                .leadImage(rs.getString(12)).build();
        return new StoredArticle(a, rs.getLong(2), rs.getInt(13), Instant.ofEpochMilli(rs.getLong(14)));
    }

    /** Work done in one write transaction. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T run(ArticleWriter writer) throws SQLException;
    }

    /**
     * Marks the article at {@code url} or whose canonical address is {@code canonicalUrl} as breaking
     * (see {@link ArticleWriter#markBreaking}); empty when no stored article has that address.
     */
    public Optional<Marked> markBreaking(String url, String canonicalUrl) {
        return write(w -> w.markBreaking(url, canonicalUrl));
    }

    /**
     * An article an admin marked as breaking.
     *
     * @param seq     its sequence number after the mark
     * @param changed false when it was breaking already (then nothing was written)
     */
    public record Marked(String id, String title, long seq, boolean changed) {
    }

    /** What the store knows of an article without loading it. */
    public record StoredRef(String id, long seq, String contentHash) {
    }
}
