package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists a front end shows besides answers, over the news of {@link AskServiceTest}. */
class NewsDeskTest {
    /** The day before the quake and the Wednesday bourse report: those two are in the reader's future. */
    private static final ZonedDateTime TUESDAY_EVENING = TestArticles.NOW.minusHours(20);

    @TempDir
    static Path dir;
    static NewsIndex index;
    static NewsDesk desk;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = NewsIndex.open(dir);
        for (Article a : AskServiceTest.ARTICLES) index.upsert(a);
        index.commit(AskServiceTest.ARTICLES.size());
        desk = new NewsDesk(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> ids(Headlines h) {
        return h.stories().stream().map(Story::articleId).toList();
    }

    @Test
    void latestListsTheNewestPageByPageAndNothingAfterTheClock() {
        Headlines first = desk.latest(Optional.empty(), false, 2, 0, TUESDAY_EVENING);
        Headlines second = desk.latest(Optional.empty(), false, 2, 2, TUESDAY_EVENING);

        assertThat(ids(first)).containsExactly("bourse-up", "metro-shorouk");
        assertThat(first.more()).isTrue();
        assertThat(ids(second)).containsExactly("metro-ahram", "wheat");
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void latestOfASectionOrBreakingOnly() {
        assertThat(ids(desk.latest(Optional.of("economy"), false, 10, 0, TestArticles.NOW)))
                .containsExactly("bourse-down", "bourse-up", "bourse-banks", "bourse-listing");
        assertThat(ids(desk.latest(Optional.empty(), true, 10, 0, TestArticles.NOW))).containsExactly("quake");
        assertThat(desk.latest(Optional.empty(), true, 10, 0, TUESDAY_EVENING).isEmpty()).isTrue();
    }

    @Test
    void searchFindsArticlesWithEveryWordNewestFirst() {
        assertThat(ids(desk.search("البورصة المصرية", 10, 0, TestArticles.NOW)))
                .containsExactly("bourse-down", "bourse-up", "bourse-banks", "bourse-listing");
        // A word found only in a later passage counts: "ثمانية جنيهات" is in the metro articles' second paragraph.
        assertThat(ids(desk.search("ثمانية جنيهات", 10, 0, TestArticles.NOW)))
                .containsExactly("metro-shorouk", "metro-ahram");
        assertThat(ids(desk.search("البورصة البطاريق", 10, 0, TestArticles.NOW))).isEmpty();
        assertThat(ids(desk.search("wheat harvest", 10, 0, TestArticles.NOW))).containsExactly("wheat");
    }

    @Test
    void searchAndTimelineListNothingPublishedAfterTheClock() {
        assertThat(ids(desk.search("البورصة المصرية", 10, 0, TUESDAY_EVENING)))
                .containsExactly("bourse-up", "bourse-banks", "bourse-listing");
        assertThat(desk.timeline(List.of("bourse-up"), 10, TUESDAY_EVENING)).extracting(SourceLink::articleId)
                .contains("bourse-up").doesNotContain("bourse-down");
        assertThat(desk.timeline(List.of("bourse-down"), 10, TUESDAY_EVENING)).as("not yet published").isEmpty();
    }

    @Test
    void aStoryInFullHasItsOpeningSentencesAndOtherReports() {
        Story story = desk.story(List.of("metro-ahram", "metro-shorouk", "no-such-article"), TestArticles.NOW)
                .orElseThrow();

        assertThat(story.headline()).isEqualTo("افتتاح الخط الرابع لمترو القاهرة");
        assertThat(String.join(" ", story.summary())).contains("افتتح رئيس الوزراء", "ثمانية جنيهات", "نصف مليون");
        assertThat(story.alsoReportedBy()).extracting(SourceLink::articleId).containsExactly("metro-shorouk");
        assertThat(desk.story(List.of("no-such-article"), TestArticles.NOW)).isEmpty();
        assertThat(desk.story(List.of("quake"), TUESDAY_EVENING)).as("not yet published").isEmpty();
    }

    @Test
    void aTimelineListsTheStorysReportsOldestFirst() {
        List<SourceLink> timeline = desk.timeline(List.of("bourse-down"), 10, TestArticles.NOW);

        assertThat(timeline).extracting(SourceLink::articleId).startsWith("bourse-up").contains("bourse-down");
        assertThat(timeline).extracting(l -> l.published().orElseThrow()).isSorted();
    }
}
