package com.nabaa.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story shown to a reader: an article with the passages of it that answer the question.
 *
 * @param articleId the article's id
 * @param headline  its headline
 * @param published publication time, when known
 * @param source    the outlet
 * @param url       the link to the article
 * @param excerpts  the passages that match, in article order
 * @param score     relevance score of its best passage
 * @param breaking  marked as breaking news
 */
public record Story(String articleId, String headline, Optional<Instant> published, String source, String url,
                    List<String> excerpts, float score, boolean breaking) {
    public Story {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        excerpts = List.copyOf(excerpts);
    }
}
