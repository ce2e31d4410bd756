package com.nabaa.answer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A headline with its outlet, date and link: another report of a story, or a related headline. */
public record SourceLink(String articleId, String headline, String source, String url, Optional<Instant> published,
                         boolean breaking) {
    public SourceLink {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
    }
}
