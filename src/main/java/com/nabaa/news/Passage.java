package com.nabaa.news;

import java.util.Objects;

/**
 * A few consecutive sentences of one article: the unit that is searched and quoted.
 *
 * @param articleId the article it belongs to
 * @param ordinal   position in the article, from 0
 * @param text      the sentences, as they read in the article
 */
public record Passage(String articleId, int ordinal, String text) {
    public Passage {
        Objects.requireNonNull(articleId, "articleId");
        if (ordinal < 0) throw new IllegalArgumentException("ordinal must not be negative");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("passage text must not be blank");
    }
}
