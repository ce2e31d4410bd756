package com.nabaa.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code nabaa} process (the application's main class on the test class path), as an
 * operator's shell would start it, with its output in a file.
 */
public final class NabaaProcess {
    private final Process process;
    private final Path output;

    private NabaaProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code nabaa --home HOME ARGS...}; standard output and error go to {@code output}. */
    public static NabaaProcess start(Path home, Path output, String... args) throws IOException {
        return start(home, output, java.util.Map.of(), java.util.Optional.empty(), args);
    }

    /** The same with extra environment variables and, when given, standard input read from a file. */
    public static NabaaProcess start(Path home, Path output, java.util.Map<String, String> env,
                                     java.util.Optional<Path> input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "com.nabaa.app.Main", "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().putAll(env);
        input.ifPresent(in -> builder.redirectInput(in.toFile()));
        Process p = builder.start();
        return new NabaaProcess(p, output);
    }

    /** Runs {@code nabaa --home HOME ARGS...} to its end (at most two minutes). */
    public static Result run(Path home, Path output, String... args) throws Exception {
        NabaaProcess p = start(home, output, args);
        return p.await(120);
    }

    public Process process() {
        return process;
    }

    /** Waits for the process to end and returns its exit code and output. */
    public Result await(int seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("nabaa did not finish within " + seconds + " s; output:\n" + output());
        }
        return new Result(process.exitValue(), output());
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** What a finished process left: its exit code and everything it printed. */
    public record Result(int exitCode, String output) {
    }

    /** Articles in the store of {@code home}, read directly (0 while the database does not exist yet). */
    public static long storedCount(Path home) {
        Path db = home.resolve("nabaa.db");
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the table may not exist yet
        }
    }

    /** Waits until the store of {@code home} holds at least {@code count} articles; false after a minute. */
    public static boolean awaitStored(Path home, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (storedCount(home) >= count) return true;
            Thread.sleep(50);
        }
        return false;
    }
}
