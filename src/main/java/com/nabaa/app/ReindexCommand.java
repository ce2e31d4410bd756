package com.nabaa.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the article store (needs the index: stop a running server first).")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        long n = NabaaRuntime.rebuildIndex(parent.settings());
        System.out.printf("reindex: %d articles in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
