package com.nabaa.ingest;

import static com.nabaa.ingest.FeedServer.item;
import static com.nabaa.ingest.FeedServer.rss;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.PassageHit;
import com.nabaa.store.FeedSpec;
import com.nabaa.store.FeedStatus;
import com.nabaa.store.FeedStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One poll at a time, on a clock the test moves: feeds over real HTTP on loopback into a real store
 * and index, conditional requests, backoff, disabling, and bad feeds that fail with their reason.
 */
class FeedPollerTest {
    private static final Instant T = Instant.parse("2026-11-25T13:00:00Z");
    private static final Duration TEN = Duration.ofMinutes(10);

    @TempDir
    Path dir;
    IngestFixture f;
    FeedServer server;
    FeedStore feeds;
    MutableClock clock = new MutableClock(T);
    FeedRegistry registry;
    List<String> disabled = new CopyOnWriteArrayList<>();
    FeedPoller poller;

    @BeforeEach
    void open() throws Exception {
        f = new IngestFixture(dir);
        server = new FeedServer();
        feeds = new FeedStore(f.db);
        registry = new FeedRegistry(feeds, clock);
        poller = poller(f.fetcher);
    }

    private FeedPoller poller(HttpFetcher fetcher) {
        return new FeedPoller(feeds, fetcher, f.service, FeedPolicy.defaults().withMaxFailures(3),
                (feed, reason) -> disabled.add(feed.displayName() + ": " + reason), clock, () -> 0.5);
    }

    @AfterEach
    void close() throws Exception {
        poller.close();
        server.close();
        f.close();
    }

    private FeedStatus status(FeedStatus feed) {
        return feeds.find(feed.id()).orElseThrow();
    }

    private String link(String path) {
        return server.uri(path).toString();
    }

    private String twoItems() {
        return rss("نبأ التجريبية",
                item(link("/n/1"), "البنك المركزي يثبت أسعار الفائدة", "قررت لجنة السياسة النقدية تثبيت أسعار الفائدة للمرة الثالثة"),
                item(link("/n/2"), "افتتاح محطة مترو جديدة", "افتتح وزير النقل محطة مترو جديدة في حي المعادي صباح اليوم"));
    }

    @Test
    void theFirstPollTakesTheItemsIntoTheStoreAndTheIndex() {
        server.feed("/ar.xml", twoItems());
        FeedStatus feed = registry.add(server.uri("/ar.xml"), TEN, Optional.of("نبأ"));

        poller.pollDue();
        f.awaitIndexed(f.store.maxSeq());

        assertThat(f.store.count()).isEqualTo(2);
        assertThat(f.search("محطة مترو المعادي", 5)).first().satisfies(h -> {
            assertThat(h.url()).isEqualTo(link("/n/2"));
            assertThat(h.source()).isEqualTo("نبأ");
        });
        FeedStatus after = status(feed);
        assertThat(after.lastSuccess()).contains(T);
        assertThat(after.articlesTaken()).isEqualTo(2);
        assertThat(after.nextPoll()).isEqualTo(T.plus(TEN));
        assertThat(after.etag()).isPresent();
    }

