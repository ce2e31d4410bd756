package com.nabaa.app;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print their numbers.",
        subcommands = {BenchIngestCommand.class, BenchAskCommand.class, BenchRuntimeCommand.class, BenchBotCommand.class,
                BenchAlertsCommand.class, BenchPushCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    NabaaCommand parent;

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }
}
