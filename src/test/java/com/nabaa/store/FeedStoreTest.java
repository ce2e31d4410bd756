package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds table: the list (admins' and the file's), schedule, health, and who hears changes. */
class FeedStoreTest {
    private static final Instant T = Instant.parse("2026-11-25T13:00:00Z");
    private static final Duration TEN = Duration.ofMinutes(10);

    @TempDir
    Path dir;
    Database db;
    FeedStore feeds;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("nabaa.db"));
        feeds = new FeedStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static FeedSpec spec(String url) {
        return new FeedSpec(URI.create(url), TEN, Optional.empty());
    }

    @Test
    void anAddedFeedIsDueAtOnceAndAddingItAgainChangesItsSettingsNotItsHealth() {
        FeedStatus added = feeds.add(new FeedSpec(URI.create("https://a.example/rss"), TEN, Optional.of("أ")), T);
        feeds.recordFailure(added.id(), T, "HTTP status 500: https://a.example/rss", T.plusSeconds(60));

        FeedStatus again = feeds.add(new FeedSpec(URI.create("https://a.example/rss"), Duration.ofMinutes(5),
                Optional.of("ب"), Optional.of("economy"), Optional.of("عاجل")), T.plusSeconds(5));

        assertThat(added.nextPoll()).isEqualTo(T);
        assertThat(added.origin()).isEqualTo(FeedStatus.Origin.ADMIN);
        assertThat(again.id()).isEqualTo(added.id());
        assertThat(again.spec().interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(again.spec().name()).contains("ب");
        assertThat(again.spec().section()).contains("economy");
        assertThat(again.spec().breakingCategory()).contains("عاجل");
        assertThat(again.consecutiveFailures()).isEqualTo(1);
        assertThat(again.lastFailure()).contains(new FeedStatus.Failure(T, "HTTP status 500: https://a.example/rss"));
        assertThat(feeds.list()).hasSize(1);
    }

    @Test
    void loadingTheSameListTwiceChangesNothingAndAFeedNoLongerListedIsRemoved() {
        FeedStatus admins = feeds.add(spec("https://admin.example/rss"), T);
        List<FeedSpec> list = List.of(spec("https://a.example/rss"), spec("https://b.example/rss"));

        FeedStore.Sync first = feeds.syncConfigured(list, T);
        List<FeedStatus> before = feeds.list();
        feeds.recordNotModified(before.get(1).id(), T.plusSeconds(1), T.plusSeconds(601));
        FeedStore.Sync second = feeds.syncConfigured(list, T.plusSeconds(30));

        assertThat(first).isEqualTo(new FeedStore.Sync(2, 0, 0));
        assertThat(second).isEqualTo(new FeedStore.Sync(0, 2, 0));
        assertThat(feeds.list()).extracting(FeedStatus::id).isEqualTo(before.stream().map(FeedStatus::id).toList());
        assertThat(feeds.find(before.get(1).id()).orElseThrow().lastSuccess()).contains(T.plusSeconds(1));
        assertThat(feeds.find(before.get(1).id()).orElseThrow().nextPoll()).isEqualTo(T.plusSeconds(601));

        FeedStore.Sync third = feeds.syncConfigured(List.of(spec("https://b.example/rss")), T.plusSeconds(60));

        assertThat(third).isEqualTo(new FeedStore.Sync(0, 1, 1));
        assertThat(feeds.list()).extracting(f -> f.url().toString())
                .containsExactly("https://admin.example/rss", "https://b.example/rss");
        assertThat(feeds.find(admins.id()).orElseThrow().origin()).isEqualTo(FeedStatus.Origin.ADMIN);
    }

    @Test
    void failuresCountUpUntilASuccessAndADisablingIsReportedOnce() {
        long id = feeds.add(spec("https://a.example/rss"), T).id();

        assertThat(feeds.recordFailure(id, T, "one", T.plusSeconds(10))).isEqualTo(1);
        assertThat(feeds.recordFailure(id, T.plusSeconds(10), "two", T.plusSeconds(30))).isEqualTo(2);
        assertThat(feeds.disable(id, "2 failures in a row")).isTrue();
        assertThat(feeds.disable(id, "2 failures in a row")).isFalse();
        assertThat(feeds.schedule()).isEmpty();
        FeedStatus disabled = feeds.find(id).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).contains("2 failures in a row");

        FeedStatus enabled = feeds.enable(id, T.plusSeconds(60)).orElseThrow();

        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.consecutiveFailures()).isZero();
        assertThat(enabled.disabledReason()).isEmpty();
        assertThat(enabled.lastFailure()).contains(new FeedStatus.Failure(T.plusSeconds(10), "two"));
        assertThat(feeds.schedule()).containsExactly(new FeedStore.Scheduled(id, T.plusSeconds(60)));
        assertThat(feeds.enable(999, T)).isEmpty();
    }

    @Test
    void aReadFeedAddsUpItsArticlesAndKeepsOnlyTheLastResponsesValidators() {
        long id = feeds.add(spec("https://a.example/rss"), T).id();
        feeds.recordFailure(id, T, "timed out", T.plusSeconds(10));

        feeds.recordFetched(id, T.plusSeconds(10), T.plusSeconds(610), 3, Optional.of("\"v1\""), Optional.of("Wed, 25 Nov 2026 13:00:00 GMT"));
        feeds.recordFetched(id, T.plusSeconds(610), T.plusSeconds(1210), 1, Optional.of("\"v2\""), Optional.empty());

        FeedStatus f = feeds.find(id).orElseThrow();
        assertThat(f.articlesTaken()).isEqualTo(4);
        assertThat(f.consecutiveFailures()).isZero();
        assertThat(f.lastSuccess()).contains(T.plusSeconds(610));
        assertThat(f.lastPoll()).contains(T.plusSeconds(610));
        assertThat(f.etag()).contains("\"v2\"");
        assertThat(f.lastModified()).isEmpty();
        assertThat(f.nextPoll()).isEqualTo(T.plusSeconds(1210));
    }

    @Test
    void changesToTheListAreHeardButPollOutcomesAreNot() {
        AtomicInteger heard = new AtomicInteger();
        feeds.onChange(heard::incrementAndGet);

        long id = feeds.add(spec("https://a.example/rss"), T).id();
        feeds.recordNotModified(id, T, T.plusSeconds(600));
        feeds.recordFailure(id, T, "x", T.plusSeconds(600));
        feeds.disable(id, "paused");
        feeds.enable(id, T);
        feeds.syncConfigured(List.of(), T);
        assertThat(feeds.remove(URI.create("https://a.example/rss"))).isTrue();
        assertThat(feeds.remove(id)).isFalse();

        assertThat(heard).hasValue(5);
        assertThat(feeds.list()).isEmpty();
    }

    @Test
    void aLongFailureMessageIsKeptAsOneShortLine() {
        long id = feeds.add(spec("https://a.example/rss"), T).id();

        feeds.recordFailure(id, T, "cannot read feed\nat line 3:\n" + "x".repeat(2_000), T);

        String message = feeds.find(id).orElseThrow().lastFailure().orElseThrow().message();
        assertThat(message).startsWith("cannot read feed at line 3: x").doesNotContain("\n").hasSize(FeedStore.MESSAGE_CHARS);
    }
}
