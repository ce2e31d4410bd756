package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the articles reporting one story into what the reader sees. Of the first few, the one whose
 * own sentences answer the question best leads: its headline, date, source, link and summary are
 * shown. The others are listed as further sources, each with its own sentence that answers best
 * when it adds something the lead's summary does not say (outlets report different details). A
 * story that covers little of the question names the words of it that the lead article does not
 * contain, so a partial match is not mistaken for an answer.
 */
final class StoryMaker {
    /** How many of a story's articles are summarized to compete for the lead and give excerpts. */
    static final int SUMMARIZED_PER_STORY = 4;

    /** A question word carrying at least this share of its weight is named when the story lacks it. */
    static final float MISSING_SHARE = 0.15f;
    /**
     * Only a story covering less of the question than this names what it lacks: above it, a missing
     * word is a detail, and the note would sit on most good answers (on XQuAD-ar it did on half;
     * below 0.6 it marks 17% of answered XQuAD-ar and 8% of ARCD questions, and 86% of answered
     * absent-topic ones).
     */
    static final float NAME_MISSING_BELOW = 0.6f;

    private final PassageSearcher searcher;
    private final QueryTerms terms;
    private final String searchText;
    /** A "how many" asked ({@link AnswerEvidence#asksCount}), as typed: an article giving a count leads. */
    private final Optional<String> countAsked;

    StoryMaker(PassageSearcher searcher, QueryTerms terms, String searchText, Optional<String> countAsked) {
        this.searcher = searcher;
        this.terms = terms;
        this.searchText = searchText;
        this.countAsked = countAsked;
    }

    /**
     * A story and the summary of its lead article (whose best sentence may be the direct answer);
     * {@code leadText}: the lead article's passages, in reading order.
     */
    record Made(Story story, Summarizer.Summary summary, List<PassageHit> leadText) {
    }

    /**
     * Whether an article's summary covers the question better than the lead's; for a "how many", an
     * article giving a count leads one that gives none (the Hawaii eruption's report of 10,000 told to
     * leave, not the video page of the same story), whatever they cover.
     */
    private static boolean betterLead(boolean counts, Summarizer.Summary summary, boolean leadCounts,
                                      Summarizer.Summary leadSummary) {
        if (counts != leadCounts) return counts;
        return summary.bestCoverage() > leadSummary.bestCoverage();
    }

    /** Whether the article's headline and passages give a count ({@link AnswerEvidence#givesCount}). */
    private boolean givesCount(List<PassageHit> text) {
        if (text.isEmpty()) return false;
        StringBuilder all = new StringBuilder(text.get(0).title());
        text.forEach(p -> all.append('\n').append(p.passage()));
        return AnswerEvidence.givesCount(all.toString(), countAsked.get());
    }

    /** {@code group}: the articles of one story in rank order; the one whose summary covers the question best leads. */
    Made make(List<StoryGrouper.Candidate> group) {
        return make(group, false);
    }

    /**
     * {@code firstLeads}: the first article leads whatever the others' summaries cover (the report
     * of a win, not the prediction grouped with it: {@link ResultFocus#reportLeads}).
     */
    Made make(List<StoryGrouper.Candidate> group, boolean firstLeads) {
        int summarized = Math.min(group.size(), SUMMARIZED_PER_STORY);
        List<List<PassageHit>> texts = new ArrayList<>();
        List<Summarizer.Summary> summaries = new ArrayList<>();
        // For a "how many", whether each article gives a count: read once, compared as the lead changes.
        List<Boolean> counts = new ArrayList<>();
        int lead = 0;
        for (int i = 0; i < summarized; i++) {
            PassageHit hit = group.get(i).best();
            texts.add(searcher.passagesOf(hit.articleId()));
            summaries.add(Summarizer.summarize(texts.get(i), hit.passageNo(), terms));
            counts.add(countAsked.isPresent() && givesCount(texts.get(i)));
            if (!firstLeads && betterLead(counts.get(i), summaries.get(i), counts.get(lead), summaries.get(lead))) lead = i;
        }
        Summarizer.Summary leadSummary = summaries.get(lead);
        Set<String> said = new HashSet<>();
        leadSummary.sentences().forEach(x -> said.add(fold(x)));
        List<SourceLink> others = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (i == lead) continue;
            Optional<String> excerpt = i < summarized ? excerpt(summaries.get(i), said) : Optional.empty();
            others.add(link(group.get(i).best(), excerpt));
        }
        StoryGrouper.Candidate leader = group.get(lead);
        PassageHit h = leader.best();
        // The story ranks and passes the threshold as its best-ranked article did; the lead only shows it.
        float coverage = Math.max(group.get(0).coverage(), leader.coverage());
        Story story = new Story(h.articleId(), h.title(), h.published(), h.source(), h.url(), leadSummary.sentences(),
                group.get(0).score(), coverage, h.breaking(), others,
                leader.coverage() < NAME_MISSING_BELOW ? missing(h.title(), texts.get(lead)) : List.of());
        return new Made(story, leadSummary, texts.get(lead));
    }

    /**
     * Words of the question the article does not contain in any form (nor a better spelling of
     * them) and that carry weight in the question; a word the index has never seen is named too: it
     * is the clearest sign of what the news does not hold.
     */
    private List<String> missing(String title, List<PassageHit> passages) {
        Set<String> seen = new HashSet<>(terms.analyze(title));
        passages.forEach(p -> seen.addAll(terms.analyze(p.passage())));
        List<String> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String word : searchText.strip().split("\\s+")) {
            List<String> analyzed = terms.analyze(word);
            if (analyzed.size() != 1) continue;
            String term = analyzed.get(0);
            if (terms.share(term) >= MISSING_SHARE && !terms.found(term, seen) && named.add(term)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Another report's best sentence, when it matches the question and is not already shown (by the
     * lead or another report: wire copies repeat each other word for word). Adds it to {@code said}.
     */
    private static Optional<String> excerpt(Summarizer.Summary other, Set<String> said) {
        if (other.bestCoverage() <= 0 || other.bestSentence().isBlank()) return Optional.empty();
        return said.add(fold(other.bestSentence())) ? Optional.of(other.bestSentence()) : Optional.empty();
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static SourceLink link(PassageHit h, Optional<String> excerpt) {
        return new SourceLink(h.articleId(), h.title(), h.source(), h.url(), h.published(), h.breaking(), excerpt);
    }
}
