package com.nabaa.ingest;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.ArticleConsumer;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.StoredArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index as a consumer of the article store: each page of stored writes is indexed on the
 * worker pool (the {@code IndexWriter} is thread-safe), and a commit records the sequence number it
 * covers in the index itself, so position and content are durable together. An article that cannot
 * be indexed is logged and counted, and the rest go on; {@code nabaa reindex} retries it.
 */
public final class IndexFeeder implements ArticleConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);

    private final NewsIndex index;
    private final FootTeasers footTeasers;
    private final Executor workers;
    private final Optional<Semaphore> sharedCores;
    private final Optional<Compactor> compactor;
    private final AtomicLong failures = new AtomicLong();

    /** {@code store}: the store the index follows, which tells another story's teaser at a page's foot ({@link FootTeasers}). */
    public IndexFeeder(NewsIndex index, ArticleStore store, Executor workers) {
        this(index, store, workers, Optional.empty(), Optional.empty());
    }

    /**
     * {@code sharedCores}: permits shared with the questions this process answers; each page is
     * indexed holding one, so that questions never take every core from indexing. {@code compactor}:
     * merges the index's segments whenever it has caught up.
     */
    public IndexFeeder(NewsIndex index, ArticleStore store, Executor workers, Optional<Semaphore> sharedCores,
                       Optional<Compactor> compactor) {
        this.index = index;
        this.footTeasers = new FootTeasers(store);
        this.workers = workers;
        this.sharedCores = sharedCores;
        this.compactor = compactor;
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public long position() throws IOException {
        return index.committedSeq();
    }

    @Override
    public void accept(List<StoredArticle> page) {
        sharedCores.ifPresent(Semaphore::acquireUninterruptibly);
        try {
            footTeasers.keysUpToDate();
            indexAll(page);
        } finally {
            sharedCores.ifPresent(Semaphore::release);
        }
    }

    private void indexAll(List<StoredArticle> page) {
        List<CompletableFuture<Void>> pending = new ArrayList<>(page.size());
        for (StoredArticle stored : page) {
            pending.add(CompletableFuture.runAsync(() -> indexOne(stored), workers));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private void indexOne(StoredArticle stored) {
        try {
            index.upsert(footTeasers.cut(stored.article()), stored.firstSeen());
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            LOG.error("article {} (seq {}) could not be indexed; it stays stored, `nabaa reindex` retries it: {}",
                    stored.article().id(), stored.seq(), e.toString());
        }
    }

    @Override
    public void commit(long seq) throws IOException {
        index.commit(seq);
    }

    @Override
    public void caughtUp() {
        compactor.ifPresent(Compactor::caughtUp);
    }

    /** Articles that could not be indexed since this feeder started. */
    public long failures() {
        return failures.get();
    }
}
