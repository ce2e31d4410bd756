package com.nabaa.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: the {@code nabaa} command line. */
public final class Main {
    /**
     * Held so the level sticks (JUL keeps loggers weakly). Lucene warns on every start that the
     * incubating vector module is off; turning it on makes the JVM itself warn instead.
     */
    private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        VECTOR_LOG.setLevel(Level.SEVERE);
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
