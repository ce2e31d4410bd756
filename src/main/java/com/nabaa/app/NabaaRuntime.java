package com.nabaa.app;

import com.nabaa.admin.Authorization;
import com.nabaa.admin.Newsroom;
import com.nabaa.answer.Answers;
import com.nabaa.conversation.ChatAdmins;
import com.nabaa.ingest.UrlNormalizer;
import com.nabaa.store.SubscriptionStore;
import com.nabaa.store.TopicStore;
import com.nabaa.answer.AskService;
import com.nabaa.answer.NewsDesk;
import com.nabaa.config.BotSettings;
import com.nabaa.config.Settings;
import com.nabaa.conversation.Conversation;
import com.nabaa.conversation.Limits;
import com.nabaa.index.IndexBusyException;
import com.nabaa.index.NewsIndex;
import com.nabaa.ingest.FeedRegistry;
import com.nabaa.ingest.HttpFetcher;
import com.nabaa.ingest.IndexFeeder;
import com.nabaa.ingest.Compactor;
import com.nabaa.ingest.IndexSync;
import com.nabaa.ingest.IngestReport;
import com.nabaa.ingest.IngestService;
import com.nabaa.ingest.SourceOptions;
import com.nabaa.push.Alerts;
import com.nabaa.push.Outbox;
import com.nabaa.store.ArticleFollower;
import com.nabaa.push.Outbox;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.OutboxStore;
import com.nabaa.store.ChatStore;
import com.nabaa.store.CursorStore;
import com.nabaa.store.Database;
import com.nabaa.store.FeedStore;
import com.nabaa.store.OutboxStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Everything one Nabaa process runs on, opened once and closed once, in reverse order: the store
 * (one writer, pooled readers), the index (one {@code IndexWriter} shared by all threads and a
 * {@code SearcherManager}, or the last commit read-only), one HTTP client, one worker pool, the
 * ingest service, the follower that indexes whatever the store receives from this process or
 * another, and (a server) the feed poller. No global state: two runtimes on two homes live side by side (tests do that).
 */
final class NabaaRuntime implements AutoCloseable {
    /** How a process uses the index and the store. */
    enum Role {
        /** A long-running process: it must hold the index, and indexes what anyone stores. */
        SERVER,
        /** Stores articles; indexes them too when no other process holds the index. */
        INGEST,
        /** Reads the last commit of the index and the store; writes nothing (ask, status). */
        READER
    }

    /** How often the index follower looks for other processes' writes. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** While behind, the index commits (and becomes searchable) at least this often. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    /** A server merges its index into one segment at most this often ({@link Compactor}). */
    static final Duration COMPACT_EVERY = Duration.ofMinutes(10);
    /** Work in flight (an ingest batch, the last index commit) gets this long at shutdown. */
    static final Duration DRAIN = Duration.ofSeconds(60);

    private final Settings settings;
    private final Database db;
    private final ArticleStore articles;
    private final CursorStore cursors;
    private final NewsIndex index;
    private final Answers answers;
    private final Outbox outbox;
    private final Optional<Writing> writing;
    private final Deque<AutoCloseable> resources;
    private boolean closed;

    /** What only a process that writes has. */
    private record Writing(ExecutorService workers, ExecutorService http, HttpFetcher fetcher, IngestService ingest,
                           Optional<ArticleFollower> follower, Optional<FeedRegistry> feeds, Optional<Alerts> alerts,
                           Newsroom newsroom) {
    }

    private NabaaRuntime(Settings settings, Database db, ArticleStore articles, Outbox outbox, NewsIndex index,
                         SharedCores cores, Optional<Writing> writing, Deque<AutoCloseable> resources) {
        this.settings = settings;
        this.db = db;
        this.articles = articles;
        this.cursors = new CursorStore(db);
        this.index = index;
        this.answers = cores.gate(new AskService(index));
        this.outbox = outbox;
        this.writing = writing;
        this.resources = resources;
    }

    static NabaaRuntime open(Settings settings, Role role) throws IOException {
        return open(settings, role, false);
    }

