package com.nabaa.app;

import com.nabaa.answer.Answers;
import com.nabaa.answer.AskService;
import com.nabaa.config.Settings;
import com.nabaa.conversation.FollowUpQuestions;
import com.nabaa.eval.EvalRun;
import com.nabaa.eval.FollowUpReader;
import com.nabaa.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures answer quality on the shared question sets (paragraphs indexed with the 29,977 news",
                "articles as distractors) against a same-run plain Lucene ArabicAnalyzer BM25 baseline, and",
                "how often questions about absent topics get an answer; then the reader set (data/eval/reader-*.jsonl:",
                "news questions in readers' styles over the corpus, each at its own clock) per slice beside the",
                "baseline, with the direct answers' precision. Prints the tables and the command line."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--limit", description = "questions per shared set (default: all); the reader set always runs whole")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threshold", description = "no-answer threshold to try instead of the product's")
    Float threshold;

    @Option(names = "--calibrate", description = "also print the no-answer threshold's trade-off curve")
    boolean calibrate;

    @Option(names = "--details", paramLabel = "FILE",
            description = "write what each reader-set question got (ranks, top stories, direct answer) as JSON Lines")
    Path details;

    @Option(names = "--rebuild", description = "rebuild the evaluation indexes even if they exist")
    boolean rebuild;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "reader questions to measure instead of data/eval/reader-questions.jsonl (same format; e.g."
                    + " data/eval/second-look.jsonl)")
    Path questions;

    @Option(names = "--absent", paramLabel = "FILE",
            description = "reader absent topics instead of data/eval/reader-absent.jsonl (same format)")
    Path absent;

    @Option(names = "--later", paramLabel = "DAYS",
            description = "ask each reader-set question this many days after its own clock (default: 0): how the"
                    + " ranking holds once newer stories compete")
    int laterDays;

    @Override
    public Integer call() throws Exception {
        if (laterDays < 0) {
            System.err.println("nabaa eval: --later takes a number of days, 0 or more");
            return 2;
        }
        Settings base = parent.settings();
        Settings settings = base.withHome(base.home().resolve("eval"));
        Path evalData = base.samples().getParent().resolve("eval");
        EvalRun run = new EvalRun(base.shared(), settings.home(), List.of("xquad-ar", "arcd-train"),
                evalData.resolve("absent-topics.txt"), new EvalRun.ReaderFiles(
                questions != null ? questions : evalData.resolve("reader-questions.jsonl"),
                absent != null ? absent : evalData.resolve("reader-absent.jsonl"), new ConversationFollowUps(),
                java.time.Duration.ofDays(laterDays)));
        for (Path file : Arrays.asList(questions, absent)) {
            if (file != null && !Files.isRegularFile(file)) {
                System.err.println("nabaa eval: no such file: " + file);
                return 2;
            }
        }
        if (!run.dataPresent()) {
            System.err.println("nabaa eval: the shared evaluation data is not at " + base.shared());
            return 2;
        }
        if (rebuild) {
            System.err.printf("nabaa eval: re-indexed %d articles%n", NabaaRuntime.rebuildIndex(settings));
        }
        try (NabaaRuntime ws = NabaaRuntime.open(settings, NabaaRuntime.Role.INGEST)) {
            if (rebuild || ws.articles().count() == 0) {
                System.err.println("nabaa eval: indexing the corpus and the question sets' paragraphs in " + settings.home());
                IngestReport report = ws.ingest(List.of(run.corpus().toString(), run.writeContexts().toString()),
                        false, false, Optional.of("Wikipedia"), System.err);
                report.print(System.err);
                ws.awaitIndexed(report.lastSeq(), java.time.Duration.ofMinutes(10));
            }
            AskService ask = threshold == null ? new AskService(ws.index())
                    : new AskService(ws.index(), threshold);
            AskService ranking = new AskService(ws.index(), 0f);
            run.evaluate(ask, ranking, rebuild, limit, Optional.ofNullable(details), System.out);
            if (calibrate) run.calibrate(ranking, limit, System.out);
        }
        System.out.println("reproduce: ./nabaa eval" + (limit == Integer.MAX_VALUE ? "" : " --limit " + limit)
                + (laterDays == 0 ? "" : " --later " + laterDays)
                + (questions == null ? "" : " --questions " + questions) + (absent == null ? "" : " --absent " + absent)
                + (threshold == null ? "" : " --threshold " + threshold));
        return 0;
    }

    /** The conversation's reading of follow-ups, for replaying the reader set's. */
    private static final class ConversationFollowUps implements FollowUpReader {
        @Override
        public boolean pointsBack(String text, ZonedDateTime now) {
            return FollowUpQuestions.pointsBack(text, now);
        }

        @Override
        public String about(String topic, String text, ZonedDateTime now) {
            return FollowUpQuestions.about(topic, text, now);
        }

        @Override
        public Optional<String> goingOn(Answers answers, String topic, Set<String> lead, Set<String> shown, String text,
                                        ZonedDateTime now) {
            return FollowUpQuestions.goingOn(answers, topic, lead, shown, text, now);
        }
    }
}
