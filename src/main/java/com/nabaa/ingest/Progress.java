package com.nabaa.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error with rate and ETA, redrawn at most a few times a second.
 * Work is measured in any unit (bytes of input, files); items are what the rate is shown in.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long total;

    Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    void total(long totalWork) {
        this.total = totalWork;
    }

    synchronized void update(long work, long items) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double rate = items / seconds;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            double fraction = Math.min(1.0, (double) work / total);
            int filled = (int) (fraction * WIDTH);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
            if (fraction > 0) {
                long eta = (long) (seconds / fraction - seconds);
                line.append(String.format(Locale.ROOT, "ETA %d:%02d ", eta / 60, eta % 60));
            }
        }
        line.append(String.format(Locale.ROOT, "%,d articles, %.0f/s   ", items, rate));
        out.print(line);
        out.flush();
    }

    void finish() {
        if (enabled && lastDraw != 0) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }
}
