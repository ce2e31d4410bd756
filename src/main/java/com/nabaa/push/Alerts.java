package com.nabaa.push;

import com.nabaa.store.AlertStoryStore;
import com.nabaa.store.ArticleFollower;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.CursorStore;
import com.nabaa.store.Database;
import com.nabaa.store.DigestStore;
import com.nabaa.store.StoredTopic;
import com.nabaa.store.SubscriptionStore;
import com.nabaa.store.TopicStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Breaking news and topic alerts, running: the topic monitor built from the stored topics (loaded
 * at start on a thread of its own), the follower that hands the alerts every article the store
 * receives (its position is the "alerts" cursor, so a restart resumes where it stopped), and the
 * "nabaa-digest" thread that queues the digests that fall due. Alerts only queue pushes in the
 * {@link Outbox}; whoever sends them (the bot, through an {@link OutboxDispatcher}) is another
 * matter. The conversation changes what is subscribed through {@link #subscriptions()}, and the
 * monitor hears of each change. Closed by its owner: no thread is left.
 */
public final class Alerts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    /** How often the follower looks for other processes' writes. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** While behind, the alerts' position is saved at least this often. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    /** How often due digests are looked for (a digest is due on the hour). */
    static final Duration DIGEST_EVERY = Duration.ofSeconds(30);
    /** Topics are loaded from the store this many at a time. */
    static final int LOAD_PAGE = 10_000;

    private final Subscriptions subscriptions;
    private final TopicMatcher matcher;
    private final RecentStories stories;
    private final Alerter alerter;
    private final Digests digests;
    private final ArticleFollower follower;
    private final Clock clock;
    private final TopicStore topics;
    private final ScheduledExecutorService digestThread;
    private final Thread loader;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean closing;
    private Instant nextPrune;

    private Alerts(Subscriptions subscriptions, TopicMatcher matcher, RecentStories stories, Alerter alerter,
                   Digests digests, ArticleFollower follower, Clock clock, TopicStore topics) {
        this.subscriptions = subscriptions;
        this.matcher = matcher;
        this.stories = stories;
        this.alerter = alerter;
        this.digests = digests;
        this.follower = follower;
        this.clock = clock;
        this.topics = topics;
        this.nextPrune = clock.instant();
        this.digestThread = Executors.newSingleThreadScheduledExecutor(
                work -> Thread.ofPlatform().name("nabaa-digest").daemon(false).unstarted(work));
        this.loader = Thread.ofPlatform().name("nabaa-alerts-load").unstarted(this::loadThenFollow);
    }

    /**
     * Opens the alerts over {@code db} (open for writing) and readies them; {@link #start} loads the
     * stored topics into the monitor and then follows the store. {@code zone}: the time zone of chats
     * that chose none; {@code threads} makes the follower's thread.
     */
    public static Alerts open(Database db, ArticleStore articles, Outbox outbox, Clock clock, ZoneId zone,
                              ThreadFactory threads) throws IOException {
        TopicMatcher matcher = new TopicMatcher();
        try {
            Subscriptions subscriptions = new Subscriptions(db, clock, zone);
            subscriptions.listen(new TopicListener() {
                @Override
                public void followed(Topic topic) {
                    matcher.add(topic);
                }

                @Override
                public void unfollowed(Collection<Long> topicIds) {
                    matcher.remove(topicIds);
                }
            });
            SubscriptionStore rows = new SubscriptionStore(db);
            DigestStore digestItems = new DigestStore(db);
            RecentStories stories = new RecentStories(new AlertStoryStore(db), clock.instant());
            Alerter alerter = new Alerter(new Alerter.Stores(new CursorStore(db), rows, new TopicStore(db), digestItems),
                    subscriptions, matcher, stories, outbox, clock, zone);
            Digests digests = new Digests(rows, digestItems, subscriptions, stories, outbox, clock);
            ArticleFollower follower = new ArticleFollower(articles, alerter, POLL, COMMIT_EVERY, threads);
            return new Alerts(subscriptions, matcher, stories, alerter, digests, follower, clock, new TopicStore(db));
        } catch (IOException | RuntimeException e) {
            matcher.close();
            throw e;
        }
    }

    /** A monitor holding every stored topic, loaded page by page (as {@link #start} loads them). */
    public static TopicMatcher load(TopicStore topics) {
        TopicMatcher matcher = new TopicMatcher();
        try {
            loadInto(topics, matcher, () -> false);
            return matcher;
        } catch (RuntimeException e) {
            matcher.close();
            throw e;
        }
    }

    private static void loadInto(TopicStore topics, TopicMatcher matcher, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        long after = 0;
        int loaded = 0;
        for (List<StoredTopic> page; !stop.getAsBoolean() && !(page = topics.after(after, LOAD_PAGE)).isEmpty(); ) {
            loaded += matcher.addAll(page.stream().map(Subscriptions::topic).toList());
            after = page.get(page.size() - 1).id();
        }
        LOG.info("{} followed topics loaded in {} ms", loaded, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Loads the stored topics into the monitor, then follows the store, on a thread of its own: a
     * server with 100,000 topics answers its readers from the start, and the articles stored
     * meanwhile are alerted once the topics are in (the follower resumes from its cursor). A topic
     * dropped while loading may stay in the monitor: harmless, since every match is checked against
     * the stored topics.
     */
    public void start() {
        loader.start();
        digestThread.scheduleWithFixedDelay(this::runDigests, 0, DIGEST_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loadThenFollow() {
        try {
            loadInto(topics, matcher, () -> closing);
            if (!closing) follower.start();
        } catch (RuntimeException e) {
            LOG.error("cannot load the followed topics; no alert is sent until the next start", e);
        } finally {
            loaded.countDown();
        }
    }

    /** What chats subscribe to; the monitor hears of every topic followed or dropped through it. */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** Waits until the alerts have handled (and recorded) every article up to {@code seq}; false on timeout. */
    public boolean awaitAlerted(long seq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!loaded.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) return false;
        return follower.awaitCommitted(seq, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** Pushes queued since start. */
    public long pushed() {
        return alerter.pushed();
    }

    /** Queues the digests due now, and now and then forgets old stories; returns how many digests were queued. */
    int runDigests() {
        try {
            int queued = digests.runDue();
            Instant now = clock.instant();
            if (!now.isBefore(nextPrune)) {
                stories.prune(now);
                nextPrune = now.plus(Duration.ofHours(1));
            }
            return queued;
        } catch (RuntimeException e) {
            // The next run tries again; an exception here would stop the schedule for good.
            LOG.warn("cannot queue the due digests (retrying in {} s): {}", DIGEST_EVERY.toSeconds(), e.toString());
            return 0;
        }
    }

    int topicCount() {
        return matcher.size();
    }

    /** Stops the digests and the follower (which hands over what was stored and records its position), then the monitor. */
    @Override
    public void close() {
        closing = true;
        if (loader.getState() != Thread.State.NEW) {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        digestThread.shutdown();
        try {
            if (!digestThread.awaitTermination(30, TimeUnit.SECONDS)) digestThread.shutdownNow();
        } catch (InterruptedException e) {
            digestThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            follower.close();
        } finally {
            matcher.close();
        }
    }
}
