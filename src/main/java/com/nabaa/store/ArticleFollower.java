package com.nabaa.store;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one {@link ArticleConsumer} every article write after its position, on a thread of its own.
 * It is woken by this process's writes ({@link ArticleStore#onWrite}) and polls for other
 * processes' writes; it commits the consumer when it has caught up, and at least every
 * {@code commitEvery} while it is behind, so a long ingest becomes visible as it goes. Closing it
 * hands over what is stored by then and commits.
 */
public final class ArticleFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleFollower.class);
    static final int PAGE = 500;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final ArticleStore store;
    private final ArticleConsumer consumer;
    private final Duration poll;
    private final Duration commitEvery;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean woken;
    private boolean stopping;
    private long committed;
    private long lastCommitNanos = System.nanoTime();

    public ArticleFollower(ArticleStore store, ArticleConsumer consumer, Duration poll, Duration commitEvery,
                           ThreadFactory threads) throws IOException {
        this.store = store;
        this.consumer = consumer;
        this.poll = poll;
        this.commitEvery = commitEvery;
        this.committed = consumer.position();
        this.thread = threads.newThread(this::run);
        this.thread.setName("nabaa-follow-" + consumer.name());
        store.onWrite(this::wake);
    }

    public void start() {
        thread.start();
    }

    /** Something was written: look now rather than at the next poll. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The position the consumer has made durable. */
    public long committed() {
        lock.lock();
        try {
            return committed;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the consumer has made everything up to {@code seq} durable; false on timeout. */
    public boolean awaitCommitted(long seq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (committed < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.isAlive()) return false;
                woken = true;
                changed.signalAll();
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        long position = committed();
        while (true) {
            try {
                List<StoredArticle> page = store.after(position, PAGE);
                if (!page.isEmpty()) {
                    consumer.accept(page);
                    position = page.get(page.size() - 1).seq();
                    if (System.nanoTime() - lastCommitNanos >= commitEvery.toNanos()) commit(position);
                    continue;
                }
                if (position > committed()) {
                    commit(position);
                    consumer.caughtUp();
                }
                if (!waitForWork()) return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: cannot follow the article store after seq {} (retrying in {} s): {}",
                        consumer.name(), position, RETRY.toSeconds(), e.toString());
                if (!pause()) return;
                position = committed();
            }
        }
    }

    private void commit(long position) throws IOException {
        consumer.commit(position);
        lastCommitNanos = System.nanoTime();
        lock.lock();
        try {
            committed = position;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a write or the next poll; false when stopping and everything is handed over. */
    private boolean waitForWork() {
        lock.lock();
        try {
            if (stopping) return false;
            if (!woken) changed.awaitNanos(poll.toNanos());
            woken = false;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean pause() {
        lock.lock();
        try {
            if (stopping) return false;
            changed.awaitNanos(RETRY.toNanos());
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Hands over everything stored by now, commits it, and stops the thread. */
    @Override
    public void close() {
        lock.lock();
        try {
            stopping = true;
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread.getState() == Thread.State.NEW) return;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
