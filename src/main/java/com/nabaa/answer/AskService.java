package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Question to answer: ranks passages (BM25 over headline and passage), groups them by article and
 * the articles by story, decides whether anything really answers (the share of the question's
 * weighted words the best story covers), and summarizes the top stories for the question.
 */
public final class AskService {
    static final int CANDIDATE_PASSAGES = 100;
    static final int CANDIDATE_ARTICLES = 20;
    /**
     * Below this share of the question's weighted words in its best story, nothing answers.
     * Calibrated with {@code nabaa eval --calibrate} on the dev part: at 0.40, 3.9% of XQuAD-ar and
     * 2.7% of ARCD questions get "nothing found" and 47.5% of the absent-topic questions still get an
     * answer (reaching 7.5% there, at 0.55, would refuse 18.9% of answerable XQuAD-ar questions).
     */
    static final float ANSWER_THRESHOLD = 0.40f;
    /**
     * BM25 alone ranks a passage that repeats one rare question word above one that holds the
     * whole question; the passage's score is multiplied by this plus its coverage of the question
     * (MRR@10 on XQuAD-ar 0.833 → 0.844, ARCD 0.710 → 0.717, measured by {@code nabaa eval}).
     */
    static final float COVERAGE_FLOOR = 0.5f;
    /**
     * A summary sentence covering this much of the question is shown as the direct answer, unless
     * the reader asked for the news of a topic ("ترامب"، "آخر أخبار اليمن"): any sentence naming it
     * would qualify, and none answers anything.
     */
    static final float DIRECT_ANSWER = 0.7f;
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
    static final int RELATED = 3;
    /**
     * A spelling found in at most this many passages is the reader's own: a better-known spelling
     * stands in for it in coverage. Equating known spellings too cost ARCD MRR@10 0.739 → 0.737.
     */
    static final int UNKNOWN_SPELLING = 2;
    /**
     * Read without its time filter, a question whose date phrase is its topic covers this much more
     * (MRR@10 XQuAD-ar 0.842 → 0.846, ARCD 0.715 → 0.719 with "في رمضان" and month names read as dates).
     */
    static final float DATE_AS_TOPIC = 0.3f;

    private final PassageSearcher searcher;
    private final float threshold;
    private final QueryTerms.Analyzers analyzers = QueryTerms.Analyzers.create();

    public AskService(PassageSearcher searcher) {
        this(searcher, ANSWER_THRESHOLD);
    }

    /** With another no-answer threshold: for calibrating it ({@code nabaa eval --threshold}). */
    public AskService(PassageSearcher searcher, float threshold) {
        this.searcher = searcher;
        this.threshold = threshold;
    }

    public Answer ask(Question q, int maxStories) {
        if (maxStories < 1) throw new IllegalArgumentException("maxStories must be at least 1");
        Answer answer = answer(q, maxStories);
        if (q.when().isEmpty()) return answer;
        if (!q.dateMayBeTopic()) {
            // "امبارح" says when, never what: only when that day has nothing are the newest stories
            // on the topic offered (the reader may have the day wrong; each story shows its date).
            if (!answer.noAnswer()) return answer;
            Answer relaxed = answer(q.withoutTimeFilter(), maxStories);
            return relaxed.noAnswer() ? answer : relaxed;
        }
        // A month, a year or a Hijri month may be part of the topic ("ماذا حدث في أكتوبر 1958؟", "ما
        // الذي يُفرض في رمضان؟") rather than the news date: the question is asked again with the
        // phrase as words, and that answer wins when the dated one found nothing or covers the
        // question far less.
        float dated = bestCoverage(answer);
        if (dated + DATE_AS_TOPIC > 1) return answer; // no undated answer can cover that much more
        Answer relaxed = answer(q.withoutTimeFilter(), maxStories);
        if (relaxed.noAnswer()) return answer;
        if (answer.noAnswer()) return relaxed;
        return bestCoverage(relaxed) >= dated + DATE_AS_TOPIC ? relaxed : answer;
    }

    /** The question's time range and section as the index filters them. */
    private static SearchFilter filter(Question q) {
        SearchFilter time = q.when().map(w -> SearchFilter.between(w.from(), w.to())).orElse(SearchFilter.NONE);
        return q.section().map(time::withCategory).orElse(time);
    }

    /** The most any shown story covers (the first is not the best when the newest come first). */
    private static float bestCoverage(Answer answer) {
        return (float) answer.stories().stream().mapToDouble(Story::coverage).max().orElse(0);
    }

