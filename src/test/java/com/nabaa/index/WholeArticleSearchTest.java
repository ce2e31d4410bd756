package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.text.NewsAnalyzers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article is also one whole-article document: the whole-article search finds an article whose
 * question words are spread over its paragraphs, and no other search ever returns that document.
 */
class WholeArticleSearchTest {
    private static final String QUESTION = "زلزال كريت الإسكندرية";

    @TempDir
    Path dir;

    private static Article article(String id, Instant published, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://samples.nabaa.example/" + id).title(title).published(published)
                .paragraphs(List.of(paragraphs)).source("Nabaa Samples").category("world")
                .language(Language.ARABIC).build();
    }

    /**
     * "spread" names each question word in another paragraph (three sentences each, so one passage
     * each); each distractor repeats one of them in a short passage, which passage BM25 prefers.
     */
    private static void indexSpreadNews(NewsIndex index) throws Exception {
        Instant morning = Instant.parse("2026-11-20T09:00:00Z");
        index.upsert(article("spread", morning, "هزة أرضية في البحر المتوسط",
                "ضرب زلزال قوي شرق البحر المتوسط ظهر اليوم. واستمرت الهزة ثواني. وخرج الناس إلى الشوارع.",
                "وكان مركز الهزة قرب جزيرة كريت اليونانية. وقالت السلطات إنها تتابع الموقف. ولم ترد أنباء عن إصابات.",
                "وشعر بالهزة سكان الإسكندرية ومدن الساحل. واتصل كثيرون بالإذاعة. وعادت الحياة إلى طبيعتها مساء."));
        index.upsert(article("quake-drill", morning, "تدريب على الزلزال", "زلزال زلزال: تدريب المدارس على الزلزال."));
        index.upsert(article("crete-tourism", morning, "سياحة كريت", "كريت تستقبل السياح: شواطئ كريت تمتلئ."));
        index.upsert(article("alex-weather", morning, "طقس الإسكندرية", "أمطار على الإسكندرية وشواطئ الإسكندرية."));
        index.upsert(article("spread-later", Instant.parse("2026-11-20T18:00:00Z"), "هزة ثانية في البحر المتوسط",
                "ضرب زلزال ثان شرق البحر المتوسط مساء اليوم. وكان أضعف من الأول. ولم يشعر به كثيرون.",
                "وكان مركزه قرب جزيرة كريت أيضا. وقالت السلطات إنها تتابع الموقف. ولم ترد أنباء عن أضرار.",
                "وشعر به سكان الإسكندرية في الأبراج العالية. واتصل بعضهم بالإذاعة. ولم يغادر أحد منزله."));
        index.commit(5);
    }

    private static WholeArticles wholeArticles(PassageSearcher searcher, List<PassageHit> hits, int added) {
        Query passages = searcher.queries().forText(QUESTION).orElseThrow();
        Query articles = searcher.queries().forArticles(QUESTION, List.of(), SearchFilter.NONE).orElseThrow();
        return searcher.wholeArticles(articles, passages, hits, terms(), 10, added);
    }

    private static List<String> terms() {
        return NewsAnalyzers.terms(NewsAnalyzers.arabic(), Fields.TEXT_AR, QUESTION);
    }

    private static List<String> ids(List<PassageHit> hits) {
        return hits.stream().map(PassageHit::articleId).toList();
    }

    @Test
    void anArticleWhoseWordsAreSpreadOverParagraphsIsFoundWholeAndJoinsWithItsBestPassage() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexSpreadNews(index);
            try (PassageSearcher searcher = index.acquire(Instant.parse("2026-11-20T12:00:00Z"))) {
                List<PassageHit> passageHits =
                        searcher.bestPerArticle(searcher.queries().forText(QUESTION).orElseThrow(), 100, 1);
                assertThat(ids(passageHits)).as("one word repeated in a short passage wins passage BM25")
                        .doesNotContain("spread");

                WholeArticles whole = wholeArticles(searcher, passageHits, 1);

                assertThat(ids(whole.hits())).containsExactly(passageHits.get(0).articleId(), "spread");
                PassageHit joined = whole.hits().get(1);
                assertThat(joined.passage()).as("its best passage, to show and summarize").isNotBlank();
                assertThat(joined.score()).isPositive();
                assertThat(whole.score("spread")).isGreaterThan(whole.score(passageHits.get(0).articleId()));
                assertThat(whole.termsOf("spread")).containsExactlyInAnyOrderElementsOf(terms());
                assertThat(whole.termsOf(passageHits.get(0).articleId())).hasSize(1);
            }
        }
    }

    @Test
    void aViewAtTheClockFindsNoWholeArticlePublishedAfterIt() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexSpreadNews(index);
            try (PassageSearcher before = index.acquire(Instant.parse("2026-11-20T12:00:00Z"));
                 PassageSearcher after = index.acquire(Instant.parse("2026-11-21T12:00:00Z"))) {
                assertThat(ids(wholeArticles(before, List.of(), 10).hits())).contains("spread")
                        .doesNotContain("spread-later");
                assertThat(wholeArticles(before, List.of(), 10).scores()).doesNotContainKey("spread-later");
                assertThat(ids(wholeArticles(after, List.of(), 10).hits())).contains("spread", "spread-later");
            }
        }
    }

    @Test
    void passageSearchesListsCountsAndLookUpsNeverReturnAWholeArticleDocument() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexSpreadNews(index);
            int passages = 3 + 1 + 1 + 1 + 3;
            assertThat(index.articleCount()).isEqualTo(5);
            try (PassageSearcher searcher = index.acquire()) {
                assertThat(searcher.passagesOf("spread")).extracting(PassageHit::passageNo).containsExactly(0, 1, 2);
                assertThat(searcher.search(new MatchAllDocsQuery(), 100)).hasSize(passages)
                        .allSatisfy(h -> assertThat(h.passage()).isNotBlank());
                assertThat(searcher.count(new MatchAllDocsQuery(), 100)).isEqualTo(passages);
                assertThat(ids(searcher.latest(Optional.empty(), SearchFilter.NONE.withCategory("world"), 100)))
                        .hasSize(5).doesNotHaveDuplicates();
                assertThat(ids(searcher.newestMatching(new MatchAllDocsQuery(), 100))).hasSize(5);
            }
        }
    }

    @Test
    void anIndexWrittenBeforeWholeArticleDocumentsIsRebuilt() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            indexSpreadNews(index);
            assertThat(index.analysisCurrent()).isTrue();
        }
        String beforeWholeArticles = NewsAnalyzers.version() + ":learnt" + LearntNames.VERSION;
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(NewsIndex.STORE_SEQ, "5", NewsIndex.ANALYSIS, beforeWholeArticles).entrySet());
            w.commit();
        }
        try (NewsIndex index = NewsIndex.open(dir)) {
            assertThat(index.analysisCurrent()).isFalse();
        }
    }
}
