package com.nabaa.app;

import com.nabaa.ingest.IngestReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the store and the index, then prints a report.",
                "Inputs: RSS/Atom feeds (file or URL), article pages (.html file or URL), text pages (.txt),",
                "JSON Lines (.jsonl, .jsonl.gz) and directories of these.",
                "While another process (a running server) holds the index, the articles are stored and that",
                "process indexes them; the command waits until it has."})
final class IngestCommand implements Callable<Integer> {
    /** How long to wait for a running server to index what this ingest stored. */
    static final Duration SERVER_INDEXING = Duration.ofSeconds(60);

    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--fetch-linked", description = "fetch the linked page of feed items that are only a teaser")
    boolean fetchLinked;

    @Option(names = "--source", paramLabel = "NAME", description = "outlet name for inputs that do not name one")
    String source;

    @Option(names = "--no-progress", description = "do not draw the progress bar")
    boolean noProgress;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or URLs")
    List<String> inputs;

    @Override
    @SuppressWarnings("try") // the hook only has to be open while the ingest runs
    public Integer call() throws Exception {
        try (NabaaRuntime runtime = NabaaRuntime.open(parent.settings(), NabaaRuntime.Role.INGEST);
             ShutdownHook hook = ShutdownHook.closing(runtime)) {
            if (!runtime.holdsIndex()) {
                System.err.println("nabaa: another process holds the index; it indexes what this ingest stores");
            }
            IngestReport report = runtime.ingest(inputs, fetchLinked, !noProgress && System.console() != null,
                    Optional.ofNullable(source), System.err);
            report.print(System.out);
            if (!runtime.awaitIndexed(report.lastSeq(), SERVER_INDEXING)) {
                System.err.printf("nabaa: stored, but not indexed yet (store seq %d); the process holding the index"
                        + " will index it, or the next ingest, ask or serve will%n", report.lastSeq());
            } else if (report.addedCount() + report.updatedCount() > 0) {
                runtime.compactIndex();
            }
            return report.failures().isEmpty() && !report.wasStopped() ? 0 : 1;
        }
    }
}
