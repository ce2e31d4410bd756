package com.nabaa.ingest;

import static com.nabaa.ingest.FeedServer.item;
import static com.nabaa.ingest.FeedServer.rss;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.store.FeedStatus;
import com.nabaa.store.FeedStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller running on its own threads, on the real clock, with intervals of a few hundred milliseconds. */
class FeedPollerSchedulingTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;
    IngestFixture f;
    FeedServer server;
    FeedStore feeds;
    FeedRegistry registry;
    FeedPoller poller;

    @BeforeEach
    void open() throws Exception {
        f = new IngestFixture(dir);
        server = new FeedServer();
        feeds = new FeedStore(f.db);
        registry = new FeedRegistry(feeds);
        poller = new FeedPoller(feeds, f.fetcher, f.service,
                new FeedPolicy(3, 3, Duration.ofHours(1), Duration.ofMillis(200)), (feed, reason) -> { });
    }

    @AfterEach
    void close() throws Exception {
        poller.close();
        server.close();
        f.close();
    }

    private String feed(String name) {
        return rss(name, item(server.uri("/" + name + "/1").toString(), "خبر " + name, "نص الخبر الأول من " + name));
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void eachFeedIsPolledAtItsOwnInterval() throws Exception {
        server.feed("/fast.xml", feed("fast"));
        server.feed("/slow.xml", feed("slow"));
        Duration fast = Duration.ofMillis(200);
        registry.add(server.uri("/fast.xml"), fast, Optional.empty());
        registry.add(server.uri("/slow.xml"), HOUR, Optional.empty());

        poller.start();
        await("four polls of the fast feed", Duration.ofSeconds(10), () -> server.requests("/fast.xml").size() >= 4);

        List<FeedServer.Request> polls = server.requests("/fast.xml");
        for (int i = 1; i < polls.size(); i++) {
            // measured where the requests arrive, so a connection's latency moves each end a little: the
            // first poll's request, on a cold connection, once arrived 52 ms late on a loaded machine
            assertThat(Duration.ofNanos(polls.get(i).nanos() - polls.get(i - 1).nanos()))
                    .as("between polls %d and %d", i, i + 1).isBetween(fast.dividedBy(2), Duration.ofSeconds(1));
        }
        assertThat(server.requests("/slow.xml")).hasSize(1);
    }

    @Test
    void aFeedIsNeverPolledTwiceAtOnceWhileOthersGoOn() throws Exception {
        server.slow("/slow.xml", Duration.ofMillis(400), feed("slow"));
        server.feed("/busy.xml", feed("busy"));
        registry.add(server.uri("/slow.xml"), Duration.ofMillis(20), Optional.empty());
        registry.add(server.uri("/busy.xml"), Duration.ofMillis(20), Optional.empty());

        poller.start();
        await("three polls of the slow feed", Duration.ofSeconds(10), () -> server.requests("/slow.xml").size() >= 3);

        assertThat(server.mostAtOnce("/slow.xml")).isEqualTo(1);
        assertThat(server.requests("/busy.xml").size()).as("the other feed is not held up")
                .isGreaterThan(server.requests("/slow.xml").size() * 3);
    }

    @Test
    void aFeedAddedWhileRunningIsPolledAtOnce() throws Exception {
        server.feed("/new.xml", feed("new"));
        poller.start();

        FeedStatus added = registry.add(server.uri("/new.xml"), HOUR, Optional.empty());

        await("the new feed polled, well before the scheduler's own recheck", FeedPoller.RECHECK.dividedBy(2),
                () -> feeds.find(added.id()).orElseThrow().lastSuccess().isPresent());
        assertThat(f.store.count()).isEqualTo(1);
    }

    @Test
    void closingInterruptsAPollInFlightRecordsNothingForItAndLeavesNoThread() throws Exception {
        server.slow("/stuck.xml", Duration.ofSeconds(30), feed("stuck"));
        FeedStatus stuck = registry.add(server.uri("/stuck.xml"), HOUR, Optional.empty());
        poller.start();
        await("the poll under way", Duration.ofSeconds(5), () -> !server.requests("/stuck.xml").isEmpty());
        assertThat(feedThreads()).contains("nabaa-feeds-scheduler", "nabaa-feeds-poll-1");

        long start = System.nanoTime();
        poller.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(feedThreads()).as("threads left after close").isEmpty();
        FeedStatus after = feeds.find(stuck.id()).orElseThrow();
        assertThat(after.lastFailure()).as("shutdown is not the feed's fault").isEmpty();
        assertThat(after.lastPoll()).isEmpty();
        assertThat(after.enabled()).isTrue();
    }

    private static List<String> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("nabaa-feeds-")).toList();
    }
}
