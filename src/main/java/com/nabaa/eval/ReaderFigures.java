package com.nabaa.eval;

import com.nabaa.answer.Answer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reader set's figures: retrieval per slice for Nabaa and the baseline, the same on all
 * questions and on the held-out fifth, the direct answers' precision, and the absent topics
 * answered anyway.
 */
final class ReaderFigures {
    /** The order slices are printed in; others follow alphabetically. */
    static final List<String> SLICES = List.of("egyptian", "gulf", "levantine", "maghrebi", "msa", "english",
            "misspelled", "relative-date", "result", "price-number", "short-query", "follow-up");

    private final Map<String, Pair> slices = new TreeMap<>(ReaderFigures::bySliceOrder);
    private final Pair all = new Pair();
    private final Pair heldOut = new Pair();
    private final DirectAnswers direct = new DirectAnswers();
    private final DirectAnswers directHeldOut = new DirectAnswers();
    private final Map<String, Absent> absentBySlice = new TreeMap<>(ReaderFigures::bySliceOrder);
    private final Absent absent = new Absent();
    private final Absent absentHeldOut = new Absent();
    /** Answerable questions asked, and those whose stories were offered as older or of other dates. */
    private int questions;
    private int offeredAnswerable;
    /**
     * Answerable questions given stories as the answer (not offered as older or of other dates), and
     * those whose first story shown holds a relevant article: what the reader sees first, after the
     * no-answer cut and the evidence checks, where R@1 ranks before them.
     */
    private int answeredAnswerable;
    private int firstShownRight;

    /**
     * Absent-topic questions: how many, how many got stories as the answer, a » line, stories of
     * other dates or older than asked (offered under "nothing of the date you named" or "nothing
     * recent", never as the answer), a baseline result.
     */
    private static final class Absent {
        int questions;
        int answered;
        int withDirect;
        int otherDates;
        int baselineAnswered;

        void add(Optional<Answer> answer, boolean baseline) {
            questions++;
            boolean stories = answer.filter(a -> !a.noAnswer()).isPresent();
            boolean undated = stories && offered(answer.get());
            if (stories && !undated) answered++;
            if (undated) otherDates++;
            if (stories && answer.get().directAnswer().isPresent()) withDirect++;
            if (baseline) baselineAnswered++;
        }
    }

    /**
     * Whether an answer offers stories of other dates or older than asked, under "nothing of the date
     * you named" or "nothing recent", rather than giving them as the answer.
     */
    static boolean offered(Answer a) {
        return !a.noAnswer() && (a.kind() == Answer.Kind.UNDATED || a.kind() == Answer.Kind.OLDER);
    }

    /** Nabaa's and the baseline's figures over the same questions. */
    record Pair(Metrics nabaa, Metrics baseline) {
        Pair() {
            this(new Metrics(), new Metrics());
        }
    }

    /**
     * @param ranked Nabaa's ranking before the no-answer cut
     * @param answer what the reader was shown (empty: the chat asked what they meant)
     * @param base   the baseline's ranking
     */
    void add(ReaderQuestion q, List<List<String>> ranked, Optional<Answer> answer, List<List<String>> base) {
        boolean answered = answer.filter(a -> !a.noAnswer()).isPresent();
        boolean flagged = answer.filter(a -> !a.noAnswer() && !a.stories().get(0).missing().isEmpty()).isPresent();
        Optional<String> shown = answer.flatMap(Answer::directAnswer);
        List<Pair> pairs = new ArrayList<>(List.of(all, slices.computeIfAbsent(q.slice(), s -> new Pair())));
        if (q.heldOut()) pairs.add(heldOut);
        for (Pair p : pairs) {
            p.nabaa().add(ranked, q.relevant(), false, answered, flagged);
            p.baseline().add(base, q.relevant(), false, !base.isEmpty(), false);
        }
        direct.add(q.answers(), shown);
        questions++;
        if (answer.filter(ReaderFigures::offered).isPresent()) offeredAnswerable++;
        Optional<Answer> given = answer.filter(a -> !a.noAnswer() && !offered(a));
        if (given.isPresent()) {
            answeredAnswerable++;
            if (given.get().stories().get(0).articleIds().stream().anyMatch(q.relevant()::contains)) firstShownRight++;
        }
        if (q.heldOut()) directHeldOut.add(q.answers(), shown);
    }

