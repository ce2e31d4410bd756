package com.nabaa.ingest;

import com.nabaa.store.FeedStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the feeds of the {@link FeedStore} fresh while the server runs. One scheduler thread
 * ({@code nabaa-feeds-scheduler}) sleeps until the next feed is due, or until the list changes,
 * and hands due feeds to a small pool ({@code nabaa-feeds-poll-N}, {@link FeedPolicy#parallel} threads)
 * so that a slow site holds up one poll, not the others; a feed is never polled twice at once.
 * Each poll is a {@link FeedPoll}: what it takes in goes through the {@link IngestService} into
 * the store, and from there to the index like any other ingest.
 *
 * <p>Closing stops the scheduler, lets polls in flight finish for {@link FeedPolicy#closeGrace},
 * then interrupts them (a fetch stops at once; a poll cut short records nothing) and leaves no thread.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** The scheduler looks at the table at least this often, for changes made by other processes. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private final FeedStore store;
    private final FeedPoll poll;
    private final FeedPolicy policy;
    private final Clock clock;
    private final ExecutorService polls;
    /** The pool's threads, joined on close: a terminated pool's last worker may still be exiting. */
    private final List<Thread> pollThreads = new CopyOnWriteArrayList<>();
    private final Thread scheduler;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Set<Long> inFlight = new HashSet<>();
    /** Feeds whose last poll could not even be recorded (a broken row, the store failing): not before then. */
    private final Map<Long, Instant> heldOff = new HashMap<>();
    private boolean woken;
    private boolean started;
    private boolean stopping;

    public FeedPoller(FeedStore store, HttpFetcher fetcher, IngestService ingest, FeedPolicy policy,
                      FeedHealthListener listener) {
        this(store, fetcher, ingest, policy, listener, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    FeedPoller(FeedStore store, HttpFetcher fetcher, IngestService ingest, FeedPolicy policy,
               FeedHealthListener listener, Clock clock, DoubleSupplier random) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poll = new FeedPoll(store, Objects.requireNonNull(fetcher, "fetcher"),
                Objects.requireNonNull(ingest, "ingest"), policy, Objects.requireNonNull(listener, "listener"),
                clock, random);
        ThreadFactory named = Thread.ofPlatform().name("nabaa-feeds-poll-", 1).daemon(true).factory();
        this.polls = Executors.newFixedThreadPool(policy.parallel(), task -> {
            Thread t = named.newThread(task);
            pollThreads.add(t);
            return t;
        });
        this.scheduler = Thread.ofPlatform().name("nabaa-feeds-scheduler").daemon(true).unstarted(this::schedule);
        store.onChange(this::wakeUp);
    }

    /** Starts polling: feeds that are due now are polled at once. */
    public void start() {
        lock.lock();
        try {
            if (started || stopping) throw new IllegalStateException(stopping ? "feed poller closed" : "feed poller started");
            started = true;
        } finally {
            lock.unlock();
        }
        scheduler.start();
    }

    /** Polls every feed that is due now, one after another on the calling thread (tests, with a clock of their own). */
    void pollDue() {
        Instant now = clock.instant();
        for (FeedStore.Scheduled feed : store.schedule()) {
            if (!feed.nextPoll().isAfter(now)) poll.run(feed.id());
        }
    }

    /** Polls one feed the scheduler found due in the schedule it read (the pool's task; tests call it alone). */
    void pollHandedOver(long id) {
        poll.run(id);
    }

    private void schedule() {
        while (true) {
            Instant wakeAt;
            try {
                wakeAt = submitDue();
            } catch (RuntimeException e) {
                LOG.error("feed scheduler: cannot read the feeds; trying again in {}", RECHECK, e);
                wakeAt = clock.instant().plus(RECHECK);
            }
            lock.lock();
            try {
                long nanos = Duration.between(clock.instant(), wakeAt).toNanos();
                while (!woken && !stopping && nanos > 0) nanos = wake.awaitNanos(nanos);
                woken = false;
                if (stopping) return;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Hands every due feed not in flight to the pool; returns when to look again. */
    private Instant submitDue() {
        Instant now = clock.instant();
        Instant next = now.plus(RECHECK);
        for (FeedStore.Scheduled feed : store.schedule()) {
            Instant due = later(feed.nextPoll(), heldOffUntil(feed.id()));
            if (due.isAfter(now)) {
                if (due.isBefore(next)) next = due;
            } else {
                submit(feed.id());
            }
        }
        return next;
    }

    private void submit(long id) {
        lock.lock();
        try {
            if (stopping || !inFlight.add(id)) return;
        } finally {
            lock.unlock();
        }
        try {
            polls.execute(() -> {
                try {
                    pollHandedOver(id);
                } catch (RuntimeException e) {
                    // Its schedule did not move on: without a pause it would be polled again at once.
                    LOG.error("feed {}: cannot poll it or record the poll; trying again in {}", id, RECHECK, e);
                    holdOff(id, clock.instant().plus(RECHECK));
                } finally {
                    finished(id);
                }
            });
        } catch (RejectedExecutionException e) {
            finished(id); // closing
        }
    }

    private Instant heldOffUntil(long id) {
        lock.lock();
        try {
            return heldOff.getOrDefault(id, Instant.MIN);
        } finally {
            lock.unlock();
        }
    }

    private void holdOff(long id, Instant until) {
        lock.lock();
        try {
            heldOff.put(id, until);
        } finally {
            lock.unlock();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void finished(long id) {
        lock.lock();
        try {
            inFlight.remove(id);
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
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

    /** Stops polling; polls in flight get {@link FeedPolicy#closeGrace} to finish, then are interrupted. */
    @Override
    public void close() throws InterruptedException {
        lock.lock();
        try {
            if (stopping) return;
            stopping = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        long grace = policy.closeGrace().toMillis();
        if (started) {
            scheduler.join(grace); // it only waits, or reads the schedule
            scheduler.interrupt();
            scheduler.join(grace);
        }
        polls.shutdown();
        if (!polls.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
            polls.shutdownNow();
            if (!polls.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
                LOG.warn("feed polls still running {} ms after they were interrupted", grace);
                return;
            }
        }
        // Terminated: each worker has left its last task; wait for it to end, so that none is left behind.
        for (Thread t : pollThreads) t.join(grace);
    }
}
