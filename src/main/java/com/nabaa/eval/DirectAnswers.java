package com.nabaa.eval;

import java.util.List;
import java.util.Optional;

/**
 * How often the direct answer (the » line) is right: of the questions with a gold answer that got
 * one, the share whose » line contains a gold answer, compared after Arabic normalization (digits,
 * hamza and alef forms) and with punctuation and spaces folded ("2 - 1" is "2-1").
 */
final class DirectAnswers {
    private int withGold;
    private int shown;
    private int right;

    /** @param gold the question's gold answers (none: not counted) */
    void add(List<String> gold, Optional<String> direct) {
        if (gold.isEmpty()) return;
        withGold++;
        if (direct.isEmpty()) return;
        shown++;
        if (Evaluation.shown(gold, direct.get())) right++;
    }

    int shown() {
        return shown;
    }

    int right() {
        return right;
    }

    /** Right among those shown; 0 when none was shown. */
    double precision() {
        return shown == 0 ? 0 : (double) right / shown;
    }

    /** Questions with a gold answer that got a direct answer at all. */
    double coverage() {
        return withGold == 0 ? 0 : (double) shown / withGold;
    }

    int questions() {
        return withGold;
    }
}
