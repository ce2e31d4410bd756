package com.nabaa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nabaa.news.Article;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The article operations of one write transaction ({@link ArticleStore#write}); valid only inside
 * it. A failed statement leaves the transaction usable (SQLite), so one article that cannot be
 * stored need not cost the rest of its batch.
 */
public final class ArticleWriter {
    private final Session session;
    private long seq = -1;

    ArticleWriter(Session session) {
        this.session = session;
    }

    /**
     * The next sequence number. Writes take turns (this process's through one connection, other
     * processes' through SQLite's write lock, held from the start of the transaction), so numbers
     * are handed out in commit order: a consumer that has seen N has seen everything before N.
     */
    public long nextSeq() {
        try {
            if (seq < 0) seq = session.scalar("SELECT coalesce(max(seq), 0) FROM articles");
            return ++seq;
        } catch (SQLException e) {
            throw new StoreException("cannot read the article sequence: " + e.getMessage(), e);
        }
    }

    /** The stored article with this id, or else with this canonical URL. */
    public Optional<ArticleStore.StoredRef> findRef(String id, String canonicalUrl) {
        try {
            PreparedStatement ps = session.statement("SELECT id, seq, content_hash FROM articles "
                    + "WHERE id = ? OR canonical_url = ? ORDER BY id = ? DESC LIMIT 1");
            ps.setString(1, id);
            ps.setString(2, canonicalUrl);
            ps.setString(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ArticleStore.StoredRef(rs.getString(1), rs.getLong(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("look-up of article " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** The id of a stored article whose body has this fingerprint. */
    public Optional<String> findIdByBodyHash(String bodyHash) {
        try {
            PreparedStatement ps = session.statement("SELECT id FROM articles WHERE body_hash = ? LIMIT 1");
            ps.setString(1, bodyHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("look-up by body fingerprint failed: " + e.getMessage(), e);
        }
    }

    /** Inserts the article, or replaces the stored one with the same id as its next revision. */
    public void upsert(Article a, long seq, String contentHash, String bodyHash) {
        try {
            PreparedStatement ps = session.statement("""
                    INSERT INTO articles(id, seq, url, canonical_url, title, published, paragraphs, source,
                      category, language, breaking, lead_image, content_hash, body_hash, first_seen, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, url=excluded.url,
                      canonical_url=excluded.canonical_url, title=excluded.title, published=excluded.published,
                      paragraphs=excluded.paragraphs, source=excluded.source, category=excluded.category,
                      language=excluded.language, breaking=max(excluded.breaking, articles.marked_breaking), lead_image=excluded.lead_image,
                      content_hash=excluded.content_hash, body_hash=excluded.body_hash, updated=excluded.updated,
                      lead_key=NULL, revision=articles.revision + 1
                    """);
            long now = System.currentTimeMillis();
            ps.setString(1, a.id());
            ps.setLong(2, seq);
            ps.setString(3, a.url());
            ps.setString(4, a.canonicalUrl());
            ps.setString(5, a.title());
            if (a.published().isPresent()) ps.setLong(6, a.published().get().toEpochMilli());
            else ps.setNull(6, Types.INTEGER);
            ps.setString(7, ArticleStore.JSON.writeValueAsString(a.paragraphs()));
            ps.setString(8, a.source());
            ps.setString(9, a.category());
            ps.setString(10, a.language().code());
            ps.setInt(11, a.breaking() ? 1 : 0);
            ps.setString(12, a.leadImage().orElse(null));
            ps.setString(13, contentHash);
            ps.setString(14, bodyHash);
            ps.setLong(15, now);
            ps.setLong(16, now);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot store article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks the article at {@code url} (its address or its canonical one; {@code canonicalUrl}: the
     * canonical form of {@code url}) as breaking news, by an admin: the mark outlives the outlet's
     * later edits. A change is an update like any other: the next sequence number and revision, so
     * every consumer (the index, alerts) sees it. An article already breaking is left as it is.
     */
    public Optional<ArticleStore.Marked> markBreaking(String url, String canonicalUrl) {
        try {
            PreparedStatement ps = session.statement("SELECT id, title, breaking, seq FROM articles "
                    + "WHERE canonical_url IN (?, ?) OR url = ? ORDER BY canonical_url = ? DESC LIMIT 1");
            ps.setString(1, url);
            ps.setString(2, canonicalUrl);
            ps.setString(3, url);
            ps.setString(4, canonicalUrl);
            String id;
            String title;
            boolean already;
            long current;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                id = rs.getString(1);
                title = rs.getString(2);
                already = rs.getInt(3) == 1;
                current = rs.getLong(4);
            }
            if (already) {
                session.update("UPDATE articles SET marked_breaking = 1 WHERE id = ?", id);
                return Optional.of(new ArticleStore.Marked(id, title, current, false));
            }
            long next = nextSeq();
            session.update("UPDATE articles SET breaking = 1, marked_breaking = 1, seq = ?, revision = revision + 1, "
                    + "updated = ? WHERE id = ?", next, System.currentTimeMillis(), id);
            return Optional.of(new ArticleStore.Marked(id, title, next, true));
        } catch (SQLException e) {
            throw new StoreException("cannot mark " + url + " as breaking: " + e.getMessage(), e);
        }
    }

    /** Records that the page at {@code url} repeats the body of the stored article {@code of}. */
    public void recordDuplicate(String url, String of) {
        try {
            session.update("INSERT INTO duplicates(url, duplicate_of, seen) VALUES (?, ?, ?) "
                    + "ON CONFLICT(url) DO UPDATE SET duplicate_of=excluded.duplicate_of, seen=excluded.seen",
                    url, of, System.currentTimeMillis());
        } catch (SQLException e) {
            throw new StoreException("cannot record duplicate " + url + ": " + e.getMessage(), e);
        }
    }

    /** True when the input with this id last had exactly this content. */
    public boolean sameAsLastTime(String inputId, String contentHash) {
        try {
            PreparedStatement ps = session.statement("SELECT content_hash FROM input_versions WHERE input_id = ?");
            ps.setString(1, inputId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(contentHash);
            }
        } catch (SQLException e) {
            throw new StoreException("look-up of input " + inputId + " failed: " + e.getMessage(), e);
        }
    }

    /** Remembers what the input with this id said, and which article it went to. */
    public void recordInputVersion(String inputId, String articleId, String contentHash) {
        try {
            session.update("INSERT INTO input_versions(input_id, article_id, content_hash) VALUES (?, ?, ?) "
                    + "ON CONFLICT(input_id) DO UPDATE SET article_id=excluded.article_id, "
                    + "content_hash=excluded.content_hash", inputId, articleId, contentHash);
        } catch (SQLException e) {
            throw new StoreException("cannot record input " + inputId + ": " + e.getMessage(), e);
        }
    }
}
