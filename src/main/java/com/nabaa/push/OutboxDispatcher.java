package com.nabaa.push;

import com.nabaa.store.OutboxStore;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes due pushes from the outbox and hands them to the {@link Notifier}, at most {@code workers}
 * in flight: a push is marked "sending" before it goes and "sent" after, so after a crash only those
 * in flight — at most {@code workers} — can go twice, and nobody is skipped. The notifier paces the
 * sends (Telegram's limits) behind readers' replies; the bound in flight keeps memory flat for a
 * broadcast to a million chats.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** When nothing is due, look again this often (quiet hours and digests fall due with time). */
    static final Duration IDLE = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final Notifier notifier;
    private final Clock clock;
    private final int workers;
    private final Semaphore inFlight;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private volatile boolean stopping;
    private boolean woken;

    public OutboxDispatcher(Outbox outbox, Notifier notifier, Clock clock, int workers) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.workers = workers;
        this.inFlight = new Semaphore(workers);
        int resumed = outbox.store().resumeInFlight();
        if (resumed > 0) LOG.info("{} pushes that were in flight when the last process stopped go again", resumed);
        outbox.onAdd(this::wakeUp);
        this.thread = Thread.ofPlatform().name("nabaa-outbox").unstarted(this::run);
    }

    public void start() {
        thread.start();
    }

    private void wakeUp() {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            while (!stopping) {
                // Take pushes in batches (a quarter of the workers at a time) rather than one by one:
                // each batch is one write transaction.
                int batch = Math.max(1, workers / 4);
                inFlight.acquire(batch);
                inFlight.release(batch);
                int free = inFlight.availablePermits();
                List<OutboxStore.Row> rows;
                try {
                    rows = outbox.store().claim(Math.max(1, free), Instant.now(clock));
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (stopping) return;
                    LOG.warn("cannot read the outbox (retrying): {}", e.getMessage());
                    pause();
                    continue;
                }
                if (rows.isEmpty()) {
                    pause();
                    continue;
                }
                for (OutboxStore.Row row : rows) {
                    inFlight.acquire();
                    send(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(OutboxStore.Row row) {
        Push push;
        try {
            push = outbox.read(row);
        } catch (UncheckedIOException e) {
            LOG.error("{}", e.getMessage());
            outbox.store().failed(row.id(), "unreadable: " + e.getMessage());
            inFlight.release();
            return;
        }
        OutboxStore store = outbox.store();
        notifier.send(push, new Notifier.Outcome() {
            @Override
            public void sent(long messageId) {
                done(() -> store.sent(row.id(), messageId));
            }

            @Override
            public void unreachable(String why) {
                done(() -> store.failed(row.id(), "unreachable: " + why));
            }

            @Override
            public void failed(String why) {
                done(() -> store.failed(row.id(), why));
            }

            @Override
            public void notNow() {
                done(() -> store.release(row.id()));
            }
        });
    }

    private void done(Runnable mark) {
        try {
            mark.run();
        } catch (RuntimeException e) {
            // The store is closing: the row stays "sending" and goes again at the next start.
            LOG.warn("cannot mark a push in the outbox: {}", e.getMessage());
        } finally {
            inFlight.release();
        }
    }

    private void pause() throws InterruptedException {
        lock.lock();
        try {
            if (!woken && !stopping) wake.awaitNanos(IDLE.toNanos());
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    /** Pushes handed over and not yet sent or failed. */
    public int inFlight() {
        return workers - inFlight.availablePermits();
    }

    /**
     * Takes no more pushes and waits up to {@code timeout} for those in flight; what is left stays
     * "sending" and goes again at the next start.
     */
    public void close(Duration timeout) {
        stopping = true;
        wakeUp();
        thread.interrupt();
        try {
            thread.join(timeout.toMillis());
            if (!inFlight.tryAcquire(workers, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} pushes still in flight at shutdown go again at the next start", inFlight());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
