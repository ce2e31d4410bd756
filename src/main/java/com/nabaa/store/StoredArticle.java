package com.nabaa.store;

import com.nabaa.news.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * An article as the store holds it.
 *
 * @param article  the article
 * @param seq      the sequence number of its last write: consumers that follow the store see each
 *                 write once, in this order
 * @param revision 1 when first stored, one more on each update: a consumer treats a revision above 1
 *                 as a change of a story it has seen, not as a new story
 * @param firstSeen when the store first received the article: its age when it carries no date
 */
public record StoredArticle(Article article, long seq, int revision, Instant firstSeen) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(firstSeen, "firstSeen");
        if (seq < 1) throw new IllegalArgumentException("seq must be positive, got " + seq);
        if (revision < 1) throw new IllegalArgumentException("revision must be positive, got " + revision);
    }

    /** True when this write changed an article that was stored before. */
    public boolean isUpdate() {
        return revision > 1;
    }
}
