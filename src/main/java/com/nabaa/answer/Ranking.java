package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.news.Language;
import com.nabaa.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Ranks a question's candidate stories in one view of the index: BM25 over headline and passage
 * finds the best passage of the best articles, each passage's score is weighed by how much of the
 * question it covers, readers who want the newest get the stories of the last days too (recent
 * ones ranked higher, those whose headline names the topic newest first), and the articles are
 * grouped into stories. A question without words to search lists the newest stories instead.
 */
final class Ranking {
    static final int CANDIDATE_PASSAGES = 100;
    static final int CANDIDATE_ARTICLES = 20;
    /**
     * BM25 alone ranks a passage that repeats one rare question word above one that holds the
     * whole question; the passage's score is multiplied by this plus its coverage of the question
     * (MRR@10 on XQuAD-ar 0.833 → 0.844, ARCD 0.710 → 0.717, measured by {@code nabaa eval}).
     */
    static final float COVERAGE_FLOOR = 0.5f;
    /**
     * A reader who asks for the latest ("آخر أخبار اليمن") or names a topic alone ("سد النهضة") gets
     * the stories of the last this-many days that match searched too, next to the best matches of
     * any date: the newest reports of a big topic rarely make the top of a search over years.
     */
    static final Duration FRESH_WINDOW = Duration.ofDays(7);
    /** For those readers, stories that do not name the topic in their headline rank higher when recent. */
    static final Duration RECENCY_HALF_LIFE = Duration.ofDays(2);
    /**
     * For those readers, every story whose headline covers the question within this much of the
     * best headline (and at least the threshold) is listed newest first; the rest follow by rank.
     */
    static final float LATEST_COVERAGE_SLACK = 0.2f;

    private final PassageSearcher searcher;
    private final QueryTerms.Analyzers analyzers;
    private final float threshold;

    /** {@code threshold}: the no-answer threshold ({@link NoAnswer#ANSWER_THRESHOLD} unless calibrating). */
    Ranking(PassageSearcher searcher, QueryTerms.Analyzers analyzers, float threshold) {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.threshold = threshold;
    }

    /**
     * The question's stories that answer it, in rank order; for a question without words to search
     * that asks for the newest or names a date or section, the {@code listed} newest stories.
     */
    Ranked rank(Question q, int listed) {
        SearchFilter filter = filter(q);
        QueryTerms typed = QueryTerms.of(q.searchText(), q.language(), analyzers, searcher);
        SpellingChoice spelling = SpellingChoice.of(q, typed, searcher);
        QueryTerms terms = typed.withSpellings(spelling.betterTerms(), q.language(), searcher).withForms(spelling.forms());
        Optional<Query> query = searcher.queries().forText(q.searchText(), spelling.variants(), forWords(filter, q));
        if (terms.isEmpty() || query.isEmpty()) {
            return q.latest() || !filter.isEmpty()
                    ? Ranked.newest(q, terms, searcher.latest(Optional.empty(), filter, listed))
                    : Ranked.nothingSearchable(q, terms);
        }
        List<PassageHit> hits = searcher.bestPerArticle(query.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES);
        if (q.latest()) hits = withFreshHits(hits, q, spelling.variants());
        List<List<StoryGrouper.Candidate>> groups = StoryGrouper.group(candidates(hits, terms, q));
        return Ranked.matches(q, terms, NoAnswer.answering(groups, threshold));
    }

    /** The question's time range and section as the index filters them. */
    static SearchFilter filter(Question q) {
        SearchFilter time = q.when().map(w -> SearchFilter.between(w.from(), w.to())).orElse(SearchFilter.NONE);
        return q.section().map(time::withCategory).orElse(time);
    }

    /**
     * {@code filter} for a search of the question's words. English words read English articles
     * only: inside an Arabic article they are stray Latin fragments ("Standard Oil" for "oil
     * price"); Arabic news is read through the question's translation ({@link EnglishReading}).
     */
    static SearchFilter forWords(SearchFilter filter, Question q) {
        return q.language() == Language.ENGLISH ? filter.withLanguage(Language.ENGLISH) : filter;
    }