    /**
     * Opens the runtime. A {@link Role#READER} that finds the index free and in need of work (first
     * use with {@code bootstrapSamples}, stored articles not indexed yet, another text analysis)
     * does that work first, holding the index briefly.
     */
    static NabaaRuntime open(Settings settings, Role role, boolean bootstrapSamples) throws IOException {
        if (role == Role.READER) {
            if (needsWork(settings, bootstrapSamples) && !NewsIndex.isHeld(settings.indexDir())) {
                try (NabaaRuntime owner = open(settings, Role.INGEST)) {
                    // Another process may have taken the index meanwhile: then it does the work.
                    if (owner.holdsIndex()) {
                        if (bootstrapSamples) owner.ensureSamples(System.err);
                        owner.awaitIndexed(owner.articles.maxSeq(), DRAIN);
                    }
                }
            }
            return openReader(settings);
        }
        return openWriter(settings, role);
    }

    private static NabaaRuntime openReader(Settings settings) throws IOException {
        if (!Files.exists(settings.databaseFile())) Database.open(settings.databaseFile()).close();
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Database db = push(resources, Database.openReadOnly(settings.databaseFile()));
            NewsIndex index = push(resources, NewsIndex.openReadOnly(settings.indexDir()));
            return new NabaaRuntime(settings, db, new ArticleStore(db), new Outbox(new OutboxStore(db)), index,
                    new SharedCores(cores()), Optional.empty(), resources);
        } catch (IOException | RuntimeException e) {
            closeAll(resources, e);
            throw e;
        }
    }

    private static NabaaRuntime openWriter(Settings settings, Role role) throws IOException {
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Database db = push(resources, Database.open(settings.databaseFile()));
            ArticleStore store = new ArticleStore(db);
            Outbox outbox = new Outbox(new OutboxStore(db));
            Optional<NewsIndex> held = holdIndex(settings, role);
            // A server's merge thread is ended after the index closes, which aborts a merge under way:
            // pushed before the index, it is shut down and awaited after it, so close() leaves it not running.
            Optional<ExecutorService> merging = held.isPresent() && role == Role.SERVER
                    ? Optional.of(push(resources, Executors.newSingleThreadExecutor(new NamedThreads("compact", true))))
                    : Optional.empty();
            NewsIndex index = push(resources, held.isPresent() ? held.get() : NewsIndex.openReadOnly(settings.indexDir()));
            SharedCores cores = new SharedCores(cores());
            ExecutorService workers = push(resources, Executors.newFixedThreadPool(cores(), new NamedThreads("worker", true)));
            ExecutorService http = push(resources, Executors.newCachedThreadPool(new NamedThreads("http", true)));
            HttpFetcher fetcher = push(resources, new HttpFetcher(settings.fetchTimeout(), settings.fetchTimeout(),
                    settings.maxPageBytes(), Optional.of(http)));
            Optional<ArticleFollower> follower = Optional.empty();
            if (held.isPresent()) {
                long rebuilt = IndexSync.rebuildIfAnalysisChanged(store, index, workers);
                if (rebuilt > 0) System.err.printf("nabaa: the text analysis changed; re-indexed %d articles%n", rebuilt);
                // A server merges the segments its feed polls leave; a batch ingest merges once at its end.
                Optional<Compactor> compactor = merging.map(thread -> push(resources, new Compactor(index, COMPACT_EVERY, thread)));
                ArticleFollower f = push(resources, new ArticleFollower(store,
                        new IndexFeeder(index, store, workers, Optional.of(cores.semaphore()), compactor), POLL,
                        COMMIT_EVERY, new NamedThreads("follow", false)));
                f.start();
                // An index left in several segments (an older release, a merge cut short) is merged now, not at the first news.
                compactor.ifPresent(Compactor::caughtUp);
                follower = Optional.of(f);
            }
            // Breaking news and topic alerts follow the store like the index does; only a server
            // runs them, so that one process decides what is pushed.
            Optional<Alerts> alerts = Optional.empty();
            if (role == Role.SERVER) {
                Alerts a = push(resources, Alerts.open(db, store, outbox, Clock.systemUTC(),
                        settings.timeZone(), new NamedThreads("follow", false)));
                a.start();
                alerts = Optional.of(a);
                // The configured channels get breaking news as a channel that posted /subscribe does.
                ChatStore chats = new ChatStore(db);
                for (long channel : settings.breakingChannels()) {
                    chats.seen(channel, "CHANNEL", Instant.now());
                    a.subscriptions().subscribeBreaking(channel);
                }
            }
            IngestService ingest = new IngestService(store, fetcher);
            resources.push(() -> {
                ingest.stop();
                ingest.awaitIdle(DRAIN);
            });
            Optional<FeedRegistry> feeds = Optional.empty();
            FeedStore feedStore = new FeedStore(db);
            boolean polling = role == Role.SERVER && settings.feeds().enabled();
            if (polling) feeds = Optional.of(new FeedRegistry(feedStore));
            Newsroom newsroom = newsroom(settings, db, store, outbox, feeds);
            if (polling) {
                push(resources, ServerFeeds.start(settings.feeds(), feedStore, fetcher, ingest, System.err,
                        (feed, reason) -> newsroom.feedDisabled(feed.displayName(), reason)));
            }
            return new NabaaRuntime(settings, db, store, outbox, index, cores,
                    Optional.of(new Writing(workers, http, fetcher, ingest, follower, feeds, alerts, newsroom)), resources);
        } catch (IOException | RuntimeException e) {
            closeAll(resources, e);
            throw e;
        }
    }

    /**
     * Rebuilds the index from the store (after the text analysis changed, or on request), holding
     * the index for the time it takes: no follower runs meanwhile, so no commit can record a
     * position the rebuilt index does not cover yet. Returns how many articles were indexed.
     */
    static long rebuildIndex(Settings settings) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(cores(), new NamedThreads("worker", true));
        try (Database db = Database.open(settings.databaseFile()); NewsIndex index = NewsIndex.open(settings.indexDir())) {
            return IndexSync.rebuild(new ArticleStore(db), index, workers);
        } finally {
            try {
                shutdown(workers);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The newsroom behind the admins' commands, connected to the feeds, subscriptions and outbox. */
    private static Newsroom newsroom(Settings settings, Database db, ArticleStore store, Outbox outbox,
                                     Optional<FeedRegistry> feeds) {
        TopicStore topics = new TopicStore(db);
        Newsroom.Builder b = Newsroom.builder(db, outbox).authorization(new Authorization(settings.admins()))
                .articles(store).canonicalUrls(UrlNormalizer::normalize).zone(settings.timeZone())
                .subscriptions(NewsroomPorts.counts(new SubscriptionStore(db), topics))
                .topicFollowers(NewsroomPorts.followers(topics, outbox, settings.timeZone()));
        feeds.ifPresent(f -> b.feeds(NewsroomPorts.feeds(f)));
        return b.build();
    }

    /** The index for writing: required by a server, taken when free by an ingest. */
    private static Optional<NewsIndex> holdIndex(Settings settings, Role role) throws IOException {
        try {
            return Optional.of(NewsIndex.open(settings.indexDir()));
        } catch (IndexBusyException e) {
            if (role == Role.SERVER) throw e;
            return Optional.empty();
        }
    }

    /** Whether a reader finds work that only the index's holder can do. */
    private static boolean needsWork(Settings settings, boolean bootstrapSamples) throws IOException {
        if (!Files.exists(settings.databaseFile()) || !Files.isDirectory(settings.indexDir())) return true;
        try (Database db = Database.openReadOnly(settings.databaseFile());
             NewsIndex index = NewsIndex.openReadOnly(settings.indexDir())) {
            ArticleStore store = new ArticleStore(db);
            long stored = store.count();
            if (bootstrapSamples && stored == 0 && Files.isDirectory(settings.samples())) return true;
            return index.committedSeq() < store.maxSeq() || !index.analysisCurrent();
        }
    }

    Settings settings() {
        return settings;
    }

    ArticleStore articles() {
        return articles;
    }

    CursorStore cursors() {
        return cursors;
    }

    NewsIndex index() {
        return index;
    }

    /**
     * The answering API: one call per question, thread-safe, one point-in-time view of the index
     * each, on a core shared with indexing ({@link SharedCores}).
     */
    Answers answers() {
        return answers;
    }

    /**
     * The conversation readers have with Nabaa, over Telegram or in the terminal: {@code answers} is
     * this runtime's answering API, possibly wrapped (the bot counts answers by kind). Needs a
     * process that writes (chats, pages and follow-up contexts are stored).
     */
    Conversation conversation(Answers answers, Optional<String> botUsername, ChatAdmins admins) {
        BotSettings bot = settings.bot();
        Conversation.Builder b = Conversation.builder(answers, new NewsDesk(index), db).zone(settings.timeZone())
                .limits(Limits.defaults().withContextLifetime(bot.context()).withQuestionsPerMinute(bot.questionsPerMinute()))
                .newsroom(writing().newsroom()).admins(admins);
        botUsername.ifPresent(b::botUsername);
        writing().alerts().ifPresent(a -> b.subscriptions(a.subscriptions()));
        return b.build();
    }

    /** The newsroom (admins' announcements, stats, feeds, breaking marks). */
    Newsroom newsroom() {
        return writing().newsroom();
    }

    /** The durable outbox of pushes (alerts, digests, announcements). */
    Outbox outbox() {
        writing();
        return outbox;
    }

    /** Breaking news and topic alerts, in a server. */
    Optional<Alerts> alerts() {
        return writing.flatMap(Writing::alerts);
    }

    /** The readers' chats as the store knows them. */
    ChatStore chats() {
        return new ChatStore(db);
    }

    /** Whether this process holds the index (and so indexes whatever the store receives). */
    boolean holdsIndex() {
        return index.writable();
    }

    IngestService ingest() {
        return writing().ingest();
    }

    /**
     * Merges the index into one segment when this process holds it ({@link NewsIndex#compact}):
     * after a batch ingest, so that questions search one segment. Returns whether it merged.
     */
    boolean compactIndex() throws IOException {
        return holdsIndex() && index.compact();
    }

    /** Segments the index is searched in now. */
    int indexSegments() throws IOException {
        return index.segmentCount();
    }

    /** The feeds this server polls (add, remove, list, enable), when it polls feeds. */
    Optional<FeedRegistry> feeds() {
        return writing.flatMap(Writing::feeds);
    }

    /** Ingests the inputs with the settings' limits. */
    IngestReport ingest(List<String> inputs, boolean fetchLinked, boolean progress, Optional<String> sourceName,
                        PrintStream progressOut) {
        SourceOptions options = new SourceOptions(fetchLinked, progress, settings.fetchTimeout(),
                settings.maxPageBytes(), sourceName);
        return ingest().ingest(inputs, options, progressOut);
    }

    /**
     * Waits until everything stored up to {@code seq} is searchable: indexed by this process when it
     * holds the index; else committed by the process that holds it, or, when that process has gone,
     * indexed here after all. False on timeout.
     */
    boolean awaitIndexed(long seq, Duration timeout) throws IOException {
        if (seq <= 0) return true;
        try {
            Optional<ArticleFollower> follower = writing.flatMap(Writing::follower);
            if (follower.isPresent()) return follower.get().awaitCommitted(seq, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (index.committedSeq() >= seq || catchUpIfIndexFree()) {
                    index.refresh();
                    return true;
                }
                Thread.sleep(200);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** When the index's holder has gone, indexes what it left behind; false while someone holds it. */
    private boolean catchUpIfIndexFree() throws IOException {
        if (writing.isEmpty() || NewsIndex.isHeld(settings.indexDir())) return false;
        try (NewsIndex owned = NewsIndex.open(settings.indexDir())) {
            IndexSync.catchUp(articles, owned, writing.get().workers());
            return true;
        } catch (IndexBusyException e) {
            return false;
        }
    }

    /** On first use the store is empty: take in the sample articles so questions get answers. */
    void ensureSamples(PrintStream log) throws IOException {
        if (articles.count() > 0 || !Files.isDirectory(settings.samples())) return;
        log.println("nabaa: first use, indexing the sample articles in " + settings.samples());
        IngestReport report = ingest(List.of(settings.samples().toString()), false, false, Optional.empty(), log);
        report.print(log);
        awaitIndexed(report.lastSeq(), DRAIN);
    }

    private Writing writing() {
        return writing.orElseThrow(() -> new IllegalStateException("this process only reads"));
    }

    /**
     * Closes everything in reverse order: ingests in flight finish their batch, the index takes in
     * what was stored and commits, the pools stop, then the index and the store close. Safe to call
     * twice and from a shutdown hook.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        closeAll(resources, null);
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> resources, T resource) {
        resources.push(resource instanceof ExecutorService pool ? () -> shutdown(pool) : resource);
        return resource;
    }

    private static void shutdown(ExecutorService pool) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) pool.shutdownNow();
    }

    /** Closes every resource, last opened first; the first failure is thrown with the others attached. */
    private static void closeAll(Deque<AutoCloseable> resources, Throwable pending) throws IOException {
        Throwable first = pending;
        for (AutoCloseable r; (r = resources.poll()) != null; ) {
            try {
                r.close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (pending == null && first != null) {
            if (first instanceof IOException io) throw io;
            if (first instanceof RuntimeException re) throw re;
            throw new IOException("closing failed: " + first.getMessage(), first);
        }
    }
}
