package com.nabaa.app;

import com.nabaa.config.Settings;
import com.nabaa.index.NewsIndex;
import com.nabaa.ingest.IndexSync;
import com.nabaa.ingest.IngestReport;
import com.nabaa.ingest.Ingestor;
import com.nabaa.ingest.SourceOptions;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** The open runtime state: database, article store and index. Owns and closes them. */
final class Workspace implements AutoCloseable {
    private final Settings settings;
    private final Database db;
    private final ArticleStore store;
    private final NewsIndex index;

    private Workspace(Settings settings, Database db, ArticleStore store, NewsIndex index) {
        this.settings = settings;
        this.db = db;
        this.store = store;
        this.index = index;
    }

    static Workspace open(Settings settings) throws IOException {
        Database db = Database.open(settings.databaseFile());
        NewsIndex index = null;
        try {
            ArticleStore store = new ArticleStore(db);
            index = NewsIndex.open(settings.indexDir());
            long rebuilt = IndexSync.rebuildIfAnalysisChanged(store, index);
            if (rebuilt > 0) System.err.printf("nabaa: the text analysis changed; re-indexed %d articles%n", rebuilt);
            return new Workspace(settings, db, store, index);
        } catch (Throwable e) {
            // Whatever failed (an I/O error, a word list missing from the jar), nothing stays open.
            closeQuietly(index, e);
            closeQuietly(db, e);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable resource, Throwable failure) {
        if (resource == null) return;
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    Settings settings() { return settings; }
    Database db() { return db; }
    ArticleStore store() { return store; }
    NewsIndex index() { return index; }

    SourceOptions sourceOptions(boolean fetchLinked, boolean progress, Optional<String> sourceName) {
        return new SourceOptions(fetchLinked, progress, settings.fetchTimeout(), settings.maxPageBytes(), sourceName);
    }

    IngestReport ingest(List<String> inputs, SourceOptions options, PrintStream progressOut) throws IOException {
        try (Ingestor ingestor = new Ingestor(db, store, index, Runtime.getRuntime().availableProcessors())) {
            return ingestor.run(inputs, options, progressOut);
        }
    }

    /** On first use the index is empty: fill it with the sample articles so questions get answers. */
    void ensureSamples(PrintStream log) throws IOException {
        if (store.count() > 0 || !Files.isDirectory(settings.samples())) return;
        log.println("nabaa: first use, indexing the sample articles in " + settings.samples());
        IngestReport report = ingest(List.of(settings.samples().toString()),
                sourceOptions(false, false, Optional.empty()), log);
        report.print(log);
    }

    @Override
    public void close() throws IOException {
        try (db; index) {
            // both closed, index first
        }
    }
}
