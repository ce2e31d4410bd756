package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view of the index at a reader's clock holds nothing published after it, whatever reads it. */
class ReaderClockViewTest {
    private static final Instant CLOCK = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    private static Article article(String id, Optional<Instant> published, String title, String body) {
        return Article.builder().id(id).url("https://samples.nabaa.example/" + id).title(title)
                .published(published.orElse(null)).paragraphs(List.of(body)).source("Nabaa Samples")
                .language(Language.ARABIC).build();
    }

    private static void indexGoldNews(NewsIndex index) throws Exception {
        index.upsert(article("gold-morning", Optional.of(Instant.parse("2026-11-20T09:00:00Z")),
                "الذهب يرتفع صباحا", "ارتفع سعر الذهب في تعاملات الصباح."));
        index.upsert(article("gold-evening", Optional.of(Instant.parse("2026-11-20T18:00:00Z")),
                "الذهب يتراجع مساء", "تراجع سعر الذهب في تعاملات المساء."));
        index.upsert(article("gold-undated", Optional.empty(), "تاريخ الذهب", "عرف الناس الذهب منذ آلاف السنين."));
        index.commit(3);
    }

    private static List<String> ids(List<PassageHit> hits) {
        return hits.stream().map(PassageHit::articleId).toList();
    }

    @Test
    void aViewAtTheClockFindsListsAndLooksUpNothingPublishedAfterIt() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexGoldNews(index);
            try (PassageSearcher later = index.acquire(CLOCK)) {
                assertThat(ids(later.search("الذهب", 10))).containsExactlyInAnyOrder("gold-morning", "gold-undated");
                assertThat(ids(later.bestPerArticle(later.queries().forText("الذهب").orElseThrow(), 10, 10)))
                        .doesNotContain("gold-evening");
                assertThat(ids(later.latest(Optional.empty(), SearchFilter.NONE, 10)))
                        .as("the newest first; an undated article cannot be placed, so it comes last")
                        .containsExactly("gold-morning", "gold-undated");
                assertThat(ids(later.newestMatching(later.queries().forText("الذهب").orElseThrow(), 10)))
                        .containsExactly("gold-morning", "gold-undated");
                assertThat(later.passagesOf("gold-evening")).as("a story of the reader's future").isEmpty();
                assertThat(later.passagesOf("gold-morning")).hasSize(1);
            }
            try (PassageSearcher unbounded = index.acquire()) {
                assertThat(unbounded.passagesOf("gold-evening")).hasSize(1);
            }
        }
    }

    @Test
    void theStoryPublishedAtTheClockItselfIsShown() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexGoldNews(index);
            try (PassageSearcher view = index.acquire(Instant.parse("2026-11-20T18:00:00Z"))) {
                assertThat(view.passagesOf("gold-evening")).hasSize(1);
            }
        }
    }

    @Test
    void aClockAfterTheNewestStoryFindsEveryStoryAndAStoryCommittedLaterIsBoundedAgain() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexGoldNews(index);
            Instant afterAll = Instant.parse("2026-11-21T00:00:00Z");
            try (PassageSearcher now = index.acquire(afterAll)) {
                assertThat(ids(now.search("الذهب", 10)))
                        .containsExactlyInAnyOrder("gold-morning", "gold-evening", "gold-undated");
            }
            index.upsert(article("gold-tomorrow", Optional.of(Instant.parse("2026-11-21T09:00:00Z")),
                    "الذهب يستقر غدا", "استقر سعر الذهب في تعاملات الغد."));
            index.commit(1);
            try (PassageSearcher now = index.acquire(afterAll)) {
                assertThat(ids(now.search("الذهب", 10))).as("the new commit's newest story is after the clock")
                        .containsExactlyInAnyOrder("gold-morning", "gold-evening", "gold-undated");
            }
        }
    }

    @Test
    void anArticleStampedAfterItArrivedIsIndexedAtItsArrival() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            // Local Gulf time stamped without its offset: four hours ahead of when it arrived.
            Instant arrived = Instant.parse("2026-11-20T11:30:00Z");
            index.upsert(article("offsetless", Optional.of(arrived.plusSeconds(4 * 3600)), "الذهب يقفز",
                    "قفز سعر الذهب في دبي."), arrived);
            index.upsert(article("stamped", Optional.of(Instant.parse("2026-11-20T08:00:00Z")), "الذهب يستقر",
                    "استقر سعر الذهب في القاهرة."), arrived);
            index.commit(2);

            try (PassageSearcher view = index.acquire(CLOCK)) {
                assertThat(view.passagesOf("offsetless")).singleElement()
                        .satisfies(h -> assertThat(h.published()).contains(arrived));
                assertThat(view.passagesOf("stamped")).singleElement()
                        .satisfies(h -> assertThat(h.published()).contains(Instant.parse("2026-11-20T08:00:00Z")));
            }
        }
    }

    @Test
    void closingTheViewAtAClockReleasesTheOneAcquisition() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexGoldNews(index);
            PassageSearcher acquired = index.acquire();
            PassageSearcher atClock = acquired.asOf(CLOCK);
            atClock.close();

            assertThatThrownBy(() -> acquired.search("الذهب", 10)).isInstanceOf(IllegalStateException.class);
            acquired.close();
        }
    }
}
