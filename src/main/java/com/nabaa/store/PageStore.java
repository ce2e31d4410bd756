package com.nabaa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.nabaa.news.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The answer pages shown in chats ({@link AnswerPage}), which message shows which page, and the
 * stories shared by deep link. Pages grow with every question: {@link #prune} drops those older
 * than the conversation keeps them (their buttons then say they are stale). Thread-safe.
 */
public final class PageStore {
    private static final TypeReference<List<List<String>>> STORIES = new TypeReference<>() { };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private final Database db;

    public PageStore(Database db) {
        this.db = db;
    }

    /** Stores a page shown at {@code created}; returns its id, the page's handle. */
    public long save(AnswerPage page, Instant created) {
        String stories = json(page.stories());
        return db.write(s -> {
            s.update("INSERT INTO answer_pages(chat_id, kind, query, asked_at, page_offset, page_size, language, topic, "
                    + "stories, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", page.chatId(), page.kind(), page.query(),
                    page.askedAt().toString(), page.offset(), page.pageSize(), page.language().code(), page.topic(),
                    stories, created.toEpochMilli());
            return s.scalar("SELECT last_insert_rowid()");
        });
    }

    public Optional<AnswerPage> find(long pageId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT chat_id, kind, query, asked_at, page_offset, page_size, language, "
                    + "topic, stories FROM answer_pages WHERE id = ?");
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new AnswerPage(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ZonedDateTime.parse(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                        Language.fromCode(rs.getString(7)), rs.getString(8), parse(rs.getString(9), STORIES)));
            }
        });
    }

    /** Message {@code messageId} of the chat shows page {@code pageId} now (sent, or edited to show it). */
    public void shown(long chatId, long messageId, long pageId, Instant at) {
        db.write(s -> s.update("INSERT INTO sent_messages(chat_id, message_id, page_id, sent) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(chat_id, message_id) DO UPDATE SET page_id = excluded.page_id, sent = excluded.sent",
                chatId, messageId, pageId, at.toEpochMilli()));
    }

    /** The page a message of the chat shows, when the message is known. */
    public Optional<Long> pageShownBy(long chatId, long messageId) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT page_id FROM sent_messages WHERE chat_id = ? AND message_id = ?");
            ps.setLong(1, chatId);
            ps.setLong(2, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** Drops pages made, and messages sent, before {@code before}; returns how many pages went. */
    public int prune(Instant before) {
        return db.write(s -> {
            s.update("DELETE FROM sent_messages WHERE sent < ?", before.toEpochMilli());
            return s.update("DELETE FROM answer_pages WHERE created < ?", before.toEpochMilli());
        });
    }

    /** How many pages are stored. */
    public long count() {
        return db.read(s -> s.scalar("SELECT count(*) FROM answer_pages"));
    }

    /**
     * A handle for a story shown by deep link, the same for the same articles; kept for good (one
     * short row per story shared, not per question).
     */
    public long share(List<String> articleIds, Instant at) {
        if (articleIds.isEmpty()) throw new IllegalArgumentException("a shared story has an article");
        String ids = json(articleIds);
        return db.write(s -> {
            s.update("INSERT INTO shared_stories(article_ids, created) VALUES (?, ?) ON CONFLICT(article_ids) DO NOTHING",
                    ids, at.toEpochMilli());
            return s.scalar("SELECT id FROM shared_stories WHERE article_ids = ?", ids);
        });
    }

    /** The articles of a shared story, when the handle is known. */
    public Optional<List<String>> shared(long handle) {
        return db.read(s -> {
            PreparedStatement ps = s.statement("SELECT article_ids FROM shared_stories WHERE id = ?");
            ps.setLong(1, handle);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1), IDS)) : Optional.empty();
            }
        });
    }

    static String json(Object value) {
        try {
            return ArticleStore.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value + " as JSON: " + e.getMessage(), e);
        }
    }

    static <T> T parse(String json, TypeReference<T> type) throws SQLException {
        try {
            return ArticleStore.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored JSON: " + e.getMessage(), e);
        }
    }
}
