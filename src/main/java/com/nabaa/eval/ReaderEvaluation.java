package com.nabaa.eval;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.AskService;
import com.nabaa.answer.Story;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks the reader set, each question at its own clock, of Nabaa and of the same-run baseline. A
 * follow-up is asked as a chat asks it: its context question first, then, when the conversation
 * reads the follow-up as pointing back, the context answer's topic with what the follow-up adds,
 * the context page's stories first; the baseline, which has no conversation, gets the context
 * question and the follow-up as one query.
 */
final class ReaderEvaluation {
    /** Stories on a chat page: the context a follow-up points back at. */
    static final int PAGE = 3;

    private final AskService ask;
    private final AskService ranking;
    private final BaselineIndex baseline;
    private final FollowUpReader followUps;

    /**
     * @param ask     the product: what the reader is shown, and when it says nothing answers
     * @param ranking the same ranking without the no-answer cut, for the retrieval figures
     */
    ReaderEvaluation(AskService ask, AskService ranking, BaselineIndex baseline, FollowUpReader followUps) {
        this.ask = ask;
        this.ranking = ranking;
        this.baseline = baseline;
        this.followUps = followUps;
    }

    /** @param details receives what each answerable question got, for looking at the failures */
    ReaderFigures run(ReaderSet set, Details details) throws IOException {
        ReaderFigures figures = new ReaderFigures();
        for (ReaderQuestion q : set.questions()) {
            Asked ours = ask(q);
            String query = q.context().map(c -> c + " " + q.text()).orElse(q.text());
            List<List<String>> base = baseline.search(query, 10, Optional.of(q.now().toInstant())).stream().map(h -> List.of(h.id())).toList();
            figures.add(q, ours.ranked(), ours.answer(), base);
            details.answerable(new Detail(q, ours, base));
        }
        for (AbsentQuestion q : set.absent()) {
            Answer a = ask.ask(AskRequest.of(q.text(), q.now(), PAGE));
            details.absent(q, a);
            figures.addAbsent(q, Optional.of(a), !baseline.search(q.text(), PAGE, Optional.of(q.now().toInstant())).isEmpty());
        }
        return figures;
    }

    /** Receives what each question got, for looking at the failures. */
    interface Details {
        void answerable(Detail detail);

        /** An absent-topic question and what the reader was shown for it (any story is wrong). */
        default void absent(AbsentQuestion question, Answer answer) {
        }
    }

    /** One answerable question, what Nabaa gave and the baseline's ranking. */
    record Detail(ReaderQuestion question, Asked nabaa, List<List<String>> baseline) {
    }

    /**
     * What Nabaa gave: the answer the reader sees (empty when the chat asks the reader what they
     * mean) and the ranking before the no-answer cut, as the article ids of each story.
     */
    record Asked(Optional<Answer> answer, List<List<String>> ranked) {
    }

    private Asked ask(ReaderQuestion q) {
        if (q.context().isEmpty()) return standalone(q.text(), q.now());
        boolean pointsBack = followUps.pointsBack(q.text(), q.now());
        Answer context = ask.ask(AskRequest.of(q.context().get(), q.now(), PAGE));
        String topic = String.join(" ", context.topicWords());
        Set<String> shown = context.stories().stream().flatMap(s -> s.articleIds().stream()).collect(Collectors.toSet());
        Set<String> lead = context.stories().isEmpty() ? Set.of() : Set.copyOf(context.stories().get(0).articleIds());
        Optional<String> goingOn = pointsBack ? Optional.empty() : followUps.goingOn(ask, topic, lead, shown, q.text(), q.now());
        if (!pointsBack && goingOn.isEmpty()) return standalone(q.text(), q.now());
        if (topic.isBlank()) return new Asked(Optional.empty(), List.of());
        String question = goingOn.orElseGet(() -> followUps.about(topic, q.text(), q.now()));
        // The context's page first, as the chat orders a follow-up's answer (and drops a direct answer that moved).
        Answer a = ask.ask(AskRequest.of(question, q.now(), 10)).preferring(shown);
        Answer rankedAnswer = ranking.ask(AskRequest.of(question, q.now(), 10)).preferring(shown);
        return new Asked(Optional.of(a), ids(rankedAnswer));
    }

    private Asked standalone(String text, ZonedDateTime now) {
        Answer a = ask.ask(AskRequest.of(text, now, 10));
        return new Asked(Optional.of(a), ids(ranking.ask(AskRequest.of(text, now, 10))));
    }

    private static List<List<String>> ids(Answer a) {
        return a.stories().stream().map(Story::articleIds).toList();
    }
}
