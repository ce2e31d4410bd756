package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    void close() throws Exception {
        db.close();
    }

    static Article article(String id, String url, String title, String... paragraphs) {
        return Article.builder().id(id).url(url).canonicalUrl(url).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("Nabaa Samples").category("economy").language(Language.ARABIC).breaking(true)
                .leadImage("https://samples.nabaa.example/a.jpg").build();
    }

    @Test
    void readsBackEveryFieldOfAStoredArticle() throws Exception {
        Article a = article("a1", "https://samples.nabaa.example/a1", "البنك المركزي يثبت الفائدة",
                "قرر البنك المركزي الإبقاء على الفائدة.", "وقال البنك في بيان إن القرار مؤقت.");
        db.inTransaction(() -> store.upsert(a, 1, "c1", "b1"));

        assertThat(store.find("a1")).contains(a);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void findsAnArticleByItsCanonicalUrlWhenTheIdDiffers() throws Exception {
        db.inTransaction(() -> store.upsert(article("a1", "https://x.example/a", "عنوان", "نص."), 1, "c1", "b1"));

        assertThat(store.findRef("other-id", "https://x.example/a"))
                .hasValueSatisfying(ref -> assertThat(ref.id()).isEqualTo("a1"));
        assertThat(store.findRef("other-id", "https://x.example/b")).isEmpty();
    }

    @Test
    void anUpdateReplacesTheRowAndTakesTheNewSequenceNumber() throws Exception {
        db.inTransaction(() -> store.upsert(article("a1", "https://x.example/a", "عنوان", "نص أول."), 1, "c1", "b1"));
        db.inTransaction(() -> store.upsert(article("a1", "https://x.example/a", "عنوان جديد", "نص ثان."), 2, "c2", "b2"));

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.maxSeq()).isEqualTo(2);
        assertThat(store.find("a1")).hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("عنوان جديد"));
    }

    @Test
    void scansOnlyTheArticlesWrittenAfterASequenceNumber() throws Exception {
        db.inTransaction(() -> {
            store.upsert(article("a1", "https://x.example/1", "واحد", "نص."), 1, "c1", "b1");
            store.upsert(article("a2", "https://x.example/2", "اثنان", "نص."), 2, "c2", "b2");
            store.upsert(article("a3", "https://x.example/3", "ثلاثة", "نص."), 3, "c3", "b3");
        });
        List<String> seen = new ArrayList<>();
        store.forEachAfter(1, s -> seen.add(s.article().id()));

        assertThat(seen).containsExactly("a2", "a3");
    }

    @Test
    void aFailedTransactionStoresNothing() throws Exception {
        try {
            db.inTransaction(() -> {
                store.upsert(article("a1", "https://x.example/1", "واحد", "نص."), 1, "c1", "b1");
                throw new IllegalStateException("crash in the middle of a batch");
            });
        } catch (IllegalStateException expected) {
            // the batch failed as a whole
        }
        assertThat(store.count()).isZero();
    }

    @Test
    void findsTheFirstArticleWithAGivenBody() throws Exception {
        db.inTransaction(() -> store.upsert(article("a1", "https://x.example/1", "واحد", "نص."), 1, "c1", "body-x"));

        assertThat(store.findIdByBodyHash("body-x")).contains("a1");
        assertThat(store.findIdByBodyHash("body-y")).isEmpty();
    }

    @Test
    void keepsTheSchemaWhenReopened() throws Exception {
        db.inTransaction(() -> store.upsert(article("a1", "https://x.example/1", "واحد", "نص."), 1, "c1", "b1"));
        db.close();
        db = Database.open(dir.resolve("nabaa.db"));
        store = new ArticleStore(db);

        assertThat(store.count()).isEqualTo(1);
    }
}