    /** @param answer Nabaa's answer; {@code baselineAnswered}: the baseline found anything */
    void addAbsent(AbsentQuestion q, Optional<Answer> answer, boolean baselineAnswered) {
        absent.add(answer, baselineAnswered);
        absentBySlice.computeIfAbsent(q.slice(), s -> new Absent()).add(answer, baselineAnswered);
        if (q.heldOut()) absentHeldOut.add(answer, baselineAnswered);
    }

    Pair all() {
        return all;
    }

    Pair heldOut() {
        return heldOut;
    }

    Map<String, Pair> slices() {
        return new LinkedHashMap<>(slices);
    }

    DirectAnswers direct() {
        return direct;
    }

    /**
     * Answerable questions whose stories were offered as older news or of other dates, under
     * "nothing recent" or "nothing of the date you named", not as the answer: what a rule that holds
     * back old or misdated stories costs the questions it should answer.
     */
    double answerableOffered() {
        return questions == 0 ? 0 : (double) offeredAnswerable / questions;
    }

    /** Of the answerable questions given stories as the answer, the share whose first story shown is right. */
    double firstShownRight() {
        return answeredAnswerable == 0 ? 0 : (double) firstShownRight / answeredAnswerable;
    }

    /** Absent-topic questions Nabaa answered anyway, of all. */
    double absentAnswered() {
        return absent.questions == 0 ? 0 : (double) absent.answered / absent.questions;
    }

    void print(PrintStream out) {
        out.println(String.format(Locale.ROOT, "%-14s %-9s", "slice", "system") + Metrics.retrievalHeader()
                + "  MRR-base");
        for (Map.Entry<String, Pair> e : slices.entrySet()) line(out, e.getKey(), e.getValue());
        line(out, "all", all);
        line(out, "held-out", heldOut);
        out.printf(Locale.ROOT, "direct answer (»): shown on %d of %d questions with a gold answer (%.1f%%); contains"
                        + " it: %.1f%% (%d of %d); held-out %.1f%% (%d of %d)%n",
                direct.shown(), direct.questions(), direct.coverage() * 100, direct.precision() * 100, direct.right(),
                direct.shown(), directHeldOut.precision() * 100, directHeldOut.right(), directHeldOut.shown());
        out.printf(Locale.ROOT, "answerable questions offered as older news or of other dates, not as the answer: %s"
                + " (%d of %d)%n", share(offeredAnswerable, questions), offeredAnswerable, questions);
        out.printf(Locale.ROOT, "first story shown (after the no-answer cut) is right: %s of the %d answered as the"
                + " answer (%d)%n", share(firstShownRight, answeredAnswerable), answeredAnswerable, firstShownRight);
        out.printf(Locale.ROOT, "absent topics (%d questions): answered anyway: nabaa %s (with a » line: %s), baseline"
                        + " %s; held-out: nabaa %s%n",
                absent.questions, share(absent.answered, absent.questions), share(absent.withDirect, absent.questions),
                share(absent.baselineAnswered, absent.questions),
                share(absentHeldOut.answered, absentHeldOut.questions));
        out.printf(Locale.ROOT, "absent topics offered stories of other dates or older ones, under \"nothing of the"
                        + " date you named\" or \"nothing recent\" (not counted as answered): %s; any story shown at all: %s%n",
                share(absent.otherDates, absent.questions), share(absent.answered + absent.otherDates, absent.questions));
        StringBuilder bySlice = new StringBuilder("absent topics answered by slice:");
        absentBySlice.forEach((s, c) -> bySlice.append(' ').append(s).append(' ').append(c.answered).append('/')
                .append(c.questions));
        out.println(bySlice);
    }

    private static void line(PrintStream out, String slice, Pair p) {
        String head = String.format(Locale.ROOT, "%-14s %-9s", slice, "nabaa");
        out.println(head + p.nabaa().retrievalRow() + String.format(Locale.ROOT, "    %+6.3f",
                p.nabaa().mrr() - p.baseline().mrr()));
        out.println(String.format(Locale.ROOT, "%-14s %-9s", slice, "baseline") + p.baseline().retrievalRow());
    }

    private static String share(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    private static int bySliceOrder(String a, String b) {
        int i = SLICES.indexOf(a);
        int j = SLICES.indexOf(b);
        if (i >= 0 && j >= 0) return Integer.compare(i, j);
        if (i >= 0) return -1;
        if (j >= 0) return 1;
        return a.compareTo(b);
    }
}