    /** The best matches of the last {@link #FRESH_WINDOW} added to {@code hits}, once per article. */
    private List<PassageHit> withFreshHits(List<PassageHit> hits, Question q, List<String> variants) {
        if (q.when().isPresent()) return hits; // the reader named a time
        // Up to a day ahead: a site that omits its UTC offset stamps its newest stories hours ahead.
        SearchFilter fresh = SearchFilter.between(q.now().toInstant().minus(FRESH_WINDOW),
                q.now().toInstant().plus(Duration.ofDays(1)));
        if (q.section().isPresent()) fresh = fresh.withCategory(q.section().get());
        Optional<Query> recent = searcher.queries().forText(q.searchText(), variants, forWords(fresh, q));
        if (recent.isEmpty()) return hits;
        List<PassageHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.articleId()));
        for (PassageHit h : searcher.bestPerArticle(recent.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES)) {
            if (seen.add(h.articleId())) all.add(h);
        }
        return all;
    }

    /**
     * Best passage per article, scored by BM25 weighed by its coverage of the question, in rank
     * order. When the reader wants news of now, the stories whose headline names the question about
     * as fully as the best headline does come first, newest first: a story that only mentions the
     * topic in passing ("اليمن" in a report on Khashoggi) is not news about it.
     */
    private List<StoryGrouper.Candidate> candidates(List<PassageHit> hits, QueryTerms terms, Question q) {
        List<StoryGrouper.Candidate> out = new ArrayList<>();
        List<Float> headlineCoverage = new ArrayList<>();
        float bestHeadline = 0;
        for (PassageHit h : hits) {
            List<String> titleTerms = terms.analyze(h.title());
            List<String> seen = new ArrayList<>(titleTerms);
            seen.addAll(terms.analyze(h.passage()));
            float coverage = terms.coverage(seen);
            float score = h.score() * (COVERAGE_FLOOR + coverage);
            if (q.latest()) score *= recency(h.published(), q.now().toInstant());
            out.add(new StoryGrouper.Candidate(h, new HashSet<>(titleTerms), score, coverage, h.published()));
            // For readers who want news of now: how fully the headline names the topic (0: not counted).
            float inHeadline = q.latest() && coverage >= threshold ? terms.coverage(titleTerms) : 0;
            headlineCoverage.add(inHeadline);
            bestHeadline = Math.max(bestHeadline, inHeadline);
        }
        Comparator<StoryGrouper.Candidate> byRank = Comparator.comparingDouble(StoryGrouper.Candidate::score).reversed();
        if (bestHeadline <= 0) {
            out.sort(byRank);
            return out;
        }
        float covering = Math.max(bestHeadline - LATEST_COVERAGE_SLACK, threshold);
        List<StoryGrouper.Candidate> aboutIt = new ArrayList<>();
        List<StoryGrouper.Candidate> rest = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            float inHeadline = headlineCoverage.get(i);
            (inHeadline > 0 && inHeadline >= covering ? aboutIt : rest).add(out.get(i));
        }
        aboutIt.sort(Comparator.comparing((StoryGrouper.Candidate c) -> c.published().orElse(Instant.MIN)).reversed()
                .thenComparing(byRank));
        rest.sort(byRank);
        aboutIt.addAll(rest);
        return aboutIt;
    }

    /** Up to twice the score for a story of now, fading with {@link #RECENCY_HALF_LIFE}. */
    private static float recency(Optional<Instant> published, Instant now) {
        if (published.isEmpty()) return 1f;
        double ageDays = Math.max(0, Duration.between(published.get(), now).toHours() / 24.0);
        return (float) (1 + Math.pow(0.5, ageDays / (RECENCY_HALF_LIFE.toHours() / 24.0)));
    }
}
