package com.nabaa.app;

import com.nabaa.ingest.IndexSync;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the article store (after the analysis changed).")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(parent.settings())) {
            long start = System.nanoTime();
            long n = IndexSync.rebuild(ws.store(), ws.index());
            System.out.printf("reindex: %d articles in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
