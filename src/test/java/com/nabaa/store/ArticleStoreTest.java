package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
    @TempDir
    Path dir;
    Database db;
    ArticleStore store;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("nabaa.db"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Article article(String id, String url, String title, String... paragraphs) {
        return Article.builder().id(id).url(url).canonicalUrl(url).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("Nabaa Samples").category("economy").language(Language.ARABIC).breaking(true)
                .leadImage("https://samples.nabaa.example/a.jpg").build();
    }

    private void put(Article a, String contentHash, String bodyHash) {
        store.write(w -> {
            w.upsert(a, w.nextSeq(), contentHash, bodyHash);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfAStoredArticle() {
        Article a = article("a1", "https://samples.nabaa.example/a1", "البنك المركزي يثبت الفائدة",
                "قرر البنك المركزي الإبقاء على الفائدة.", "وقال البنك في بيان إن القرار مؤقت.");
        put(a, "c1", "b1");

        assertThat(store.find("a1")).contains(a);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void findsAnArticleByItsCanonicalUrlWhenTheIdDiffers() {
        put(article("a1", "https://x.example/a", "عنوان", "نص."), "c1", "b1");

        store.write(w -> {
            assertThat(w.findRef("other-id", "https://x.example/a"))
                    .hasValueSatisfying(ref -> assertThat(ref.id()).isEqualTo("a1"));
            assertThat(w.findRef("other-id", "https://x.example/b")).isEmpty();
            return null;
        });
    }

    @Test
    void anUpdateTakesTheNextSequenceNumberAndANewRevision() {
        put(article("a1", "https://x.example/a", "عنوان", "نص أول."), "c1", "b1");
        put(article("a1", "https://x.example/a", "عنوان جديد", "نص ثان."), "c2", "b2");

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.maxSeq()).isEqualTo(2);
        assertThat(store.after(0, 10)).singleElement().satisfies(s -> {
            assertThat(s.article().title()).isEqualTo("عنوان جديد");
            assertThat(s.seq()).isEqualTo(2);
            assertThat(s.revision()).isEqualTo(2);
            assertThat(s.isUpdate()).isTrue();
        });
    }

    @Test
    void listsOnlyTheArticlesWrittenAfterASequenceNumberInOrder() {
        store.write(w -> {
            w.upsert(article("a1", "https://x.example/1", "واحد", "نص."), w.nextSeq(), "c1", "b1");
            w.upsert(article("a2", "https://x.example/2", "اثنان", "نص."), w.nextSeq(), "c2", "b2");
            w.upsert(article("a3", "https://x.example/3", "ثلاثة", "نص."), w.nextSeq(), "c3", "b3");
            return null;
        });

        assertThat(store.after(1, 10)).extracting(s -> s.article().id()).containsExactly("a2", "a3");
        assertThat(store.after(1, 1)).extracting(s -> s.article().id()).containsExactly("a2");
        assertThat(store.after(0, 10)).allSatisfy(s -> assertThat(s.isUpdate()).isFalse());
    }

    @Test
    void aFailedTransactionStoresNothing() {
        assertThatThrownBy(() -> store.write(w -> {
            w.upsert(article("a1", "https://x.example/1", "واحد", "نص."), w.nextSeq(), "c1", "b1");
            throw new IllegalStateException("crash in the middle of a batch");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.count()).isZero();
    }

    @Test
    void findsTheFirstArticleWithAGivenBody() {
        put(article("a1", "https://x.example/1", "واحد", "نص."), "c1", "body-x");

        store.write(w -> {
            assertThat(w.findIdByBodyHash("body-x")).contains("a1");
            assertThat(w.findIdByBodyHash("body-y")).isEmpty();
            return null;
        });
    }

    @Test
    void keepsTheSchemaWhenReopened() throws Exception {
        put(article("a1", "https://x.example/1", "واحد", "نص."), "c1", "b1");
        db.close();
        db = Database.open(dir.resolve("nabaa.db"));
        store = new ArticleStore(db);

        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void writesFromManyThreadsEachGetTheirOwnTransactionAndDistinctSequenceNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    String id = "t" + thread + "-" + i;
                    put(article(id, "https://x.example/" + id, "خبر " + id, "نص " + id + "."), "c" + id, "b" + id);
                    assertThat(store.count()).isPositive(); // reads run beside the writes
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) f.get();
        pool.shutdown();

        List<Long> seqs = new ArrayList<>(store.after(0, 1000).stream().map(StoredArticle::seq).toList());
        assertThat(seqs).hasSize(200).doesNotHaveDuplicates();
        List<Long> sorted = new ArrayList<>(seqs);
        Collections.sort(sorted);
        assertThat(seqs).isEqualTo(sorted);
        assertThat(store.maxSeq()).isEqualTo(200);
    }

    @Test
    void aReadOnlyDatabaseReadsWhatTheWriterCommittedAndRefusesToWrite() throws Exception {
        put(article("a1", "https://x.example/1", "واحد", "نص."), "c1", "b1");

        try (Database readOnly = Database.openReadOnly(dir.resolve("nabaa.db"))) {
            ArticleStore reader = new ArticleStore(readOnly);
            assertThat(reader.count()).isEqualTo(1);
            put(article("a2", "https://x.example/2", "اثنان", "نص."), "c2", "b2");
            assertThat(reader.count()).isEqualTo(2);
            assertThat(readOnly.writable()).isFalse();
            assertThatThrownBy(() -> reader.write(w -> null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aConsumerPositionIsKeptByName() {
        CursorStore cursors = new CursorStore(db);
        assertThat(cursors.position("alerts")).isZero();

        cursors.save("alerts", 42);
        cursors.save("digest", 7);
        cursors.save("alerts", 43);

        assertThat(cursors.position("alerts")).isEqualTo(43);
        assertThat(cursors.position("digest")).isEqualTo(7);
    }

    /** A key of a lead, as the ingest would compute one: its first word. */
    private static String firstChars(List<String> paragraphs) {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0).split(" ")[0];
    }

    @Test
    void anArticleIsFoundByItsLeadKeyOnlyFromAnotherArticleOfItsOutlet() {
        put(article("sudan", "https://samples.nabaa.example/sudan", "التضخم في السودان",
                "قفز معدل التضخم في السودان إلى 68%."), "c1", "b1");
        store.fillLeadKeys(ArticleStoreTest::firstChars);

        assertThat(store.leadsAnother("قفز", "Nabaa Samples", "page")).isTrue();
        assertThat(store.leadsAnother("قفز", "Nabaa Samples", "sudan")).isFalse();
        assertThat(store.leadsAnother("قفز", "another outlet", "page")).isFalse();
    }

    @Test
    void leadKeysAreComputedOnceForEachWriteOfAnArticle() {
        put(article("sudan", "https://samples.nabaa.example/sudan", "التضخم في السودان", "قفز معدل التضخم في السودان."), "c1", "b1");
        put(article("short", "https://samples.nabaa.example/short", "فيديو", "شاهد"), "c2", "b2");
        assertThat(store.leadsAnother("قفز", "Nabaa Samples", "page")).as("not computed yet").isFalse();

        assertThat(store.fillLeadKeys(ArticleStoreTest::firstChars)).isEqualTo(2);
        assertThat(store.fillLeadKeys(ArticleStoreTest::firstChars)).isZero();
        assertThat(store.leadsAnother("قفز", "Nabaa Samples", "page")).isTrue();

        // its next revision leads otherwise: the old key is gone until computed again
        put(article("sudan", "https://samples.nabaa.example/sudan", "التضخم في السودان", "تراجع الجنيه السوداني."), "c3", "b3");
        assertThat(store.leadsAnother("قفز", "Nabaa Samples", "page")).isFalse();
        assertThat(store.fillLeadKeys(ArticleStoreTest::firstChars)).isEqualTo(1);
        assertThat(store.leadsAnother("تراجع", "Nabaa Samples", "page")).isTrue();
    }
}
