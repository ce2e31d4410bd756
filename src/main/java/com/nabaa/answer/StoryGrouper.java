package com.nabaa.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the same story reported by several outlets, or on consecutive days, into one: two
 * articles are one story by {@link SameStory}'s rule (their headlines share half of their words,
 * published within three days). Groups keep rank order; which article leads a group on screen is
 * {@link StoryMaker}'s choice.
 */
final class StoryGrouper {
    private StoryGrouper() {
    }

    /** The story {@code group} with {@code lead}, one of its articles, first and the others in their order. */
    static List<Candidate> ledBy(List<Candidate> group, Candidate lead) {
        List<Candidate> led = new ArrayList<>(group);
        led.remove(lead);
        led.add(0, lead);
        return led;
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
        return SameStory.same(a.titleTerms(), a.published(), b.titleTerms(), b.published());
    }

    /** An article that matched, with what grouping and ranking need. */
    record Candidate(com.nabaa.index.PassageHit best, Set<String> titleTerms, float score, float coverage,
                     Optional<Instant> published) {
    }
}