    @Test
    void theSecondPollAsksOnlyIfChangedAndA304IsASuccessThatStoresNothing() {
        server.feed("/ar.xml", twoItems());
        FeedStatus feed = registry.add(server.uri("/ar.xml"), TEN, Optional.empty());
        poller.pollDue();
        long seq = f.store.maxSeq();

        clock.advance(TEN);
        poller.pollDue();

        List<FeedServer.Request> requests = server.requests("/ar.xml");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).ifNoneMatch()).isEmpty();
        assertThat(requests.get(1).ifNoneMatch()).isEqualTo(status(feed).etag());
        assertThat(requests.get(1).ifModifiedSince()).isEqualTo(status(feed).lastModified()).isPresent();
        assertThat(f.store.maxSeq()).as("nothing stored again").isEqualTo(seq);
        FeedStatus after = status(feed);
        assertThat(after.lastSuccess()).contains(T.plus(TEN));
        assertThat(after.articlesTaken()).isEqualTo(2);
        assertThat(after.nextPoll()).isEqualTo(T.plus(TEN).plus(TEN));
    }

    @Test
    void aChangedFeedBringsInItsNewItemOnly() {
        server.feed("/ar.xml", twoItems());
        FeedStatus feed = registry.add(server.uri("/ar.xml"), TEN, Optional.empty());
        poller.pollDue();
        long seq = f.store.maxSeq();
        server.feed("/ar.xml", twoItems().replace("<item>", item(link("/n/3"), "ارتفاع الذهب في السوق المحلية",
                "ارتفعت أسعار الذهب في السوق المحلية بنحو عشرين جنيها للجرام") + "<item>"));

        clock.advance(TEN);
        poller.pollDue();

        assertThat(f.store.maxSeq()).isEqualTo(seq + 1);
        assertThat(f.store.count()).isEqualTo(3);
        assertThat(status(feed).articlesTaken()).isEqualTo(3);
    }

    @Test
    void aFailingFeedIsRetriedLaterEachTime() {
        server.reply("/down.xml", 503, "text/plain", "busy");
        FeedStatus feed = registry.add(server.uri("/down.xml"), TEN, Optional.empty());

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            poller.pollDue();
            Instant next = status(feed).nextPoll();
            waits.add(Duration.between(clock.instant(), next));
            clock.set(next);
        }

        assertThat(waits.get(0)).isGreaterThanOrEqualTo(TEN.multipliedBy(2));
        assertThat(waits.get(1)).isGreaterThan(waits.get(0).multipliedBy(3).dividedBy(2));
        assertThat(status(feed).consecutiveFailures()).isEqualTo(2);
        assertThat(status(feed).lastFailure().orElseThrow().message()).contains("HTTP status 503").contains("/down.xml");
        assertThat(status(feed).enabled()).isTrue();
    }

    @Test
    void failingTooOftenInARowDisablesTheFeedAndTellsTheListenerOnce() {
        server.reply("/gone.xml", 404, "text/html", "<html>not here</html>");
        FeedStatus feed = registry.add(server.uri("/gone.xml"), TEN, Optional.of("غائب"));

        for (int i = 0; i < 5; i++) {
            poller.pollDue();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(server.requests("/gone.xml")).as("not polled once disabled").hasSize(3);
        assertThat(disabled).singleElement().asString()
                .startsWith("غائب: 3 failures in a row").contains("HTTP status 404");
        FeedStatus after = status(feed);
        assertThat(after.enabled()).isFalse();
        assertThat(after.disabledReason()).hasValueSatisfying(r -> assertThat(r).contains("404"));
    }

    @Test
    void aFeedHandedOverFromAScheduleReadBeforeItsLastPollWasRecordedIsNotFetchedAgain() {
        server.feed("/ar.xml", twoItems());
        FeedStatus feed = registry.add(server.uri("/ar.xml"), TEN, Optional.empty());
        poller.pollDue();
        clock.advance(Duration.ofMinutes(1));

        poller.pollHandedOver(feed.id());

        assertThat(server.requests("/ar.xml")).hasSize(1);
        assertThat(status(feed).nextPoll()).isEqualTo(T.plus(TEN));
        clock.advance(TEN);
        poller.pollHandedOver(feed.id());
        assertThat(server.requests("/ar.xml")).as("polled once due").hasSize(2);
    }

    @Test
    void aReEnabledFeedIsPolledAgainAtOnce() {
        server.reply("/back.xml", 500, "text/plain", "oops");
        FeedStatus feed = registry.add(server.uri("/back.xml"), TEN, Optional.empty());
        for (int i = 0; i < 3; i++) {
            poller.pollDue();
            clock.advance(Duration.ofDays(1));
        }
        assertThat(status(feed).enabled()).isFalse();
        server.feed("/back.xml", twoItems());

        registry.enable(feed.id());
        poller.pollDue();

        FeedStatus after = status(feed);
        assertThat(after.enabled()).isTrue();
        assertThat(after.consecutiveFailures()).isZero();
        assertThat(after.lastSuccess()).contains(clock.instant());
        assertThat(f.store.count()).isEqualTo(2);
    }

    @Test
    void relativeItemLinksAreResolvedAgainstTheFeedsAddress() {
        server.feed("/sections/world.xml", rss("العالم",
                item("/world/2026/summit", "قمة المناخ تختتم أعمالها", "اختتمت قمة المناخ أعمالها باتفاق على خفض الانبعاثات"),
                item("talks", "استئناف المفاوضات التجارية", "استؤنفت المفاوضات التجارية بين البلدين بعد توقف دام شهرين")));
        registry.add(server.uri("/sections/world.xml"), TEN, Optional.empty());

        poller.pollDue();
        f.awaitIndexed(f.store.maxSeq());

        assertThat(f.search("قمة المناخ الانبعاثات", 1)).extracting(PassageHit::url).containsExactly(link("/world/2026/summit"));
        assertThat(f.search("المفاوضات التجارية", 1)).extracting(PassageHit::url).containsExactly(link("/sections/talks"));
    }

    @Test
    void theFeedListsHintsNameTheSourceTheSectionAndItsBreakingItems() {
        server.feed("/eg.xml", rss("Channel title",
                item(link("/eg/1"), "إغلاق ميناء دمياط", "أعلنت هيئة ميناء دمياط إغلاق الميناء بسبب سوء الأحوال الجوية", "عاجل مصر"),
                item(link("/eg/2"), "مهرجان الموسيقى العربية", "انطلقت فعاليات مهرجان الموسيقى العربية في دار الأوبرا", "فنون")));
        registry.add(new FeedSpec(server.uri("/eg.xml"), TEN, Optional.of("مصر اليوم"), Optional.of("egypt"),
                Optional.of("عاجل مصر")));

        poller.pollDue();
        f.awaitIndexed(f.store.maxSeq());

        PassageHit port = f.search("ميناء دمياط", 1).getFirst();
        PassageHit music = f.search("مهرجان الموسيقى", 1).getFirst();
        assertThat(port.source()).isEqualTo("مصر اليوم");
        assertThat(port.category()).isEqualTo("egypt");
        assertThat(port.breaking()).isTrue();
        assertThat(music.category()).isEqualTo("egypt");
        assertThat(music.breaking()).isFalse();
    }

    @Test
    void eachKindOfBadFeedIsAFailureWithItsReasonAndThePollerGoesOn() throws Exception {
        server.reply("/missing.xml", 404, "text/html", "<html>no</html>");
        server.slow("/slow.xml", Duration.ofSeconds(2), twoItems());
        server.reply("/broken.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x");
        server.reply("/page.html", 200, "text/html; charset=UTF-8", "<!DOCTYPE html><html><body><p>مرحبا</p></body></html>");
        server.reply("/huge.xml", 200, "application/rss+xml", twoItems() + "<!--" + "x".repeat(80_000) + "-->");
        server.feed("/good.xml", twoItems());
        feeds.add(new FeedSpec(URI.create("ftp://files.example/feed.xml"), TEN, Optional.of("ftp")), clock.instant());
        for (String path : List.of("/missing.xml", "/slow.xml", "/broken.xml", "/page.html", "/huge.xml", "/good.xml")) {
            registry.add(server.uri(path), TEN, Optional.of(path));
        }
        poller.close();
        try (HttpFetcher strict = new HttpFetcher(Duration.ofSeconds(1), Duration.ofMillis(300), 64 * 1024)) {
            poller = poller(strict);

            poller.pollDue();
        }

        assertThat(registry.list()).hasSize(7).allSatisfy(feed -> assertThat(feed.enabled()).isTrue());
        assertThat(failure("ftp")).contains("not an http(s) URL").contains("ftp://files.example/feed.xml");
        assertThat(failure("/missing.xml")).contains("HTTP status 404");
        assertThat(failure("/slow.xml")).contains("timed out after 0.3s");
        assertThat(failure("/broken.xml")).contains("cannot read feed").contains("line");
        assertThat(failure("/page.html")).contains("HTML page (text/html; charset=UTF-8), not an RSS or Atom feed");
        assertThat(failure("/huge.xml")).contains("larger than 64 KB");
        FeedStatus good = registry.list().stream().filter(s -> s.displayName().equals("/good.xml")).findFirst().orElseThrow();
        assertThat(good.lastFailure()).isEmpty();
        assertThat(good.articlesTaken()).isEqualTo(2);
    }

    private String failure(String name) {
        FeedStatus feed = registry.list().stream().filter(s -> s.displayName().equals(name)).findFirst().orElseThrow();
        assertThat(feed.consecutiveFailures()).as(name).isEqualTo(1);
        return feed.lastFailure().orElseThrow().message();
    }
}
