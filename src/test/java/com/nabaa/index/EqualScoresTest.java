package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same agency report carried by several outlets scores the same in every search: which comes
 * first must not depend on the order in which the index happened to write them (its threads race).
 */
class EqualScoresTest {
    private static final String QUESTION = "زلزال جزيرة كريت";
    private static final String TEXT = "ضرب زلزال قوي جزيرة كريت اليونانية صباح اليوم. ولم ترد أنباء عن إصابات.";

    @TempDir
    Path dir;

    private static Article report(String id, String source, Instant published) {
        return Article.builder().id(id).url("https://" + source + ".example/" + id).title("زلزال في كريت")
                .published(published).paragraphs(List.of(TEXT)).source(source).category("world")
                .language(Language.ARABIC).build();
    }

    private static final List<Article> REPORTS = List.of(
            report("agency-morning", "outlet-a", Instant.parse("2026-11-20T08:00:00Z")),
            report("agency-noon", "outlet-b", Instant.parse("2026-11-20T12:00:00Z")),
            report("agency-evening", "outlet-c", Instant.parse("2026-11-20T18:00:00Z")));

    /** The article ids of the best passages and of a plain search, after writing the reports in this order. */
    private List<List<String>> searchedAfterWriting(String name, List<Article> order) throws Exception {
        try (NewsIndex index = NewsIndex.open(dir.resolve(name))) {
            for (Article a : order) index.upsert(a);
            index.commit(order.size());
            try (PassageSearcher searcher = index.acquire(Instant.parse("2026-11-21T00:00:00Z"))) {
                Query query = searcher.queries().forText(QUESTION).orElseThrow();
                return List.of(searcher.bestPerArticle(query, 100, 3).stream().map(PassageHit::articleId).toList(),
                        searcher.search(query, 3).stream().map(PassageHit::articleId).toList());
            }
        }
    }

    @Test
    void equalReportsComeNewestFirstWhicheverTheIndexWroteFirst() throws Exception {
        List<String> newestFirst = List.of("agency-evening", "agency-noon", "agency-morning");
        assertThat(searchedAfterWriting("oldest-written-first", REPORTS)).containsOnly(newestFirst);
        assertThat(searchedAfterWriting("newest-written-first", REPORTS.reversed())).containsOnly(newestFirst);
        assertThat(searchedAfterWriting("mixed", List.of(REPORTS.get(1), REPORTS.get(0), REPORTS.get(2))))
                .containsOnly(newestFirst);
    }
}
