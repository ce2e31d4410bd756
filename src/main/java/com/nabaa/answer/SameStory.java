package com.nabaa.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule that says two articles report the same story, for answers ({@link StoryGrouper}) and
 * alerts alike: their headlines share at least half of their words (Jaccard over the analyzed
 * headline terms) and they were published within three days of each other.
 */
public final class SameStory {
    /** The share of headline terms two reports of one story have in common, at least. */
    public static final double OVERLAP = 0.5;
    /** How far apart two reports of one story may be published, at most. */
    public static final Duration WINDOW = Duration.ofDays(3);

    private SameStory() {
    }

    /** Whether two articles, by their headline terms and publication times, report one story. */
    public static boolean same(Set<String> headlineTerms, Optional<Instant> published, Set<String> otherTerms,
                               Optional<Instant> otherPublished) {
        if (published.isPresent() && otherPublished.isPresent()
                && Duration.between(published.get(), otherPublished.get()).abs().compareTo(WINDOW) > 0) {
            return false;
        }
        return jaccard(headlineTerms, otherTerms) >= OVERLAP;
    }

    /** Shared terms over all terms of both; 0 when either is empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
