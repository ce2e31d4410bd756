package com.nabaa.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.store.StoredArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only news is pushed: what counts as new, and from when. */
class FreshnessTest {
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");

    private static StoredArticle stored(Optional<Instant> published, Instant firstSeen, int revision) {
        Article a = Article.builder().id("a").url("https://news.nabaa.example/a").title("عنوان الخبر")
                .paragraphs(List.of("نص الخبر.")).published(published.orElse(null)).build();
        return new StoredArticle(a, 1, revision, firstSeen);
    }

    private static Optional<Instant> newsTime(Optional<Instant> published, Instant firstSeen) {
        return Freshness.newsTime(stored(published, firstSeen, 1), NOW);
    }

    private static Instant ago(int hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    @Test
    void anArticlePublishedInTheLastSixHoursIsNewsFromItsDate() {
        assertThat(newsTime(Optional.of(ago(5)), NOW)).contains(ago(5));
        assertThat(newsTime(Optional.of(ago(7)), NOW)).isEmpty();
        assertThat(newsTime(Optional.of(ago(24 * 30)), NOW)).as("an archive").isEmpty();
    }

    @Test
    void anArticleWithoutADateCountsFromWhenItWasFirstSeen() {
        assertThat(newsTime(Optional.empty(), ago(1))).contains(ago(1));
        assertThat(newsTime(Optional.empty(), ago(7))).as("stored long ago, handled only now").isEmpty();
    }

    @Test
    void aDateAheadOfArrivalCountsAsTheArrivalAndOneFarAheadIsWrong() {
        assertThat(newsTime(Optional.of(NOW.plus(Duration.ofHours(2))), NOW)).as("local time stamped as UTC")
                .contains(NOW);
        assertThat(newsTime(Optional.of(NOW.plus(Duration.ofDays(2))), NOW)).isEmpty();
    }

    @Test
    void anUpdateIsNotANewStory() {
        assertThat(Freshness.newsTime(stored(Optional.of(ago(1)), ago(1), 2), NOW)).isEmpty();
    }
}
