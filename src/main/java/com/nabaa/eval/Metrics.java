package com.nabaa.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Accumulates retrieval and answer figures over questions. */
final class Metrics {
    private int questions;
    private int at1;
    private int at3;
    private int at10;
    private double reciprocalRanks;
    private int shown;
    private int noAnswer;

    /** Questions that got no answer. */
    int noAnswers() {
        return noAnswer;
    }
    private int flagged;

    /**
     * @param rankedIds article ids of the results, best first (a result may hold several: a story)
     * @param goldId    the id of the paragraph that answers
     * @param goldShown the gold answer appears in what the reader is shown
     * @param answered  the system answered (did not say "nothing found")
     * @param flagged   its top story names words of the question it does not contain
     */
    void add(List<List<String>> rankedIds, String goldId, boolean goldShown, boolean answered, boolean flagged) {
        add(rankedIds, Set.of(goldId), goldShown, answered, flagged);
    }

    /**
     * @param goldIds every article that answers: a result is a hit when any of its articles is one
     *                (several outlets carry one story)
     */
    void add(List<List<String>> rankedIds, Set<String> goldIds, boolean goldShown, boolean answered, boolean flagged) {
        questions++;
        int rank = 0;
        for (int i = 0; i < Math.min(10, rankedIds.size()); i++) {
            if (rankedIds.get(i).stream().anyMatch(goldIds::contains)) {
                rank = i + 1;
                break;
            }
        }
        if (rank == 1) at1++;
        if (rank >= 1 && rank <= 3) at3++;
        if (rank >= 1) {
            at10++;
            reciprocalRanks += 1.0 / rank;
        }
        if (goldShown) shown++;
        if (!answered) noAnswer++;
        if (flagged) this.flagged++;
    }

    int questions() {
        return questions;
    }

    double mrr() {
        return questions == 0 ? 0 : reciprocalRanks / questions;
    }

    String row() {
        return String.format(Locale.ROOT, "%5d  %5.3f  %5.3f  %5.3f  %6.3f  %6.3f  %6.3f  %6.3f", questions, rate(at1),
                rate(at3), rate(at10), mrr(), rate(shown), rate(noAnswer), rate(flagged));
    }

    static String header() {
        return "    n    R@1    R@3   R@10  MRR@10   shown  no-ans  lacks";
    }

    /** The retrieval figures and the no-answer rate, for sets judged by article ids alone. */
    String retrievalRow() {
        return String.format(Locale.ROOT, "%5d  %5.3f  %5.3f  %5.3f  %6.3f  %6.3f", questions, rate(at1), rate(at3),
                rate(at10), mrr(), rate(noAnswer));
    }

    static String retrievalHeader() {
        return "    n    R@1    R@3   R@10  MRR@10  no-ans";
    }

    private double rate(int n) {
        return questions == 0 ? 0 : (double) n / questions;
    }
}
