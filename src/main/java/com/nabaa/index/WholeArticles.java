package com.nabaa.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whole-article evidence for a question ({@link PassageSearcher#wholeArticles}): an answer whose
 * words are spread over paragraphs has no passage that holds them all, but its article does.
 *
 * @param hits   the passages found by passage search, then the best passage of each article that
 *               only the whole-article search found
 * @param scores the whole-article BM25 of each hit's article; an article absent has none
 * @param terms  the question's analyzed terms that each hit's article holds anywhere
 */
public record WholeArticles(List<PassageHit> hits, Map<String, Float> scores, Map<String, Set<String>> terms) {
    public WholeArticles {
        hits = List.copyOf(hits);
        scores = Map.copyOf(scores);
        terms = terms.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** Passage hits without whole-article evidence (a question without a whole-article query). */
    public static WholeArticles none(List<PassageHit> hits) {
        return new WholeArticles(hits, Map.of(), Map.of());
    }

    /** The whole-article BM25 of an article, 0 when its whole text does not match. */
    public float score(String articleId) {
        return scores.getOrDefault(articleId, 0f);
    }

    /** The question's terms the article holds anywhere; none when its whole text does not match. */
    public Set<String> termsOf(String articleId) {
        return terms.getOrDefault(articleId, Set.of());
    }
}
