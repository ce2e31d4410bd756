package com.nabaa.app;

import com.nabaa.ingest.IngestReport;
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
                "JSON Lines (.jsonl, .jsonl.gz) and directories of these."})
final class IngestCommand implements Callable<Integer> {
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
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(parent.settings())) {
            IngestReport report = ws.ingest(inputs,
                    ws.sourceOptions(fetchLinked, !noProgress && System.console() != null,
                            Optional.ofNullable(source)), System.err);
            report.print(System.out);
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
