package com.nabaa.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story the alerts have seen, so that every outlet reporting it later joins it instead of making
 * a second alert.
 *
 * @param firstArticle  the article that brought the story
 * @param headlineTerms its headline's analyzed terms, which later headlines are compared with
 * @param published     when it was published (or first seen)
 * @param sources       the outlets that reported it, the first one first
 */
public record StoredStory(long id, String firstArticle, List<String> headlineTerms, Instant published,
                          List<String> sources) {
    public StoredStory {
        Objects.requireNonNull(firstArticle, "firstArticle");
        headlineTerms = List.copyOf(headlineTerms);
        Objects.requireNonNull(published, "published");
        sources = List.copyOf(sources);
    }
}
