package com.nabaa.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: the {@code nabaa} command line. */
public final class Main {
    /** Held so the level sticks: JUL keeps loggers weakly. Lucene logs its SIMD set-up at INFO. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NabaaCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("nabaa: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
