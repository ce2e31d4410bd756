package com.nabaa.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real store and index in a temporary directory, and JSON Lines written by the test. */
final class IngestFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Path dir;
    final Database db;
    final ArticleStore store;
    final NewsIndex index;

    IngestFixture(Path dir) throws IOException {
        this.dir = dir;
        this.db = Database.open(dir.resolve("nabaa.db"));
        this.store = new ArticleStore(db);
        this.index = NewsIndex.open(dir.resolve("index"));
    }

    IngestReport ingest(String... inputs) throws IOException {
        try (Ingestor ingestor = new Ingestor(db, store, index, 2)) {
            return ingestor.run(List.of(inputs), SourceOptions.defaults(),
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
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
        try (db; index) {
            // closes both
        }
    }
}
