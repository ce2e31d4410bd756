package com.nabaa.app;

import com.nabaa.answer.AskService;
import com.nabaa.config.Settings;
import com.nabaa.eval.EvalRun;
import com.nabaa.ingest.IngestReport;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures answer quality on the shared question sets (paragraphs indexed with the 29,977 news",
                "articles as distractors) against a same-run plain Lucene ArabicAnalyzer BM25 baseline, and",
                "how often questions about absent topics get an answer. Prints a table and the command line."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--limit", description = "questions per set (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threshold", description = "no-answer threshold to try instead of the product's")
    Float threshold;

    @Option(names = "--calibrate", description = "also print the no-answer threshold's trade-off curve")
    boolean calibrate;

    @Option(names = "--rebuild", description = "rebuild the evaluation indexes even if they exist")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        Settings base = parent.settings();
        Settings settings = base.withHome(base.home().resolve("eval"));
        EvalRun run = new EvalRun(base.shared(), settings.home(), List.of("xquad-ar", "arcd-train"),
                base.samples().getParent().resolve("eval/absent-topics.txt"));
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
            run.evaluate(ask, ranking, rebuild, limit, System.out);
            if (calibrate) run.calibrate(ranking, limit, System.out);
        }
        System.out.println("reproduce: ./nabaa eval" + (limit == Integer.MAX_VALUE ? "" : " --limit " + limit));
        return 0;
    }
}
