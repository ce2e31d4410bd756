package com.nabaa.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the same story reported by several outlets, or on consecutive days, into one: two
 * articles are one story when their headlines share most of their words (Jaccard over analyzed
 * terms) and they were published within a few days of each other. Groups keep rank order; which
 * article leads a group on screen is {@link StoryMaker}'s choice.
 */
final class StoryGrouper {
    static final double SAME_STORY = 0.5;
    static final Duration WINDOW = Duration.ofDays(3);

    private StoryGrouper() {
    }

    /** Candidates in rank order; returns groups in rank order, each led by its best candidate. */
    static List<List<Candidate>> group(List<Candidate> candidates) {
        List<List<Candidate>> groups = new ArrayList<>();
        for (Candidate c : candidates) {
            Optional<List<Candidate>> same = groups.stream().filter(g -> sameStory(g.get(0), c)).findFirst();
            if (same.isPresent()) same.get().add(c);
            else groups.add(new ArrayList<>(List.of(c)));
        }
        return groups;
    }

    static boolean sameStory(Candidate a, Candidate b) {
        if (a.published().isPresent() && b.published().isPresent()
                && Duration.between(a.published().get(), b.published().get()).abs().compareTo(WINDOW) > 0) {
            return false;
        }
        return jaccard(a.titleTerms(), b.titleTerms()) >= SAME_STORY;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    /** An article that matched, with what grouping and ranking need. */
    record Candidate(com.nabaa.index.PassageHit best, Set<String> titleTerms, float score, float coverage,
                     Optional<Instant> published) {
    }
}
