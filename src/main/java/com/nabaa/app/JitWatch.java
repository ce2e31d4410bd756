package com.nabaa.app;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JIT compiler's time over a stretch of a benchmark's work, from {@link #start()}: a long-running
 * Nabaa answers with compiled code, so a benchmark warms up until the compiler has settled, which
 * means it compiled for under {@value #SETTLED_COMPILE_SHARE} of the stretch's time.
 */
final class JitWatch {
    static final double SETTLED_COMPILE_SHARE = 0.02;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final long compiledAtStart = jit.getTotalCompilationTime();
    private final long startNanos = System.nanoTime();

    private JitWatch() {
    }

    static JitWatch start() {
        return new JitWatch();
    }

    /** Milliseconds the JIT compiled since the start (all compiler threads together). */
    long compiledMillis() {
        return jit.getTotalCompilationTime() - compiledAtStart;
    }

    double elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    boolean settled() {
        return compiledMillis() < SETTLED_COMPILE_SHARE * elapsedMillis();
    }
}