    private Answer answer(Question q, int maxStories) {
        QueryTerms typed = QueryTerms.of(q.searchText(), q.language(), analyzers, searcher);
        Map<String, String> better = new LinkedHashMap<>();
        List<String> variants = usefulVariants(q, typed, better);
        QueryTerms terms = typed.withSpellings(better, q.language(), searcher);
        Optional<Query> query = searcher.queries().forText(q.searchText(), variants, filter(q));
        if (terms.isEmpty() || query.isEmpty()) {
            return q.latest() || !filter(q).isEmpty() ? latest(q, maxStories) : noAnswer(q, terms, Optional.empty());
        }
        List<PassageHit> hits = searcher.bestPerArticle(query.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES);
        if (q.latest()) hits = withFreshHits(hits, q, variants);
        List<StoryGrouper.Candidate> candidates = candidates(hits, terms, q);
        List<List<StoryGrouper.Candidate>> groups = StoryGrouper.group(candidates);
        if (groups.isEmpty() || groups.get(0).get(0).coverage() < threshold) {
            return noAnswer(q, terms, query);
        }
        List<Story> stories = new ArrayList<>();
        Optional<String> direct = Optional.empty();
        StoryMaker maker = new StoryMaker(searcher, terms, q.searchText());
        for (List<StoryGrouper.Candidate> group : groups) {
            if (stories.size() >= maxStories) break;
            // Every story shown must answer as much as the first had to: a weaker match is noise.
            if (group.get(0).coverage() < threshold) continue;
            StoryMaker.Made made = maker.make(group);
            if (stories.isEmpty() && !q.latest() && made.summary().bestCoverage() >= DIRECT_ANSWER) {
                direct = Optional.of(made.summary().bestSentence());
            }
            stories.add(made.story());
        }
        return new Answer(q.asked(), q.now(), stories, direct, correctionShownIn(stories.get(0), q, terms), List.of());
    }

    /**
     * A misspelled word may still find its story through a near form (البورسة → البورصة): the
     * correction is offered when the story shown first uses the corrected word, not for a new name
     * the index has not seen yet.
     */
    private Optional<String> correctionShownIn(Story first, Question q, QueryTerms terms) {
        String typed = q.typedWords();
        Optional<String> suggestion = Suggestions.suggest(typed, terms, searcher);
        if (suggestion.isEmpty()) return suggestion;
        String shown = first.headline() + " " + String.join(" ", first.summary());
        List<String> typedWords = List.of(typed.split("\\s+"));
        for (String word : suggestion.get().split("\\s+")) {
            if (!typedWords.contains(word) && shown.contains(word)) return suggestion;
        }
        return Optional.empty();
    }

    /**
     * Other spellings worth searching: those the index knows much better than the reader's own
     * spelling (ترامب when the reader typed ترمب). Variants of well-known words only add noise.
     * {@code betterTerm} receives, for a word the index hardly knows in the reader's spelling (at
     * most {@link #UNKNOWN_SPELLING} passages: جوجل), its best-known spelling as an analyzed term,
     * which then counts for it in coverage, when that is surely the same word
     * ({@link Question.Spelling#isSameWord}): an absent topic (الجرب) must not count as a common word
     * one rule away (غرب).
     */
    private List<String> usefulVariants(Question q, QueryTerms terms, Map<String, String> betterTerm) {
        List<String> useful = new ArrayList<>();
        for (Question.Spelling s : q.spellings()) {
            List<String> own = terms.analyze(s.word());
            if (own.size() != 1) continue;
            long ownCount = searcher.documentFrequency(own.get(0));
            long bestCount = 0;
            for (String alternative : s.alternatives()) {
                List<String> alt = terms.analyze(alternative);
                if (alt.size() != 1) continue;
                long altCount = searcher.documentFrequency(alt.get(0));
                if (altCount > 3 * ownCount + 2) {
                    useful.add(alternative);
                    if (ownCount <= UNKNOWN_SPELLING && altCount > bestCount && s.isSameWord(alternative)) {
                        bestCount = altCount;
                        betterTerm.put(own.get(0), alt.get(0));
                    }
                }
            }
        }
        return useful;
    }

    /** The best matches of the last {@link #FRESH_WINDOW} added to {@code hits}, once per article. */
    private List<PassageHit> withFreshHits(List<PassageHit> hits, Question q, List<String> variants) {
        if (q.when().isPresent()) return hits; // the reader named a time
        // Up to a day ahead: a site that omits its UTC offset stamps its newest stories hours ahead.
        SearchFilter fresh = SearchFilter.between(q.now().toInstant().minus(FRESH_WINDOW),
                q.now().toInstant().plus(Duration.ofDays(1)));
        if (q.section().isPresent()) fresh = fresh.withCategory(q.section().get());
        Optional<Query> recent = searcher.queries().forText(q.searchText(), variants, fresh);
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

    /** The newest stories for questions like "آخر الأخبار" or "أخبار الرياضة اليوم". */
    private Answer latest(Question q, int maxStories) {
        List<Story> stories = searcher.latest(Optional.empty(), filter(q), maxStories).stream()
                .map(h -> new Story(h.articleId(), h.title(), h.published(), h.source(), h.url(),
                        List.of(h.passage()), 0f, 1f, h.breaking(), List.of()))
                .toList();
        return new Answer(q.asked(), q.now(), stories, Optional.empty(), Optional.empty(), List.of());
    }

    private Answer noAnswer(Question q, QueryTerms terms, Optional<Query> query) {
        Optional<String> suggestion = Suggestions.suggest(q.typedWords(), terms, searcher);
        // Related headlines ignore the date the reader named: nothing of that date answered.
        Optional<Query> anyDate = query.isEmpty() ? Optional.empty()
                : searcher.queries().forText(q.searchText(), List.of(), filter(q).withoutTime());
        List<SourceLink> related = anyDate.isEmpty() ? List.of() : searcher
                .bestPerArticle(anyDate.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES).stream()
                .sorted(Comparator.comparing((PassageHit h) -> h.published().orElse(Instant.EPOCH)).reversed())
                .limit(RELATED).map(h -> StoryMaker.link(h, Optional.empty())).toList();
        return new Answer(q.asked(), q.now(), List.of(), Optional.empty(), suggestion, related);
    }
}
