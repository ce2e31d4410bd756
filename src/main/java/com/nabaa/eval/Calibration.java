package com.nabaa.eval;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.AskService;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The no-answer threshold's trade-off: with no threshold, the best story's coverage of each
 * question; then, for a range of thresholds, how many answerable questions would get "nothing
 * found" and how many absent-topic questions would still get an answer.
 */
final class Calibration {
    private Calibration() {
    }

    static void print(AskService unthresholded, List<QaSet> sets, List<String> absent, int limit, ZonedDateTime now,
                      PrintStream out) {
        List<List<Float>> answerable = new ArrayList<>();
        for (QaSet set : sets) {
            List<Float> coverages = new ArrayList<>();
            for (QaSet.QaItem q : set.questions().subList(0, Math.min(limit, set.questions().size()))) {
                if (!q.heldOut()) coverages.add(top(unthresholded.ask(AskRequest.of(q.question(), now, 1))));
            }
            answerable.add(coverages);
        }
        List<Float> absentCoverages = absent.stream()
                .map(q -> top(unthresholded.ask(AskRequest.of(q, now, 1)))).toList();
        out.print("threshold calibration (dev part only): no-answer rate on each set / absent topics answered\n  τ   ");
        sets.forEach(s -> out.printf(Locale.ROOT, "%-12s", s.name()));
        out.println("absent-answered");
        for (int i = 20; i <= 70; i += 5) {
            float t = i / 100f;
            out.printf(Locale.ROOT, "  %.2f", t);
            for (List<Float> c : answerable) out.printf(Locale.ROOT, "  %-10.3f", below(c, t));
            out.printf(Locale.ROOT, "  %.3f%n", 1 - below(absentCoverages, t));
        }
    }

    private static float top(Answer a) {
        return a.noAnswer() ? 0f : a.stories().get(0).coverage();
    }

    private static double below(List<Float> values, float t) {
        return values.isEmpty() ? 0 : values.stream().filter(v -> v < t).count() / (double) values.size();
    }
}
