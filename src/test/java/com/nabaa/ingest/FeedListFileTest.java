package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.store.FeedSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feed list file: one feed per line, "|" between fields, bad lines reported and left out. */
class FeedListFileTest {
    private static final Duration DEFAULT = Duration.ofMinutes(15);

    private static FeedListFile.Parsed parse(String... lines) {
        return FeedListFile.parse(List.of(lines), "feeds.txt", DEFAULT);
    }

    @Test
    void aBareUrlTakesTheDefaultIntervalAndNoHints() {
        assertThat(parse("https://a.example/rss.xml").feeds()).containsExactly(
                new FeedSpec(URI.create("https://a.example/rss.xml"), DEFAULT, Optional.empty()));
    }

    @Test
    void readsTheIntervalInMinutesAndTheNameSectionAndBreakingHintsInAnyOrder() {
        FeedSpec spec = parse(" https://a.example/eco.rss | section=economy |30| name=الشروق  اليوم | breaking=* ")
                .feeds().getFirst();

        assertThat(spec.interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(spec.name()).contains("الشروق  اليوم");
        assertThat(spec.section()).contains("economy");
        assertThat(spec.breakingCategory()).contains("*");
    }

    @Test
    void skipsCommentsAndBlankLines() {
        FeedListFile.Parsed parsed = parse("# my feeds", "", "   ", "  # indented comment", "http://b.example/feed");

        assertThat(parsed.feeds()).extracting(FeedSpec::url).containsExactly(URI.create("http://b.example/feed"));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void aBadLineIsLeftOutWithItsNumberAndTheOthersStillCount() {
        FeedListFile.Parsed parsed = parse(
                "https://ok.example/1",
                "ftp://files.example/feed.xml",
                "https://ok.example/2 | 0",
                "https://ok.example/3 | every=5",
                "not a url at all",
                "https://ok.example/1 | 5",
                "https://ok.example/4 | 5 | 10",
                "https://ok.example/5");

        assertThat(parsed.feeds()).extracting(s -> s.url().toString())
                .containsExactly("https://ok.example/1", "https://ok.example/5");
        assertThat(parsed.problems()).containsExactly(
                "feeds.txt:2: not an http(s) URL: 'ftp://files.example/feed.xml'",
                "feeds.txt:3: the interval must be 1 to 10080 minutes, not '0'",
                "feeds.txt:4: unknown field 'every=5' (expected minutes, name=, section= or breaking=)",
                "feeds.txt:5: not a URL: 'not a url at all' (Illegal character in path)",
                "feeds.txt:6: the same feed as line 1, left out",
                "feeds.txt:7: two intervals: '10'");
    }

    @Test
    void theShippedListsAreWellFormed() throws Exception {
        FeedListFile.Parsed starter = FeedListFile.read(Path.of("data/feeds-starter.txt"), DEFAULT);
        FeedListFile.Parsed mine = FeedListFile.read(Path.of("data/feeds.txt"), DEFAULT);

        assertThat(starter.problems()).isEmpty();
        assertThat(starter.feeds()).hasSizeBetween(10, 20).allSatisfy(f -> {
            assertThat(f.url().getScheme()).isEqualTo("https");
            assertThat(f.name()).isPresent();
        });
        assertThat(mine.problems()).isEmpty();
        assertThat(mine.feeds()).as("the operator's list ships empty").isEmpty();
    }
}
