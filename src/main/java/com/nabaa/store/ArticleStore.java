package com.nabaa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Articles as the system of record: the Lucene index is derived from this table and can be
 * rebuilt from it. Every write gets a new, increasing {@code seq}, so the index can tell which
 * rows it has not seen yet.
 */
public final class ArticleStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, seq, url, canonical_url, title, published, paragraphs, "
            + "source, category, language, breaking, lead_image";

    private final Database db;
    private final PreparedStatement byIdOrUrl;
    private final PreparedStatement byBodyHash;
    private final PreparedStatement upsert;
    private final PreparedStatement duplicate;
    private final PreparedStatement inputVersion;
    private final PreparedStatement recordInputVersion;

    public ArticleStore(Database db) {
        this.db = db;
        Connection c = db.connection();
        try {
            byIdOrUrl = c.prepareStatement(
                    "SELECT id, seq, content_hash FROM articles WHERE id = ? OR canonical_url = ? "
                            + "ORDER BY id = ? DESC LIMIT 1");
            byBodyHash = c.prepareStatement("SELECT id FROM articles WHERE body_hash = ? LIMIT 1");
            upsert = c.prepareStatement("""
                    INSERT INTO articles(id, seq, url, canonical_url, title, published, paragraphs, source,
                      category, language, breaking, lead_image, content_hash, body_hash, first_seen, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, url=excluded.url,
                      canonical_url=excluded.canonical_url, title=excluded.title, published=excluded.published,
                      paragraphs=excluded.paragraphs, source=excluded.source, category=excluded.category,
                      language=excluded.language, breaking=excluded.breaking, lead_image=excluded.lead_image,
                      content_hash=excluded.content_hash, body_hash=excluded.body_hash, updated=excluded.updated
                    """);
            duplicate = c.prepareStatement(
                    "INSERT INTO duplicates(url, duplicate_of, seen) VALUES (?, ?, ?) "
                            + "ON CONFLICT(url) DO UPDATE SET duplicate_of=excluded.duplicate_of, seen=excluded.seen");
            inputVersion = c.prepareStatement("SELECT content_hash FROM input_versions WHERE input_id = ?");
            recordInputVersion = c.prepareStatement(
                    "INSERT INTO input_versions(input_id, article_id, content_hash) VALUES (?, ?, ?) "
                            + "ON CONFLICT(input_id) DO UPDATE SET article_id=excluded.article_id, "
                            + "content_hash=excluded.content_hash");
        } catch (SQLException e) {
            throw new StoreException("cannot prepare article statements: " + e.getMessage(), e);
        }
    }

    /** The stored article with this id, or else with this canonical URL. */
    public Optional<StoredRef> findRef(String id, String canonicalUrl) {
        try {
            byIdOrUrl.setString(1, id);
            byIdOrUrl.setString(2, canonicalUrl);
            byIdOrUrl.setString(3, id);
            try (ResultSet rs = byIdOrUrl.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredRef(rs.getString(1), rs.getLong(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("look-up of article " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** The id of a stored article whose body has this fingerprint. */
    public Optional<String> findIdByBodyHash(String bodyHash) {
        try {
            byBodyHash.setString(1, bodyHash);
            try (ResultSet rs = byBodyHash.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("look-up by body fingerprint failed: " + e.getMessage(), e);
        }
    }

    /** Inserts the article, or replaces the stored one with the same id. */
    public void upsert(Article a, long seq, String contentHash, String bodyHash) {
        try {
            long now = System.currentTimeMillis();
            upsert.setString(1, a.id());
            upsert.setLong(2, seq);
            upsert.setString(3, a.url());
            upsert.setString(4, a.canonicalUrl());
            upsert.setString(5, a.title());
            if (a.published().isPresent()) upsert.setLong(6, a.published().get().toEpochMilli());
            else upsert.setNull(6, Types.INTEGER);
            upsert.setString(7, JSON.writeValueAsString(a.paragraphs()));
            upsert.setString(8, a.source());
            upsert.setString(9, a.category());
            upsert.setString(10, a.language().code());
            upsert.setInt(11, a.breaking() ? 1 : 0);
            upsert.setString(12, a.leadImage().orElse(null));
            upsert.setString(13, contentHash);
            upsert.setString(14, bodyHash);
            upsert.setLong(15, now);
            upsert.setLong(16, now);
            upsert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot store article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /** Records that the page at {@code url} repeats the body of the stored article {@code of}. */
    public void recordDuplicate(String url, String of) {
        try {
            duplicate.setString(1, url);
            duplicate.setString(2, of);
            duplicate.setLong(3, System.currentTimeMillis());
            duplicate.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record duplicate " + url + ": " + e.getMessage(), e);
        }
    }

    /** True when the input with this id last had exactly this content. */
    public boolean sameAsLastTime(String inputId, String contentHash) {
        try {
            inputVersion.setString(1, inputId);
            try (ResultSet rs = inputVersion.executeQuery()) {
                return rs.next() && rs.getString(1).equals(contentHash);
            }
        } catch (SQLException e) {
            throw new StoreException("look-up of input " + inputId + " failed: " + e.getMessage(), e);
        }
    }

    /** Remembers what the input with this id said, and which article it went to. */
    public void recordInputVersion(String inputId, String articleId, String contentHash) {
        try {
            recordInputVersion.setString(1, inputId);
            recordInputVersion.setString(2, articleId);
            recordInputVersion.setString(3, contentHash);
            recordInputVersion.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record input " + inputId + ": " + e.getMessage(), e);
        }
    }

    public long maxSeq() {
        return scalar("SELECT coalesce(max(seq), 0) FROM articles");
    }

    public long count() {
        return scalar("SELECT count(*) FROM articles");
    }

    public long duplicateCount() {
        return scalar("SELECT count(*) FROM duplicates");
    }

    public Optional<Article> find(String id) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs).article()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** Streams every article written after {@code seq}, in seq order. */
    public void forEachAfter(long seq, Consumer<StoredArticle> consumer) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq")) {
            ps.setFetchSize(500);
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) consumer.accept(read(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot scan articles after seq " + seq + ": " + e.getMessage(), e);
        }
    }

    private static StoredArticle read(ResultSet rs) throws SQLException {
        long published = rs.getLong(6);
        boolean hasDate = !rs.wasNull();
        List<String> paragraphs;
        try {
            paragraphs = JSON.readValue(rs.getString(7), STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("article " + rs.getString(1) + " has unreadable paragraphs", e);
        }
        Article a = Article.builder().id(rs.getString(1)).url(rs.getString(3)).canonicalUrl(rs.getString(4))
                .title(rs.getString(5)).published(hasDate ? Instant.ofEpochMilli(published) : null)
                .paragraphs(paragraphs).source(rs.getString(8)).category(rs.getString(9))
                .language(Language.fromCode(rs.getString(10))).breaking(rs.getInt(11) == 1)
                .leadImage(rs.getString(12)).build();
        return new StoredArticle(a, rs.getLong(2));
    }

    private long scalar(String sql) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** What the store knows of an article without loading it. */
    public record StoredRef(String id, long seq, String contentHash) {
    }

    /** An article with the sequence number of its last write. */
    public record StoredArticle(Article article, long seq) {
    }
}
