package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.question.Question;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ranking of a question found, before any story is made for the reader.
 *
 * @param question  the question as ranked: the reader's, or the same without its date phrase
 * @param terms     its weighted terms, as coverage measures them
 * @param searched  its words made a query (else nothing was searched, and no headline relates to it)
 * @param answering the stories that answer, in rank order, each the articles of one story in rank
 *                  order; empty when nothing does
 * @param newest    for a question without words to search that asks for the newest, a date or a
 *                  section: the newest stories, newest first
 * @param lacking   when nothing answers because the best match lacked the question's topic ({@link
 *                  Evidence}): the words of the question it lacked, as typed
 * @param untold    when nothing answers: the best passages of the stories read that are of the question's
 *                  topic but do not tell what it asks ({@link Evidence.Verdict#UNTOLD}), in rank order;
 *                  the reader gets them first among the related headlines, never as the answer
 */
record Ranked(Question question, QueryTerms terms, boolean searched, List<List<StoryGrouper.Candidate>> answering,
              Optional<List<PassageHit>> newest, List<String> lacking, List<PassageHit> untold) {
    Ranked {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(terms, "terms");
        answering = answering.stream().map(List::copyOf).toList();
        newest = newest.map(List::copyOf);
        lacking = List.copyOf(lacking);
        untold = List.copyOf(untold);
    }

    static Ranked matches(Question q, QueryTerms terms, List<List<StoryGrouper.Candidate>> answering) {
        return new Ranked(q, terms, true, answering, Optional.empty(), List.of(), List.of());
    }

    /** Nothing answers: the best match lacked {@code lacking} of the question. */
    static Ranked lacking(Question q, QueryTerms terms, List<String> lacking) {
        return lacking(q, terms, lacking, List.of());
    }

    /** Nothing answers: the best match lacked {@code lacking}, and the {@code untold} stories do not tell what is asked. */
    static Ranked lacking(Question q, QueryTerms terms, List<String> lacking, List<PassageHit> untold) {
        return new Ranked(q, terms, true, List.of(), Optional.empty(), lacking, untold);
    }

    static Ranked nothingSearchable(Question q, QueryTerms terms) {
        return new Ranked(q, terms, false, List.of(), Optional.empty(), List.of(), List.of());
    }

    static Ranked newest(Question q, QueryTerms terms, List<PassageHit> newest) {
        return new Ranked(q, terms, false, List.of(), Optional.of(newest), List.of(), List.of());
    }

    /** When the first story was published: the newest listed, or the best that answers. */
    Optional<java.time.Instant> firstPublished() {
        return newest.isPresent() ? newest.get().stream().findFirst().flatMap(PassageHit::published)
                : answering.stream().findFirst().flatMap(g -> g.get(0).published());
    }

    /** The newest publication among the first {@code n} stories that answer. */
    Optional<java.time.Instant> newestPublished(int n) {
        return answering.stream().limit(n).map(g -> g.get(0).published()).flatMap(Optional::stream)
                .max(java.time.Instant::compareTo);
    }

    /** The same ranking with the story holding {@code articleId} first, the others in their order. */
    Ranked leading(String articleId) {
        List<List<StoryGrouper.Candidate>> order = new java.util.ArrayList<>(answering);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).stream().anyMatch(c -> c.best().articleId().equals(articleId))) {
                order.add(0, order.remove(i));
                return new Ranked(question, terms, searched, order, newest, lacking, untold);
            }
        }
        return this;
    }

    /** Whether any story answers (for a list of the newest: whether there is any). */
    boolean answers() {
        return newest.map(n -> !n.isEmpty()).orElse(!answering.isEmpty());
    }

    boolean listsNewest() {
        return newest.isPresent();
    }
}
