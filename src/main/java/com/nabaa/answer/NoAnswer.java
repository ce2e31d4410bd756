package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.question.Question;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;

/**
 * The no-answer decision, and what a reader whom nothing answers gets instead: a corrected spelling
 * of the question when one of its words is unknown to the index and a close indexed word exists,
 * and the headlines related to the question: the stories of its topic that do not tell what it
 * asks ({@link Ranked#untold}), then the latest of any date.
 *
 * @param suggestion the question with corrected spellings ("هل تقصد…")
 * @param related    the latest related headlines, newest first
 * @param missing    the question's words no story tells of, as typed ({@link Answer#missing()})
 */
record NoAnswer(Optional<String> suggestion, List<SourceLink> related, List<String> missing) {
    /**
     * Below this share of the question's weighted words in its best story, nothing answers.
     * Calibrated with {@code nabaa eval --calibrate} on the dev part: at 0.40, 3.9% of XQuAD-ar and
     * 2.7% of ARCD questions get "nothing found" and 47.5% of the absent-topic questions still get an
     * answer (reaching 7.5% there, at 0.55, would refuse 18.9% of answerable XQuAD-ar questions).
     */
    static final float ANSWER_THRESHOLD = 0.40f;
    static final int RELATED = 3;

    NoAnswer {
        Objects.requireNonNull(suggestion, "suggestion");
        related = List.copyOf(related);
        missing = List.copyOf(missing);
    }

    /**
     * The stories that answer, in rank order: none when the first covers less than {@code
     * threshold} of the question; otherwise every story that covers as much, since each story shown
     * must answer as much as the first had to (a weaker match is noise).
     */
    static List<List<StoryGrouper.Candidate>> answering(List<List<StoryGrouper.Candidate>> groups, float threshold) {
        if (groups.isEmpty() || groups.get(0).get(0).coverage() < threshold) return List.of();
        return groups.stream().filter(g -> g.get(0).coverage() >= threshold).toList();
    }

    /** What the reader gets for a ranking that found nothing: for a list of the newest, nothing more. */
    static NoAnswer of(Ranked ranked, PassageSearcher searcher) {
        if (ranked.listsNewest()) return new NoAnswer(Optional.empty(), List.of(), List.of());
        Question q = ranked.question();
        Optional<String> suggestion = Suggestions.suggest(q.typedWords(), ranked.terms(), searcher);
        // Related headlines ignore the date the reader named: nothing of that date answered.
        Optional<Query> anyDate = ranked.searched()
                ? searcher.queries().forText(q.searchText(), List.of(), Ranking.forWords(Ranking.filter(q).withoutTime(), q))
                : Optional.empty();
        List<PassageHit> latest = anyDate.isEmpty() ? List.of() : searcher
                .bestPerArticle(anyDate.get(), Ranking.CANDIDATE_PASSAGES, Ranking.CANDIDATE_ARTICLES).stream()
                .sorted(Comparator.comparing((PassageHit h) -> h.published().orElse(Instant.EPOCH)).reversed())
                .toList();
        // The stories of the topic that do not tell what was asked come first: the reader sees what the news does say.
        Map<String, PassageHit> byArticle = new LinkedHashMap<>();
        Stream.concat(ranked.untold().stream(), latest.stream()).forEach(h -> byArticle.putIfAbsent(h.articleId(), h));
        List<SourceLink> related = byArticle.values().stream().limit(RELATED).map(h -> StoryMaker.link(h, Optional.empty())).toList();
        return new NoAnswer(suggestion, related, missing(ranked, suggestion.isPresent(), searcher));
    }

    /**
     * The words the best match lacked, and before them the words the index has never seen: those
     * no story holds, the clearest sign of what the news does not tell of, unless a spelling
     * suggestion explains them.
     */
    private static List<String> missing(Ranked ranked, boolean suggested, PassageSearcher searcher) {
        Set<String> out = new LinkedHashSet<>();
        if (!suggested) {
            for (String word : ranked.question().searchText().strip().split("\\s+")) {
                List<String> analyzed = ranked.terms().analyze(word);
                if (analyzed.size() == 1 && ranked.terms().terms().contains(analyzed.get(0))
                        && searcher.documentFrequency(analyzed.get(0)) == 0) {
                    out.add(word);
                }
            }
        }
        out.addAll(ranked.lacking());
        return List.copyOf(out);
    }
}
