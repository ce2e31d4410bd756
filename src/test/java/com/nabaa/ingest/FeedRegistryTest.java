package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nabaa.store.Database;
import com.nabaa.store.FeedStatus;
import com.nabaa.store.FeedStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds' API for admin commands and the feed list file. */
class FeedRegistryTest {
    private static final Instant T = Instant.parse("2026-11-25T13:00:00Z");

    @TempDir
    Path dir;
    Database db;
    FeedRegistry registry;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("nabaa.db"));
        registry = new FeedRegistry(new FeedStore(db), new MutableClock(T));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addsListsAndRemovesFeedsByIdOrUrl() {
        FeedStatus a = registry.add(URI.create("https://a.example/rss"), Duration.ofMinutes(5), Optional.of("أ"));
        FeedStatus b = registry.add(URI.create("https://b.example/rss"), Duration.ofMinutes(30), Optional.empty());

        assertThat(registry.list()).extracting(FeedStatus::displayName).containsExactly("أ", "https://b.example/rss");
        assertThat(a.nextPoll()).isEqualTo(T);
        assertThat(a.enabled()).isTrue();
        assertThat(a.lastSuccess()).isEmpty();
        assertThat(registry.remove(a.id())).isTrue();
        assertThat(registry.remove(URI.create("https://b.example/rss"))).isTrue();
        assertThat(registry.remove(b.id())).isFalse();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void refusesWhatCannotBePolledWithAClearMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.add(URI.create("ftp://a.example/rss"), Duration.ofMinutes(5), Optional.empty()))
                .withMessage("not an http(s) URL: ftp://a.example/rss");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.add(URI.create("news/rss.xml"), Duration.ofMinutes(5), Optional.empty()))
                .withMessageStartingWith("not an http(s) URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.add(URI.create("https://a.example/rss"), Duration.ZERO, Optional.empty()))
                .withMessageContaining("interval must be positive");
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void aPausedFeedIsEnabledAgainWithItsFailuresForgotten() {
        FeedStatus a = registry.add(URI.create("https://a.example/rss"), Duration.ofMinutes(5), Optional.empty());

        assertThat(registry.disable(a.id(), "paused by an admin")).isTrue();
        assertThat(registry.find(a.id()).orElseThrow().disabledReason()).contains("paused by an admin");
        assertThat(registry.enable(a.id()).orElseThrow().enabled()).isTrue();
        assertThat(registry.enable(404)).isEmpty();
    }

    @Test
    void theFeedListFileIsLoadedOnceHoweverOftenItIsRead() {
        FeedListFile.Parsed list = FeedListFile.parse(List.of(
                "# mine", "https://a.example/rss | 10 | name=أ", "https://b.example/rss"), "feeds.txt", Duration.ofMinutes(15));

        registry.loadConfigured(list.feeds());
        List<FeedStatus> first = registry.list();
        registry.loadConfigured(list.feeds());

        assertThat(registry.list()).isEqualTo(first);
        assertThat(first).extracting(FeedStatus::origin).containsOnly(FeedStatus.Origin.CONFIGURED);
        assertThat(first).extracting(s -> s.spec().interval())
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(15));
    }
}
