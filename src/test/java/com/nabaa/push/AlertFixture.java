package com.nabaa.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.ingest.HttpFetcher;
import com.nabaa.ingest.IngestReport;
import com.nabaa.ingest.IngestService;
import com.nabaa.ingest.SourceOptions;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.ChatStore;
import com.nabaa.store.Database;
import com.nabaa.store.OutboxStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real store with the alerts following it, as a server runs them: articles come in through the
 * ingest service (JSON Lines the test writes), the alerts queue pushes in the real outbox, and the
 * test reads the outbox. The clock is the test's: it stands on a day before today (the store stamps
 * when it first saw an article with the wall clock, which must come after the articles' dates).
 */
final class AlertFixture implements AutoCloseable {
    static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    /** The test's day: two days ago in Cairo. */
    static final LocalDate DAY = LocalDate.now(CAIRO).minusDays(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Database db;
    final ArticleStore store;
    final Outbox outbox;
    final Clock clock;
    final Alerts alerts;
    final Subscriptions subscriptions;
    private final HttpFetcher fetcher;
    private final IngestService ingest;
    private final MutableClock mutable;
    private final AtomicInteger files = new AtomicInteger();

    AlertFixture(Path dir, LocalTime start) throws IOException {
        this.dir = dir;
        this.db = Database.open(dir.resolve("nabaa.db"));
        this.store = new ArticleStore(db);
        this.outbox = new Outbox(new OutboxStore(db));
        this.mutable = new MutableClock(at(start));
        this.clock = mutable;
        this.alerts = Alerts.open(db, store, outbox, clock, CAIRO, Thread.ofPlatform().factory());
        this.subscriptions = alerts.subscriptions();
        this.fetcher = new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, Optional.empty());
        this.ingest = new IngestService(store, fetcher);
        alerts.start();
    }

    /** {@code time} on the test's day, in Cairo. */
    static Instant at(LocalTime time) {
        return DAY.atTime(time).atZone(CAIRO).toInstant();
    }

    static Instant at(int hour, int minute) {
        return at(LocalTime.of(hour, minute));
    }

    void setClock(Instant now) {
        mutable.now = now;
    }

    Instant now() {
        return clock.instant();
    }

    /** A chat the conversation has seen (reachable). */
    void chat(long id, String kind) {
        new ChatStore(db).seen(id, kind, now());
    }

    /** Stores the articles through the ingest service and waits until the alerts have handled them. */
    IngestReport ingest(Map<?, ?>... articles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Map<?, ?> a : articles) lines.add(JSON.writeValueAsString(a));
        Path file = dir.resolve("in-" + files.incrementAndGet() + ".jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        IngestReport report = ingest.ingest(List.of(file.toString()), SourceOptions.defaults(),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            if (!alerts.awaitAlerted(report.lastSeq(), Duration.ofSeconds(30))) {
                throw new AssertionError("the alerts did not reach seq " + report.lastSeq() + " within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return report;
    }

    /** One article as a JSON Lines record; {@code published} as an instant. */
    static Map<String, Object> article(String id, String source, String category, Instant published, boolean breaking,
                                       String title, String... paragraphs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("url", "https://news.nabaa.example/" + id);
        a.put("title", title);
        a.put("body", String.join("\n", paragraphs));
        a.put("date", published.atOffset(ZoneOffset.ofHours(2)).toString());
        a.put("source", source);
        a.put("category", category);
        if (breaking) a.put("breaking", true);
        return a;
    }

    /** A push as the outbox holds it. */
    record Queued(long chatId, String key, PushMessage message, boolean silent, Instant notBefore) {
    }

    /** Every push queued, in order. */
    List<Queued> queued() {
        List<Queued> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("nabaa.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT id, chat_id, key, payload, priority, silent, not_before FROM outbox ORDER BY id")) {
            while (rs.next()) {
                Push p = outbox.read(new OutboxStore.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6) == 1, Instant.ofEpochMilli(rs.getLong(7))));
                out.add(new Queued(p.chatId(), p.key(), p.message(), p.silent(), p.notBefore()));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    List<Queued> queuedFor(long chatId) {
        return queued().stream().filter(q -> q.chatId() == chatId).toList();
    }

    @Override
    public void close() {
        alerts.close();
        fetcher.close();
        db.close();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
