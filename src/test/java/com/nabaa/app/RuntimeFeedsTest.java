package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.config.FeedSettings;
import com.nabaa.config.Settings;
import com.nabaa.ingest.FeedRegistry;
import com.nabaa.store.FeedStatus;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nabaa serve`'s runtime polls the configured feeds, and a restart takes the list in again without losing its state. */
class RuntimeFeedsTest {
    @TempDir
    Path dir;
    HttpServer server;
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void serveFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().replaceAll("\\W", "");
            requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            byte[] body = ("<rss version=\"2.0\"><channel><title>" + name + "</title><item><title>خبر من " + name
                    + "</title><link>" + url("/" + name + "/1") + "</link><description>نص خبر تجريبي من مصدر " + name
                    + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Settings settings(Path list, boolean starter) throws IOException {
        Path starterList = Files.writeString(dir.resolve("starter.txt"), url("/starter.xml") + " | 60\n");
        return TestSettings.withHome(dir.resolve("home"))
                .withFeeds(new FeedSettings(true, list, starter, starterList, Duration.ofMinutes(15), 5, 2));
    }

    @Test
    void theServerPollsItsFeedListAndARestartKeepsEachFeedsStateAndDoesNotPollEarly() throws Exception {
        Path list = Files.writeString(dir.resolve("feeds.txt"),
                "# test feeds\n" + url("/a.xml") + " | 60 | name=أ\n" + url("/b.xml") + "\n");
        List<FeedStatus> polled;
        try (NabaaRuntime runtime = NabaaRuntime.open(settings(list, false), NabaaRuntime.Role.SERVER)) {
            FeedRegistry feeds = runtime.feeds().orElseThrow();
            awaitPolled(feeds, 2);
            assertThat(runtime.awaitIndexed(runtime.articles().maxSeq(), Duration.ofSeconds(10))).isTrue();
            assertThat(runtime.index().articleCount()).isEqualTo(2);
            polled = feeds.list();
        }
        assertThat(feedThreads()).as("feed threads left after close").isEmpty();
        assertThat(polled).extracting(FeedStatus::displayName).containsExactly("أ", url("/b.xml"));

        try (NabaaRuntime runtime = NabaaRuntime.open(settings(list, false), NabaaRuntime.Role.SERVER)) {
            Thread.sleep(300);
            assertThat(runtime.feeds().orElseThrow().list()).as("ids, health, schedule").isEqualTo(polled);
        }
        assertThat(requests).as("no feed polled again before it is due")
                .containsOnlyKeys("axml", "bxml").allSatisfy((k, n) -> assertThat(n).hasValue(1));

        Files.writeString(list, url("/a.xml") + " | 60 | name=أ\n");
        try (NabaaRuntime runtime = NabaaRuntime.open(settings(list, false), NabaaRuntime.Role.SERVER)) {
            assertThat(runtime.feeds().orElseThrow().list()).extracting(FeedStatus::id).containsExactly(polled.get(0).id());
        }
    }

    @Test
    void theStarterListIsPolledOnlyOnceTurnedOn() throws Exception {
        Path none = dir.resolve("absent-feeds.txt");
        try (NabaaRuntime runtime = NabaaRuntime.open(settings(none, false), NabaaRuntime.Role.SERVER)) {
            assertThat(runtime.feeds().orElseThrow().list()).isEmpty();
        }
        try (NabaaRuntime runtime = NabaaRuntime.open(settings(none, true), NabaaRuntime.Role.SERVER)) {
            awaitPolled(runtime.feeds().orElseThrow(), 1);
        }
        assertThat(requests).containsOnlyKeys("starterxml");
    }

    private static void awaitPolled(FeedRegistry feeds, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feeds.list().stream().filter(f -> f.lastSuccess().isPresent()).count() < count) {
            assertThat(System.nanoTime()).as("%d feeds polled: %s", count, feeds.list()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("nabaa-feeds-")).toList();
    }
}
