package com.nabaa.ingest;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import com.nabaa.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Takes articles from sources into the store, then the index. Each batch is one store transaction
 * (the system of record); indexing runs on worker threads behind it, and the index commit records
 * the store sequence number it covers. A crash anywhere leaves both consistent: the next run's
 * {@link IndexSync#catchUp} indexes what the store has and the index lacks.
 */
public final class Ingestor implements AutoCloseable {
    static final int BATCH = 500;
    /** Commit the index at least this often on long runs, so a crash redoes little work. */
    static final int COMMIT_EVERY_BATCHES = 100;

    private final Database db;
    private final ArticleStore store;
    private final NewsIndex index;
    private final ExecutorService workers;
    private final List<ArticleCandidate> batch = new ArrayList<>(BATCH);
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();
    private int batchesSinceCommit;

    public Ingestor(Database db, ArticleStore store, NewsIndex index, int threads) {
        this.db = db;
        this.store = store;
        this.index = index;
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Ingests every source into the report; a source that fails as a whole is one failure. */
    public IngestReport run(List<String> inputs, SourceOptions options, PrintStream progressOut) throws IOException {
        IngestReport report = new IngestReport();
        IndexSync.catchUp(store, index);
        Progress progress = new Progress(progressOut, options.showProgress());
        try (HttpFetcher fetcher = new HttpFetcher(options.fetchTimeout(), options.fetchTimeout(), options.maxBytes())) {
            readAll(new SourceResolver(options, fetcher).resolve(inputs, report), report, progress);
        }
        flush(report);
        commit();
        progress.finish();
        return report;
    }

    private void readAll(List<ArticleSource> sources, IngestReport report, Progress progress) {
        progress.total(sources.size() == 1 ? 0 : sources.size());
        int done = 0;
        for (ArticleSource source : sources) {
            int sourceNo = done;
            try {
                source.read(new Listener(report, progress, sources.size() == 1 ? -1 : sourceNo));
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                report.failed(source.location(), SourceResolver.describe(e));
            }
            done++;
            progress.update(sources.size() == 1 ? 0 : done, report.seen());
        }
    }

    private void flush(IngestReport report) throws IOException {
        if (batch.isEmpty()) return;
        List<Article> toIndex = new ArrayList<>(batch.size());
        db.inTransaction(() -> {
            long seq = store.maxSeq();
            for (ArticleCandidate c : batch) {
                try {
                    decide(c, ++seq, report).ifPresent(toIndex::add);
                } catch (StoreException e) {
                    // SQLite keeps the transaction usable after a failed statement: one article
                    // that cannot be stored must not cost the rest of its batch.
                    report.failed(c.location(), "not stored: " + e.getMessage());
                }
            }
        });
        batch.clear();
        for (Article a : toIndex) {
            pending.add(CompletableFuture.runAsync(() -> indexOne(a, report), workers));
        }
        if (++batchesSinceCommit >= COMMIT_EVERY_BATCHES) commit();
    }

    /** Stores the candidate if it is new or changed; returns what needs indexing. */
    private Optional<Article> decide(ArticleCandidate c, long seq, IngestReport report) {
        Article a = c.article();
        String body = Fingerprints.body(a);
        String content = Fingerprints.content(a, body);
        if (store.sameAsLastTime(a.id(), content)) {
            report.unchanged();
            return Optional.empty();
        }
        Optional<Article> toIndex = storeChange(a, content, body, seq, report);
        store.recordInputVersion(a.id(), toIndex.map(Article::id).orElse(a.id()), content);
        return toIndex;
    }

    private Optional<Article> storeChange(Article a, String content, String body, long seq, IngestReport report) {
        Optional<ArticleStore.StoredRef> existing = store.findRef(a.id(), a.canonicalUrl());
        if (existing.isPresent()) {
            if (existing.get().contentHash().equals(content)) {
                report.unchanged();
                return Optional.empty();
            }
            Article updated = a.withId(existing.get().id());
            store.upsert(updated, seq, content, body);
            report.updated();
            return Optional.of(updated);
        }
        Optional<String> copyOf = store.findIdByBodyHash(body);
        if (copyOf.isPresent()) {
            store.recordDuplicate(a.canonicalUrl(), copyOf.get());
            report.duplicate();
            return Optional.empty();
        }
        store.upsert(a, seq, content, body);
        report.added();
        return Optional.of(a);
    }

    private void indexOne(Article a, IngestReport report) {
        try {
            index.upsert(a);
        } catch (IOException | RuntimeException e) {
            report.failed(a.url().isEmpty() ? a.id() : a.url(), "indexing failed (stored; `nabaa reindex` retries): "
                    + e.getMessage());
        }
    }

    private void commit() throws IOException {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        pending.clear();
        index.commit(store.maxSeq());
        batchesSinceCommit = 0;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements ArticleSource.SourceListener {
        private final IngestReport report;
        private final Progress progress;
        private final int sourceNo;

        Listener(IngestReport report, Progress progress, int sourceNo) {
            this.report = report;
            this.progress = progress;
            this.sourceNo = sourceNo;
        }

        @Override
        public void article(ArticleCandidate candidate) {
            batch.add(candidate);
            if (batch.size() >= BATCH) {
                try {
                    flush(report);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void skipped(String location, String reason) {
            report.skipped(location, reason);
        }

        @Override
        public void failed(String location, String reason) {
            report.failed(location, reason);
        }

        @Override
        public void progress(long done, long total) {
            if (sourceNo < 0) {
                progress.total(total);
                progress.update(done, report.seen() + batch.size());
            } else {
                progress.update(sourceNo, report.seen() + batch.size());
            }
        }
    }
}
