package com.nabaa.eval;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.AskService;
import com.nabaa.answer.Story;
import com.nabaa.text.ArabicText;
import com.nabaa.text.SentenceSplitter;
import java.io.IOException;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the question sets through Nabaa and the same-run baseline and prints one table. Retrieval
 * (R@k, MRR@10) is judged at article level on the ranking before the no-answer decision (the
 * paragraph that holds the answer is one indexed article; a story counts when any of its
 * articles is it). "shown" is judged on what the reader really gets, after that decision: a gold
 * answer text appears in the top 3 results' summary sentences, the excerpts shown under their
 * other sources, or the direct answer; for the
 * baseline, in the lead (first 3 sentences) of each of its top 3 results. "no-ans" is the share
 * of questions told that nothing answers.
 */
public final class Evaluation {
    static final int SHOWN_RESULTS = 3;

    private final AskService ask;
    private final AskService ranking;
    private final BaselineIndex baseline;
    private final ZonedDateTime now;

    /**
     * @param ask     the product: what the reader is shown, and when it says nothing answers
     * @param ranking the same ranking without the no-answer cut, for the retrieval figures
     */
    Evaluation(AskService ask, AskService ranking, BaselineIndex baseline, ZonedDateTime now) {
        this.ask = ask;
        this.ranking = ranking;
        this.baseline = baseline;
        this.now = now;
    }

    /** Figures for one set: Nabaa and baseline, on all questions and on the held-back fifth. */
    record SetResult(String set, Metrics nabaa, Metrics baseline, Metrics nabaaHeldOut, Metrics baselineHeldOut) {
    }

    SetResult run(QaSet set, int limit) throws IOException {
        SetResult r = new SetResult(set.name(), new Metrics(), new Metrics(), new Metrics(), new Metrics());
        for (QaSet.QaItem q : set.questions().subList(0, Math.min(limit, set.questions().size()))) {
            Answer a = ask.ask(AskRequest.of(q.question(), now, 10));
            List<List<String>> ours = ranking.ask(AskRequest.of(q.question(), now, 10)).stories().stream()
                    .map(Story::articleIds).toList();
            boolean oursShown = shown(q.answers(), shownText(a));
            List<BaselineIndex.Hit> hits = baseline.search(q.question(), 10);
            List<List<String>> base = hits.stream().map(h -> List.of(h.id())).toList();
            boolean baseShown = shown(q.answers(), leads(hits));
            boolean flagged = flagged(a);
            r.nabaa().add(ours, q.contextId(), oursShown, !a.noAnswer(), flagged);
            r.baseline().add(base, q.contextId(), baseShown, !hits.isEmpty(), false);
            if (q.heldOut()) {
                r.nabaaHeldOut().add(ours, q.contextId(), oursShown, !a.noAnswer(), flagged);
                r.baselineHeldOut().add(base, q.contextId(), baseShown, !hits.isEmpty(), false);
            }
        }
        return r;
    }

    /**
     * Of the questions about topics absent from the index: the share Nabaa answers with stories
     * anyway, the share it answers with a top story that names the question words it lacks, the
     * share the baseline answers, and the share Nabaa offers stories of other dates or older ones
     * under "nothing of the date you named" or "nothing recent" ({@link ReaderFigures#offered}: not
     * answered, as the reader set counts them).
     */
    double[] absent(List<String> questions) throws IOException {
        int ours = 0;
        int oursFlagged = 0;
        int offered = 0;
        int base = 0;
        for (String q : questions) {
            Answer a = ask.ask(AskRequest.of(q, now, 3));
            if (ReaderFigures.offered(a)) {
                offered++;
            } else if (!a.noAnswer()) {
                ours++;
                if (flagged(a)) oursFlagged++;
            }
            if (!baseline.search(q, 3).isEmpty()) base++;
        }
        double n = questions.size();
        return new double[] {ours / n, oursFlagged / n, base / n, offered / n};
    }

    /** The top story tells the reader which words of the question it does not contain. */
    private static boolean flagged(Answer a) {
        return !a.noAnswer() && !a.stories().get(0).missing().isEmpty();
    }

    static void print(PrintStream out, List<SetResult> results) {
        out.println(String.format(Locale.ROOT, "%-11s %-9s %-9s", "set", "part", "system") + Metrics.header());
        for (SetResult r : results) {
            line(out, r.set(), "all", "nabaa", r.nabaa());
            line(out, r.set(), "all", "baseline", r.baseline());
            line(out, r.set(), "held-out", "nabaa", r.nabaaHeldOut());
            line(out, r.set(), "held-out", "baseline", r.baselineHeldOut());
        }
        StringBuilder counts = new StringBuilder("no-answer, counted:");
        for (SetResult r : results) {
            counts.append(String.format(Locale.ROOT, " %s %d of %d;", r.set(), r.nabaa().noAnswers(), r.nabaa().questions()));
        }
        out.println(counts.substring(0, counts.length() - 1));
    }

    private static void line(PrintStream out, String set, String part, String system, Metrics m) {
        out.println(String.format(Locale.ROOT, "%-11s %-9s %-9s", set, part, system) + m.row());
    }

    private static String shownText(Answer a) {
        StringBuilder text = new StringBuilder(a.directAnswer().orElse(""));
        for (Story s : a.stories().subList(0, Math.min(SHOWN_RESULTS, a.stories().size()))) {
            s.summary().forEach(x -> text.append('\n').append(x));
            s.alsoReportedBy().forEach(o -> o.excerpt().ifPresent(x -> text.append('\n').append(x)));
        }
        return text.toString();
    }

    private static String leads(List<BaselineIndex.Hit> hits) {
        StringBuilder text = new StringBuilder();
        for (BaselineIndex.Hit h : hits.subList(0, Math.min(SHOWN_RESULTS, hits.size()))) {
            List<String> sentences = new ArrayList<>();
            for (String p : h.body().split("\\R")) sentences.addAll(SentenceSplitter.split(p));
            sentences.stream().limit(3).forEach(s -> text.append('\n').append(s));
        }
        return text.toString();
    }

    /** A gold answer appears in the text, compared after Arabic normalization and white-space folding. */
    static boolean shown(List<String> answers, String text) {
        String haystack = fold(text);
        return answers.stream().map(Evaluation::fold).anyMatch(a -> !a.isBlank() && haystack.contains(a));
    }

    /** Folded for comparing: normalized, punctuation and spaces as one space, and a score's "صفر" as 0 ("صفر-1" is "0-1"). */
    private static String fold(String s) {
        return ZERO.matcher(ArabicText.normalize(s)).replaceAll("0")
                .replaceAll("[\\s\\p{Punct}«»،؛؟]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** "صفر" standing beside a dash and a figure, as scores write zero ("صفر-1"، "2 - صفر"). */
    private static final java.util.regex.Pattern ZERO =
            java.util.regex.Pattern.compile("(?<!\\p{L})صفر(?=\\s*[-–]\\s*\\d)|(?<=\\d\\s{0,2}[-–]\\s{0,2})صفر(?!\\p{L})");
}
