package com.nabaa.app;

import com.nabaa.index.NewsIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows what is stored and indexed (reads only: works while a server or an ingest runs).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Override
    public Integer call() throws Exception {
        try (NabaaRuntime runtime = NabaaRuntime.open(parent.settings(), NabaaRuntime.Role.READER)) {
            boolean held = NewsIndex.isHeld(runtime.settings().indexDir());
            System.out.println("home:       " + runtime.settings().home());
            System.out.println("articles:   " + runtime.articles().count() + " stored, "
                    + runtime.index().articleCount() + " indexed");
            System.out.println("duplicates: " + runtime.articles().duplicateCount());
            System.out.println("store seq:  " + runtime.articles().maxSeq() + " (index has "
                    + runtime.index().committedSeq() + ")");
            System.out.println("index:      " + (held ? "held by a running process (a server or an ingest)" : "not held"));
            return 0;
        }
    }
}
