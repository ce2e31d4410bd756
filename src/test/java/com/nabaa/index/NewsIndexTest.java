package com.nabaa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsIndexTest {
    @TempDir
    Path dir;

    private static List<PassageHit> search(NewsIndex index, String text, int n) {
        try (PassageSearcher searcher = index.acquire()) {
            return searcher.search(text, n);
        }
    }

    static Article article(String id, String title, Language language, String... paragraphs) {
        return Article.builder().id(id).url("https://samples.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("Nabaa Samples").language(language).build();
    }

    @Test
    void findsAnArabicArticleByAWordOfItsBody() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("gold", "ارتفاع أسعار الذهب", Language.ARABIC,
                    "ارتفع سعر جرام الذهب عيار 21 في السوق المصرية."));
            index.upsert(article("rail", "قطار سريع", Language.ARABIC, "افتتح وزير النقل خط القطار السريع."));
            index.commit(2);

            List<PassageHit> hits = search(index, "كم سعر الذهب", 10);

            assertThat(hits).extracting(PassageHit::articleId).first().isEqualTo("gold");
            assertThat(hits.get(0).title()).isEqualTo("ارتفاع أسعار الذهب");
            assertThat(hits.get(0).passage()).contains("جرام الذهب");
        }
    }

    @Test
    void aPassageWhereTheQuestionsWordsStandTogetherRanksAboveOneWhereTheyAreApart() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            // Same words, same length: only the distance between سعر and الذهب differs.
            index.upsert(article("apart", "السوق اليوم", Language.ARABIC,
                    "سعر الدولار استقر في البنوك بينما ارتفع الطلب على الذهب في المحلات."));
            index.upsert(article("together", "السوق اليوم", Language.ARABIC,
                    "سعر الذهب ارتفع في المحلات بينما استقر الدولار في البنوك على الطلب."));
            index.commit(2);

            List<PassageHit> hits = search(index, "سعر الذهب", 10);

            assertThat(hits).extracting(PassageHit::articleId).containsExactly("together", "apart");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void aHeadlineThatNamesTheQuestionsWordsInTheirOrderRanksAboveOneThatScattersThem() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            // Same body; both headlines hold the question's words, only one in the question's order.
            index.upsert(article("scattered", "الكبير في مصر يزور المتحف", Language.ARABIC,
                    "زار الوفد المتحف وتجول في قاعاته."));
            index.upsert(article("named", "المتحف المصري الكبير يستقبل الزوار", Language.ARABIC,
                    "زار الوفد المتحف وتجول في قاعاته."));
            index.commit(2);

            List<PassageHit> hits = search(index, "افتتاح المتحف المصري الكبير", 10);

            assertThat(hits).extracting(PassageHit::articleId).containsExactly("named", "scattered");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void aNameReversedGetsNoProximityBonus() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            // The same words in each passage: only their order differs.
            index.upsert(article("name", "تقرير", Language.ARABIC, "محمد صلاح الطبيب شارك في مؤتمر الرياضة أمس."));
            index.upsert(article("reversed", "تقرير", Language.ARABIC, "صلاح محمد الطبيب شارك في مؤتمر الرياضة أمس."));
            index.upsert(article("apart", "تقرير", Language.ARABIC, "محمد الطبيب شارك في مؤتمر الرياضة صلاح أمس."));
            index.commit(3);

            List<PassageHit> hits = search(index, "محمد صلاح", 10);

            assertThat(hits).extracting(PassageHit::articleId).first().isEqualTo("name");
            float reversed = hits.stream().filter(h -> h.articleId().equals("reversed")).findFirst().orElseThrow().score();
            float apart = hits.stream().filter(h -> h.articleId().equals("apart")).findFirst().orElseThrow().score();
            assertThat(reversed).isEqualTo(apart).isLessThan(hits.get(0).score());
        }
    }

    @Test
    void findsAnEnglishArticleThroughTheEnglishChain() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("rain", "Heavy rain expected", Language.ENGLISH,
                    "Forecasters warned of storms across the Delta."));
            index.commit(1);

            assertThat(search(index, "storm warning", 5))
                    .extracting(PassageHit::articleId).containsExactly("rain");
        }
    }

    @Test
    void upsertReplacesEveryPassageOfTheArticle() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("a", "خبر", Language.ARABIC, "النص القديم عن القطن.", "فقرة ثانية عن القمح."));
            index.commit(1);
            index.upsert(article("a", "خبر", Language.ARABIC, "النص الجديد عن الأرز."));
            index.commit(2);

            assertThat(search(index, "القطن", 10)).isEmpty();
            assertThat(search(index, "القمح", 10)).isEmpty();
            assertThat(search(index, "الأرز", 10)).hasSize(1);
            assertThat(index.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aWriteThatWasNeverCommittedIsGoneAfterReopening() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("a", "خبر أول", Language.ARABIC, "نص محفوظ."));
            index.commit(1);
            index.upsert(article("b", "خبر ثان", Language.ARABIC, "نص لم يحفظ."));
            // closed without commit, as after a crash
        }
        try (NewsIndex index = NewsIndex.open(dir)) {
            assertThat(index.articleCount()).isEqualTo(1);
            assertThat(index.committedSeq()).isEqualTo(1);
        }
    }

    @Test
    void aNewIndexHasCommittedNothing() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            assertThat(index.committedSeq()).isZero();
            assertThat(index.articleCount()).isZero();
        }
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothingInsteadOfFailing() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("a", "خبر", Language.ARABIC, "نص عن الاقتصاد."));
            index.commit(1);

            assertThat(search(index, "من في على", 10)).isEmpty();
            assertThat(search(index, "", 10)).isEmpty();
        }
    }

    @Test
    void aViewSeesTheCommitItWasAcquiredAtUntilReleasedWhileTheNextViewSeesNewCommits() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("gold", "ارتفاع أسعار الذهب", Language.ARABIC, "ارتفع سعر الذهب في السوق."));
            index.commit(1);

            try (PassageSearcher view = index.acquire()) {
                index.upsert(article("rail", "قطار سريع", Language.ARABIC, "افتتح وزير النقل خط القطار السريع."));
                index.commit(2);

                assertThat(view.search("القطار السريع", 10)).isEmpty();
                assertThat(view.search("الذهب", 10)).extracting(PassageHit::articleId).containsExactly("gold");
                assertThat(search(index, "القطار السريع", 10)).extracting(PassageHit::articleId).containsExactly("rail");
            }
        }
    }

    @Test
    void aReleasedViewRefusesToSearchAndReleasingTwiceIsHarmless() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("gold", "ارتفاع أسعار الذهب", Language.ARABIC, "ارتفع سعر الذهب في السوق."));
            index.commit(1);
            PassageSearcher view = index.acquire();
            view.close();
            view.close();

            assertThatThrownBy(() -> view.search("الذهب", 10)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("released");
            assertThat(search(index, "الذهب", 10)).hasSize(1);
        }
    }

    /** Articles a, b and c, a and b committed apart (a segment each), c committed as the third when {@code last}. */
    private static void threeArticlesTheLastOneCommittedOrNot(NewsIndex index, boolean last) throws Exception {
        index.upsert(article("a", "ارتفاع أسعار الذهب", Language.ARABIC, "ارتفع سعر الذهب."));
        index.commit(1);
        index.upsert(article("b", "قطار سريع", Language.ARABIC, "افتتح وزير النقل خط القطار."));
        index.commit(2);
        index.upsert(article("c", "أمطار غزيرة", Language.ARABIC, "هطلت أمطار غزيرة على القاهرة."));
        if (last) index.commit(3);
    }

    @Test
    void compactingMergesEverySegmentIntoOneAndKeepsEveryArticleAndTheStorePosition() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            threeArticlesTheLastOneCommittedOrNot(index, true);
            assertThat(index.segmentCount()).isEqualTo(3);

            assertThat(index.compact()).isTrue();

            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(index.articleCount()).isEqualTo(3);
            assertThat(index.committedSeq()).isEqualTo(3);
            assertThat(search(index, "القطار", 10)).extracting(PassageHit::articleId).containsExactly("b");
            assertThat(index.compact()).as("one segment is left as it is").isFalse();
        }
        try (NewsIndex index = NewsIndex.openReadOnly(dir)) {
            assertThat(index.segmentCount()).as("the merge was committed").isEqualTo(1);
            assertThat(index.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void aWriteNotYetCommittedWhenTheIndexIsCompactedIsKeptButItsStorePositionIsNotRecorded() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            threeArticlesTheLastOneCommittedOrNot(index, false);

            assertThat(index.compact()).isTrue();
        }
        try (NewsIndex index = NewsIndex.open(dir)) {
            // The store's article 3 is indexed again on the next catch-up, replacing this copy.
            assertThat(index.committedSeq()).isEqualTo(2);
            assertThat(index.articleCount()).isEqualTo(3);
        }
    }

    @Test
    void everyDocumentHasALengthForEveryScoredFieldWhileAnEmptyOneCountsForNothingInTheFieldsStatistics()
            throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("ar", "ارتفاع أسعار الذهب", Language.ARABIC, "ارتفع سعر الذهب واستقر الدولار."));
            index.upsert(article("en", "Gold prices rise", Language.ENGLISH, "Gold rose on Monday."));
            index.commit(2);
        }
        try (Directory d = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSize(1);
            LeafReader leaf = reader.leaves().get(0).reader();
            // a passage and a whole-article document for each article
            assertThat(leaf.maxDoc()).isEqualTo(4);
            for (String field : List.of(Fields.TITLE_AR, Fields.TEXT_AR, Fields.TITLE_EN, Fields.TEXT_EN,
                    Fields.ARTICLE_AR, Fields.ARTICLE_EN)) {
                NumericDocValues norms = leaf.getNormValues(field);
                int withLength = 0;
                while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) withLength++;
                assertThat(withLength).as(field).isEqualTo(4);
            }
            assertThat(leaf.terms(Fields.TEXT_AR).getDocCount()).as("the Arabic passage").isEqualTo(1);
            assertThat(leaf.terms(Fields.TEXT_EN).getDocCount()).as("the English passage").isEqualTo(1);
            assertThat(leaf.terms(Fields.ARTICLE_AR).getDocCount()).as("the Arabic article").isEqualTo(1);
        }
    }

    @Test
    void aReadOnlyIndexCannotBeCompacted() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            index.upsert(article("a", "خبر", Language.ARABIC, "نص."));
            index.commit(1);
        }
        try (NewsIndex index = NewsIndex.openReadOnly(dir)) {
            assertThatThrownBy(index::compact).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
    }
}
