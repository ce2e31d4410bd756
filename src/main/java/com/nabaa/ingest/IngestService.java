package com.nabaa.ingest;

import com.nabaa.news.Article;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.ArticleWriter;
import com.nabaa.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Takes articles from sources into the store, the system of record, in batches of one transaction
 * each. It indexes nothing itself: whatever it stores gets a sequence number, and the index (and
 * next the alerts) follow those numbers ({@code store.ArticleFollower}) in this process or in the
 * one that holds the index. So it can be called again and again (the feed poller will), from
 * several threads at once, and it works the same whether or not this process holds the index.
 */
public final class IngestService {
    static final int BATCH = 500;

    private final ArticleStore store;
    private final HttpFetcher fetcher;
    private volatile boolean stopping;
    private final Object idle = new Object();
    private int running;

    public IngestService(ArticleStore store, HttpFetcher fetcher) {
        this.store = store;
        this.fetcher = fetcher;
    }

    /** Ingests every input (files, directories, URLs); a source that fails as a whole is one failure. */
    public IngestReport ingest(List<String> inputs, SourceOptions options, PrintStream progressOut) {
        return ingest(inputs, options, UnaryOperator.identity(), progressOut);
    }

    /**
     * Ingests every input, each article passed through {@code edit} before it is stored (the
     * runtime benchmark stores a corpus again as revised articles this way).
     */
    public IngestReport ingest(List<String> inputs, SourceOptions options, UnaryOperator<Article> edit,
                               PrintStream progressOut) {
        IngestReport report = new IngestReport();
        return run(new SourceResolver(options, fetcher).resolve(inputs, report), report,
                new Progress(progressOut, options.showProgress()), edit);
    }

    /**
     * Ingests the items of a feed that was already fetched and read (the feed poller's way in: one
     * fetch and one parse per poll), with the operator's hints for it. Linked pages are not
     * fetched: a poll must stay cheap when its items are unchanged.
     */
    IngestReport ingest(Feed feed, String location, FeedHints hints) {
        ArticleSource source = new ArticleSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public void read(SourceListener listener) {
                new FeedArticles(feed, location, SourceOptions.defaults(), fetcher, hints).emit(listener);
            }
        };
        IngestReport report = new IngestReport();
        return run(List.of(source), report, new Progress(new PrintStream(OutputStream.nullOutputStream()), false),
                UnaryOperator.identity());
    }

    /** Asks every ingest in flight to stop after the batch it is storing (shutdown); later calls store nothing. */
    public void stop() {
        stopping = true;
    }

    /** Waits until no ingest is in flight; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                idle.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private IngestReport run(List<ArticleSource> sources, IngestReport report, Progress progress,
                             UnaryOperator<Article> edit) {
        synchronized (idle) {
            running++;
        }
        try {
            Run run = new Run(report, progress, edit);
            run.readAll(sources);
            run.flush();
            progress.finish();
            if (stopping) report.stopped();
            return report;
        } finally {
            synchronized (idle) {
                running--;
                idle.notifyAll();
            }
        }
    }

    /** One call's batch, report and progress. */
    private final class Run {
        private final IngestReport report;
        private final Progress progress;
        private final UnaryOperator<Article> edit;
        private final List<ArticleCandidate> batch = new ArrayList<>(BATCH);

        Run(IngestReport report, Progress progress, UnaryOperator<Article> edit) {
            this.report = report;
            this.progress = progress;
            this.edit = edit;
        }

        void readAll(List<ArticleSource> sources) {
            progress.total(sources.size() == 1 ? 0 : sources.size());
            int done = 0;
            for (ArticleSource source : sources) {
                if (stopping) return;
                try {
                    source.read(new Listener(this, sources.size() == 1 ? -1 : done));
                } catch (Stopped e) {
                    return;
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    report.failed(source.location(), SourceResolver.describe(e));
                }
                done++;
                progress.update(sources.size() == 1 ? 0 : done, report.seen());
            }
        }

        void add(ArticleCandidate candidate) {
            batch.add(new ArticleCandidate(edit.apply(candidate.article()), candidate.location()));
            if (batch.size() >= BATCH) {
                flush();
                if (stopping) throw new Stopped();
            }
        }

        void flush() {
            if (batch.isEmpty()) return;
            store.write(writer -> {
                for (ArticleCandidate c : batch) {
                    try {
                        decide(writer, c);
                    } catch (StoreException e) {
                        // SQLite keeps the transaction usable after a failed statement: one article
                        // that cannot be stored must not cost the rest of its batch.
                        report.failed(c.location(), "not stored: " + e.getMessage());
                    }
                }
                return null;
            });
            batch.clear();
        }

        /** Stores the candidate if it is new or changed. */
        private void decide(ArticleWriter writer, ArticleCandidate c) {
            Article a = c.article();
            String body = Fingerprints.body(a);
            String content = Fingerprints.content(a, body);
            if (writer.sameAsLastTime(a.id(), content)) {
                report.unchanged();
                return;
            }
            Optional<Article> stored = storeChange(writer, a, content, body);
            writer.recordInputVersion(a.id(), stored.map(Article::id).orElse(a.id()), content);
        }

        private Optional<Article> storeChange(ArticleWriter writer, Article a, String content, String body) {
            Optional<ArticleStore.StoredRef> existing = writer.findRef(a.id(), a.canonicalUrl());
            if (existing.isPresent()) {
                if (existing.get().contentHash().equals(content)) {
                    report.unchanged();
                    return Optional.empty();
                }
                Article updated = a.withId(existing.get().id());
                long seq = writer.nextSeq();
                writer.upsert(updated, seq, content, body);
                report.updated(seq);
                return Optional.of(updated);
            }
            Optional<String> copyOf = writer.findIdByBodyHash(body);
            if (copyOf.isPresent()) {
                writer.recordDuplicate(a.canonicalUrl(), copyOf.get());
                report.duplicate();
                return Optional.empty();
            }
            long seq = writer.nextSeq();
            writer.upsert(a, seq, content, body);
            report.added(seq);
            return Optional.of(a);
        }
    }

    /** Unwinds a source's reading when the service stops. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("ingest stopped", null, false, false);
        }
    }

    private static final class Listener implements ArticleSource.SourceListener {
        private final Run run;
        private final int sourceNo;

        Listener(Run run, int sourceNo) {
            this.run = run;
            this.sourceNo = sourceNo;
        }

        @Override
        public void article(ArticleCandidate candidate) {
            run.add(candidate);
        }

        @Override
        public void skipped(String location, String reason) {
            run.report.skipped(location, reason);
        }

        @Override
        public void failed(String location, String reason) {
            run.report.failed(location, reason);
        }

        @Override
        public void progress(long done, long total) {
            if (sourceNo < 0) {
                run.progress.total(total);
                run.progress.update(done, run.report.seen() + run.batch.size());
            } else {
                run.progress.update(sourceNo, run.report.seen() + run.batch.size());
            }
        }
    }
}
