package com.nabaa.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one ingest run did: counts per outcome, and every skip and failure with where and why.
 * Expected outcomes are counted, never thrown (a malformed item is one "failed" line, not a stop).
 */
public final class IngestReport {
    /** How many problems are printed in full; the rest are counted. */
    static final int PRINTED_PROBLEMS = 50;

    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final List<Problem> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<Problem> failed = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();

    private final AtomicLong lastSeq = new AtomicLong();
    private volatile boolean stopped;

    void added(long seq) {
        added.incrementAndGet();
        lastSeq.accumulateAndGet(seq, Math::max);
    }

    void updated(long seq) {
        updated.incrementAndGet();
        lastSeq.accumulateAndGet(seq, Math::max);
    }

    /** The run was stopped (shutdown) before it read all its sources; what it stored is kept. */
    void stopped() {
        stopped = true;
    }
    void unchanged() { unchanged.incrementAndGet(); }
    void duplicate() { duplicates.incrementAndGet(); }

    /** An item deliberately left out (e.g. no article text); not an error. */
    void skipped(String location, String reason) {
        skipped.add(new Problem(location, reason));
    }

    /** An item or a whole source that could not be read. */
    void failed(String location, String reason) {
        failed.add(new Problem(location, reason));
    }

    /**
     * The highest sequence number this run stored (0 when it stored nothing): once the index has
     * committed it, everything this run stored is searchable.
     */
    public long lastSeq() { return lastSeq.get(); }
    public boolean wasStopped() { return stopped; }
    public long addedCount() { return added.get(); }
    public long updatedCount() { return updated.get(); }
    public long unchangedCount() { return unchanged.get(); }
    public long duplicateCount() { return duplicates.get(); }
    public List<Problem> skips() { return List.copyOf(skipped); }
    public List<Problem> failures() { return List.copyOf(failed); }

    /** Articles looked at: every outcome but whole-source failures. */
    public long seen() {
        return added.get() + updated.get() + unchanged.get() + duplicates.get() + skipped.size() + failed.size();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public void print(PrintStream out) {
        double seconds = Math.max(elapsed().toMillis() / 1000.0, 0.001);
        out.printf(Locale.ROOT, "ingest: %d new, %d updated, %d unchanged, %d duplicate, %d skipped, %d failed"
                        + " in %.1f s (%.0f articles/s)%n",
                added.get(), updated.get(), unchanged.get(), duplicates.get(), skipped.size(), failed.size(),
                seconds, seen() / seconds);
        if (stopped) out.println("  stopped before the end (shutdown): what was stored is kept; run it again to finish");
        printProblems(out, "skipped", skips());
        printProblems(out, "failed", failures());
    }

    private static void printProblems(PrintStream out, String kind, List<Problem> problems) {
        problems.stream().limit(PRINTED_PROBLEMS)
                .forEach(p -> out.println("  " + kind + ": " + p.location() + ": " + p.reason()));
        if (problems.size() > PRINTED_PROBLEMS) {
            out.println("  ... and " + (problems.size() - PRINTED_PROBLEMS) + " more " + kind);
        }
    }

    /** Where something went wrong and why. */
    public record Problem(String location, String reason) {
    }
}
