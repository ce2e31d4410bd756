package com.nabaa.bot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs updates concurrently across chats and in order within a chat, on virtual threads: the
 * polling (or webhook) thread only hands work over and never waits for it. A chat's lane exists
 * while it has work, so ten thousand quiet chats cost nothing.
 */
final class ChatLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Long, ArrayDeque<Work>> lanes = new HashMap<>();
    private int running;
    private boolean closed;

    /** One update's work; {@code id} names it in the log when it fails. */
    record Work(long updateId, Runnable task) {
    }

    /** Queues work behind the chat's earlier work; false once closed (the update is then not taken). */
    boolean submit(long chatId, Work work) {
        synchronized (lanes) {
            if (closed) return false;
            ArrayDeque<Work> lane = lanes.get(chatId);
            if (lane != null) {
                lane.addLast(work);
                return true;
            }
            lane = new ArrayDeque<>();
            lane.addLast(work);
            lanes.put(chatId, lane);
            running++;
        }
        threads.execute(() -> drain(chatId));
        return true;
    }

    /** Work that belongs to no chat's order (an inline search): runs at once. */
    boolean submitUnordered(Work work) {
        synchronized (lanes) {
            if (closed) return false;
            running++;
        }
        threads.execute(() -> {
            try {
                runSafely(work);
            } finally {
                finished();
            }
        });
        return true;
    }

    private void drain(long chatId) {
        try {
            while (true) {
                Work next;
                synchronized (lanes) {
                    ArrayDeque<Work> lane = lanes.get(chatId);
                    next = lane.pollFirst();
                    if (next == null) {
                        lanes.remove(chatId);
                        return;
                    }
                }
                runSafely(next);
            }
        } finally {
            finished();
        }
    }

    private void finished() {
        synchronized (lanes) {
            running--;
            lanes.notifyAll();
        }
    }

    private static void runSafely(Work work) {
        try {
            work.task().run();
        } catch (RuntimeException | Error e) {
            // The library confirmed the update before handing it over: it is not fetched again.
            // So it is logged, never dropped silently, and the chat's later updates go on.
            LOG.error("update {} failed: {}", work.updateId(), e.toString(), e);
        }
    }

    /** Chats with work waiting or running. */
    int busyChats() {
        synchronized (lanes) {
            return lanes.size();
        }
    }

    /** Takes no more work and waits up to {@code timeout} for the work in flight to finish. */
    void close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lanes) {
            closed = true;
            try {
                while (running > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    lanes.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running > 0) LOG.warn("{} chats still had work at shutdown", lanes.size());
        }
        threads.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
