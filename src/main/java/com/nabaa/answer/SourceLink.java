package com.nabaa.answer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A headline with its outlet, date and link: another report of a story, or a related headline.
 *
 * @param excerpt for another report of a story, its own sentence that answers the question best,
 *                when the lead's summary does not already say it
 */
public record SourceLink(String articleId, String headline, String source, String url, Optional<Instant> published,
                         boolean breaking, Optional<String> excerpt) {
    public SourceLink {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** A link without an excerpt. */
    public SourceLink(String articleId, String headline, String source, String url, Optional<Instant> published,
                      boolean breaking) {
        this(articleId, headline, source, url, published, breaking, Optional.empty());
    }
}
