package com.nabaa.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows what is stored and indexed.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(parent.settings())) {
            System.out.println("home:       " + ws.settings().home());
            System.out.println("articles:   " + ws.store().count() + " stored, " + ws.index().articleCount()
                    + " indexed");
            System.out.println("duplicates: " + ws.store().duplicateCount());
            System.out.println("store seq:  " + ws.store().maxSeq() + " (index has " + ws.index().committedSeq() + ")");
            return 0;
        }
    }
}
