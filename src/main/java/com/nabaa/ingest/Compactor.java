package com.nabaa.ingest;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running process's index in one segment ({@link NewsIndex#compact}): each time the
 * index has caught up with the store, at most once per {@code every}, it merges on a thread of its
 * own, so indexing goes on. Every feed poll adds a segment, and questions slow with each one.
 */
public final class Compactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Compactor.class);

    private final NewsIndex index;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private final ExecutorService thread;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastStart;
    private volatile boolean started;

    public Compactor(NewsIndex index, Duration every, ThreadFactory threads) {
        this(index, every, System::nanoTime, Executors.newSingleThreadExecutor(threads));
    }

    /**
     * Merges on {@code thread}, a single thread its owner ends after the index closes (closing the
     * index aborts a merge under way, and the thread then ends): {@link #close} only starts no more.
     */
    public Compactor(NewsIndex index, Duration every, ExecutorService thread) {
        this(index, every, System::nanoTime, thread);
    }

    Compactor(NewsIndex index, Duration every, LongSupplier nanoTime, ThreadFactory threads) {
        this(index, every, nanoTime, Executors.newSingleThreadExecutor(threads));
    }

    private Compactor(NewsIndex index, Duration every, LongSupplier nanoTime, ExecutorService thread) {
        this.index = index;
        this.everyNanos = every.toNanos();
        this.nanoTime = nanoTime;
        this.thread = thread;
    }

    /**
     * The index has committed everything stored: merges now on the compactor's thread unless a
     * merge ran within the interval or runs still. Returns whether it started one.
     */
    public boolean caughtUp() {
        long now = nanoTime.getAsLong();
        if (started && now - lastStart < everyNanos) return false;
        if (!running.compareAndSet(false, true)) return false;
        started = true;
        lastStart = now;
        try {
            thread.execute(this::compact);
            return true;
        } catch (RejectedExecutionException e) {
            running.set(false); // closed
            return false;
        }
    }

    private void compact() {
        long start = System.nanoTime();
        try {
            if (index.compact()) {
                LOG.info("index merged into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            // Closing the index aborts the merge; anything else leaves the segments as they were.
            LOG.debug("index not merged: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    /**
     * Starts no more merges. A merge under way is not interrupted (an interrupt closes the index's
     * files under it): closing the index aborts it, and the thread ends.
     */
    @Override
    public void close() {
        thread.shutdown();
    }
}
