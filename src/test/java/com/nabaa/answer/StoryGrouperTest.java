package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.PassageHit;
import com.nabaa.news.Language;
import com.nabaa.text.NewsAnalyzers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final Analyzer ARABIC = NewsAnalyzers.arabic();
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private static StoryGrouper.Candidate candidate(String id, String source, String title, Optional<Instant> published,
                                                    float score) {
        PassageHit hit = new PassageHit(id, 0, score, title, title, "https://news.nabaa.example/" + id, source, "",
                published, Language.ARABIC, false);
        return new StoryGrouper.Candidate(hit, new HashSet<>(QueryTerms.terms(ARABIC, title)), score, 0.8f, published);
    }

    private static StoryGrouper.Candidate candidate(String id, String source, String title, Instant published, float score) {
        return candidate(id, source, title, Optional.of(published), score);
    }

    private static StoryGrouper.Candidate withTerms(String id, Set<String> titleTerms, Instant published) {
        PassageHit hit = new PassageHit(id, 0, 1f, "", id, "", "", "", Optional.of(published), Language.ARABIC, false);
        return new StoryGrouper.Candidate(hit, titleTerms, 1f, 1f, Optional.of(published));
    }

    private static List<List<String>> ids(List<List<StoryGrouper.Candidate>> groups) {
        return groups.stream().map(g -> g.stream().map(c -> c.best().articleId()).toList()).toList();
    }

    @Test
    void groupsTheSameStoryFromTwoOutletsWithinThreeDaysLedByTheBestRanked() {
        var shorouk = candidate("shorouk", "الشروق", "افتتاح الخط الرابع لمترو القاهرة رسميا", MONDAY.plus(Duration.ofDays(2)), 9f);
        var derby = candidate("derby", "الأهرام", "الأهلي يفوز على الزمالك بهدفين", MONDAY, 7f);
        var ahram = candidate("ahram", "الأهرام", "افتتاح الخط الرابع لمترو القاهرة", MONDAY, 5f);

        List<List<StoryGrouper.Candidate>> groups = StoryGrouper.group(List.of(shorouk, derby, ahram));

        assertThat(ids(groups)).containsExactly(List.of("shorouk", "ahram"), List.of("derby"));
    }

    @Test
    void similarHeadlinesAWeekApartAreTwoStories() {
        var now = candidate("now", "الأهرام", "ارتفاع أسعار الذهب في السوق المحلية", MONDAY.plus(Duration.ofDays(7)), 9f);
        var before = candidate("before", "الأهرام", "ارتفاع أسعار الذهب في السوق المحلية", MONDAY, 8f);

        assertThat(ids(StoryGrouper.group(List.of(now, before)))).containsExactly(List.of("now"), List.of("before"));
    }

    @Test
    void theWindowIsThreeDaysToTheHour() {
        String title = "ارتفاع أسعار الذهب في السوق المحلية";
        var first = candidate("first", "الأهرام", title, MONDAY, 9f);

        assertThat(StoryGrouper.sameStory(first, candidate("in", "الشروق", title, MONDAY.plus(Duration.ofDays(3)), 8f)))
                .isTrue();
        assertThat(StoryGrouper.sameStory(first,
                candidate("out", "الشروق", title, MONDAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), 8f)))
                .isFalse();
        assertThat(StoryGrouper.sameStory(first,
                candidate("earlier", "الشروق", title, MONDAY.minus(Duration.ofDays(3)).minus(Duration.ofHours(1)), 8f)))
                .isFalse();
    }

    @Test
    void differentHeadlinesOnTheSameDayAreNotGrouped() {
        var gold = candidate("gold", "الأهرام", "ارتفاع أسعار الذهب في السوق المحلية", MONDAY, 9f);
        var rail = candidate("rail", "الأهرام", "افتتاح خط القطار السريع إلى العلمين", MONDAY, 8f);
        var rain = candidate("rain", "الشروق", "أمطار غزيرة على الإسكندرية", MONDAY, 7f);

        assertThat(ids(StoryGrouper.group(List.of(gold, rail, rain))))
                .containsExactly(List.of("gold"), List.of("rail"), List.of("rain"));
    }

    @Test
    void headlinesSharingHalfTheirWordsAreOneStoryAndLessIsNot() {
        var first = withTerms("first", Set.of("مترو", "قاهر", "خط"), MONDAY);

        assertThat(StoryGrouper.sameStory(first, withTerms("half", Set.of("مترو", "قاهر", "افتتاح"), MONDAY))).isTrue();
        assertThat(StoryGrouper.sameStory(first, withTerms("third", Set.of("مترو", "افتتاح", "رسمي"), MONDAY))).isFalse();
    }

    @Test
    void aReportWithoutADateIsGroupedByItsHeadlineAlone() {
        var dated = candidate("dated", "الأهرام", "افتتاح الخط الرابع لمترو القاهرة", MONDAY, 9f);
        var undated = candidate("undated", "الشروق", "افتتاح الخط الرابع لمترو القاهرة رسميا", Optional.empty(), 8f);

        assertThat(ids(StoryGrouper.group(List.of(dated, undated)))).containsExactly(List.of("dated", "undated"));
    }

    @Test
    void aHeadlineWithNoSearchableWordsJoinsNoStory() {
        var empty = withTerms("empty", Set.of(), MONDAY);

        assertThat(StoryGrouper.sameStory(empty, withTerms("also-empty", Set.of(), MONDAY))).isFalse();
    }

    @Test
    void noCandidatesMakeNoGroups() {
        assertThat(StoryGrouper.group(List.of())).isEmpty();
    }
}
