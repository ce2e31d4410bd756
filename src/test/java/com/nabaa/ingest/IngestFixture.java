package com.nabaa.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.index.NewsIndex;
import com.nabaa.store.ArticleFollower;
import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real store and index in a temporary directory, composed the way a process that holds the
 * index composes them: the ingest service stores, a follower indexes. {@link #ingest} returns once
 * what it stored is indexed and committed. JSON Lines are written by the test.
 */
final class IngestFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Path dir;
    final Database db;
    final ArticleStore store;
    final NewsIndex index;
    final IngestService service;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    final HttpFetcher fetcher;
    private final ArticleFollower follower;

    IngestFixture(Path dir) throws IOException {
        this.dir = dir;
        this.db = Database.open(dir.resolve("nabaa.db"));
        this.store = new ArticleStore(db);
        this.index = NewsIndex.open(dir.resolve("index"));
        this.fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 20L * 1024 * 1024,
                Optional.of(workers));
        this.service = new IngestService(store, fetcher);
        this.follower = new ArticleFollower(store, new IndexFeeder(index, store, workers), Duration.ofMillis(100),
                Duration.ofSeconds(5), Thread.ofPlatform().factory());
        follower.start();
    }

    IngestReport ingest(String... inputs) throws IOException {
        return ingest(SourceOptions.defaults(), inputs);
    }

    IngestReport ingest(SourceOptions options, String... inputs) throws IOException {
        IngestReport report = service.ingest(List.of(inputs), options,
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        awaitIndexed(report.lastSeq());
        return report;
    }

    void awaitIndexed(long seq) {
        try {
            if (!follower.awaitCommitted(seq, Duration.ofSeconds(30))) {
                throw new AssertionError("seq " + seq + " was not indexed within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The best passages for {@code text} in the index as committed now. */
    List<PassageHit> search(String text, int n) {
        try (PassageSearcher searcher = index.acquire()) {
            return searcher.search(text, n);
        }
    }

    static String line(String id, String url, String title, String body) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "url", url, "title", title, "body", body,
                "date", "2026-11-20T10:00:00+02:00", "source", "Nabaa Samples", "category", "economy"));
    }

    Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public void close() throws IOException {
        follower.close();
        fetcher.close();
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (db; index) {
            // closes both, the index first
        }
    }
}
