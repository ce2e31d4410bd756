package com.nabaa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.answer.AskService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One evaluation run: where the data is, the indexes it needs, and the printed table. */
public final class EvalRun {
    /** Questions are about 2018 news and Wikipedia: a fixed clock keeps runs comparable. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2019, 1, 1, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path shared;
    private final Path home;
    private final List<String> setNames;
    private final Path absentQuestions;
    private final ReaderFiles reader;

    /**
     * The reader set's files ({@code data/eval/README.md}) and how follow-ups are read after an
     * answer, as the conversation reads them.
     *
     * @param later how long after its own clock each reader-set question is asked (zero: at its clock)
     */
    public record ReaderFiles(Path questions, Path absent, FollowUpReader followUps, java.time.Duration later) {
        public ReaderFiles(Path questions, Path absent, FollowUpReader followUps) {
            this(questions, absent, followUps, java.time.Duration.ZERO);
        }
    }

    public EvalRun(Path shared, Path home, List<String> setNames, Path absentQuestions, ReaderFiles reader) {
        this.shared = shared;
        this.home = home;
        this.setNames = List.copyOf(setNames);
        this.absentQuestions = absentQuestions;
        this.reader = reader;
    }

    public boolean dataPresent() {
        return Files.isRegularFile(corpus()) && setNames.stream()
                .allMatch(n -> Files.isRegularFile(shared.resolve("eval").resolve(n + ".qa.jsonl")));
    }

    public Path corpus() {
        return shared.resolve("corpus/ant-multisource-2018.jsonl.gz");
    }

    /** Writes every set's paragraphs as JSON Lines articles (under the git-ignored home) for ingesting. */
    public Path writeContexts() throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve("contexts.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (QaSet set : sets()) {
                for (QaSet.Context c : set.contexts()) {
                    out.write(JSON.writeValueAsString(Map.of("id", c.id(), "title", c.title(), "body", c.body(),
                            "source", "Wikipedia", "category", "reference", "language", "ar")));
                    out.newLine();
                }
            }
        }
        return file;
    }

    /** @param details where to write what each reader-set question got (JSON Lines), if anywhere */
    public void evaluate(AskService ask, AskService ranking, boolean rebuild, int limit, Optional<Path> details,
                         PrintStream out) throws IOException {
        List<QaSet> sets = sets();
        Path baselineDir = home.resolve("baseline");
        long start = System.nanoTime();
        try (BaselineIndex baseline = rebuild || !BaselineIndex.exists(baselineDir)
                ? BaselineIndex.build(baselineDir, corpus(), sets) : BaselineIndex.open(baselineDir)) {
            Evaluation evaluation = new Evaluation(ask, ranking, baseline, NOW);
            List<Evaluation.SetResult> results = new ArrayList<>();
            for (QaSet set : sets) results.add(evaluation.run(set, limit));
            out.printf(Locale.ROOT, "nabaa eval: paragraphs of %s indexed with the %s news corpus as distractors; clock %s%n",
                    String.join(", ", setNames), corpus().getFileName(), NOW);
            Evaluation.print(out, results);
            out.println("R@k and MRR@10 rank the results before the no-answer cut; shown and no-ans are what the"
                    + " reader gets (top 3 results: summaries, other sources' excerpts, direct answer; baseline: lead 3"
                    + " sentences of its top 3)");
            List<String> absent = absentQuestions();
            double[] wrong = evaluation.absent(absent);
            out.println("lacks: the top story names words of the question it does not contain (\"لا يذكر: …\")");
            out.printf(Locale.ROOT, "absent topics (%d questions, %s): answered anyway: nabaa %.1f%% (%.1f%% naming the"
                            + " words they lack), baseline %.1f%%; offered as older news or of other dates, not as the"
                            + " answer: %.1f%%%n",
                    absent.size(), absentQuestions.getFileName(), wrong[0] * 100, wrong[1] * 100, wrong[2] * 100,
                    wrong[3] * 100);
            printReaderSet(new ReaderEvaluation(ask, ranking, baseline, reader.followUps()), details, out);
            out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private void printReaderSet(ReaderEvaluation evaluation, Optional<Path> details, PrintStream out)
            throws IOException {
        ReaderSet set = ReaderSet.load(reader.questions(), reader.absent()).askedLater(reader.later());
        long stories = set.questions().stream().map(ReaderQuestion::story).distinct().count();
        String clock = reader.later().isZero() ? "each asked at its own clock"
                : "each asked " + reader.later().toDays() + " days after its own clock (judged at its own)";
        out.printf(Locale.ROOT, "%nreader set: %d questions about %d stories (%s), %d absent topics (%s), %s;"
                        + " a result is a hit when any of its articles is one the question names%n",
                set.questions().size(), stories, reader.questions().getFileName(), set.absent().size(),
                reader.absent().getFileName(), clock);
        if (details.isEmpty()) {
            evaluation.run(set, d -> { }).print(out);
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(details.get(), StandardCharsets.UTF_8)) {
            evaluation.run(set, new ReaderDetails(w)).print(out);
        }
        out.println("details of each question: " + details.get());
    }

    /** Prints how the no-answer threshold trades answerable questions against absent topics. */
    public void calibrate(AskService unthresholded, int limit, PrintStream out) throws IOException {
        Calibration.print(unthresholded, sets(), absentQuestions(), limit, NOW, out);
    }

    private List<QaSet> sets() throws IOException {
        List<QaSet> sets = new ArrayList<>();
        for (String name : setNames) sets.add(QaSet.load(shared.resolve("eval"), name));
        return sets;
    }

    private List<String> absentQuestions() throws IOException {
        return Files.readAllLines(absentQuestions, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
