package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Question to answer: ranks passages, groups them by article (an article ranks by its best
 * passage), and keeps each article's best matching passages in reading order.
 */
public final class AskService {
    /** Passages looked at per question; enough to fill the stories and their excerpts. */
    static final int CANDIDATE_PASSAGES = 50;
    static final int EXCERPTS_PER_STORY = 2;

    private final PassageSearcher searcher;

    public AskService(PassageSearcher searcher) {
        this.searcher = searcher;
    }

    public Answer ask(String question, int maxStories) {
        if (maxStories < 1) throw new IllegalArgumentException("maxStories must be at least 1");
        List<PassageHit> hits = searcher.search(question, CANDIDATE_PASSAGES);
        Map<String, List<PassageHit>> byArticle = new LinkedHashMap<>();
        for (PassageHit hit : hits) {
            if (byArticle.size() >= maxStories && !byArticle.containsKey(hit.articleId())) continue;
            byArticle.computeIfAbsent(hit.articleId(), id -> new ArrayList<>()).add(hit);
        }
        List<Story> stories = new ArrayList<>(byArticle.size());
        for (List<PassageHit> passages : byArticle.values()) stories.add(story(passages));
        return new Answer(question, stories);
    }

    private static Story story(List<PassageHit> passages) {
        PassageHit best = passages.get(0);
        List<String> excerpts = passages.stream().limit(EXCERPTS_PER_STORY)
                .sorted(Comparator.comparingInt(PassageHit::passageNo))
                .map(PassageHit::passage).toList();
        return new Story(best.articleId(), best.title(), best.published(), best.source(), best.url(), excerpts,
                best.score(), best.breaking());
    }
}
