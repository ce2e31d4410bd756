package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSyncTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWrittenWithOtherAnalysisChainsIsRebuiltFromTheStore() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            f.ingest(f.write("a.jsonl",
                    IngestFixture.line("a1", "https://news.example/a1", "البنك المركزي يثبت الفائدة", "قرر البنك المركزي تثبيت سعر الفائدة."),
                    IngestFixture.line("a2", "https://news.example/a2", "ارتفاع أسعار الذهب", "ارتفعت أسعار الذهب في السوق المحلية.")).toString());
            assertThat(f.index.analysisCurrent()).isTrue();
        }
        stampAnalysis(dir.resolve("index"), "0:older-stop-words");
        try (Database db = Database.open(dir.resolve("nabaa.db")); NewsIndex index = NewsIndex.open(dir.resolve("index"))) {
            ArticleStore store = new ArticleStore(db);
            assertThat(index.analysisCurrent()).isFalse();
            assertThat(IndexSync.rebuildIfAnalysisChanged(store, index, Runnable::run)).isEqualTo(2);
            assertThat(index.analysisCurrent()).isTrue();
            assertThat(index.articleCount()).isEqualTo(2);
            assertThat(IndexSync.rebuildIfAnalysisChanged(store, index, Runnable::run)).isZero();
        }
    }

    @Test
    void anEmptyIndexNeedsNoRebuild() throws IOException {
        try (Database db = Database.open(dir.resolve("nabaa.db")); NewsIndex index = NewsIndex.open(dir.resolve("index"))) {
            assertThat(index.analysisCurrent()).isTrue();
            assertThat(IndexSync.rebuildIfAnalysisChanged(new ArticleStore(db), index, Runnable::run)).isZero();
        }
    }

    @Test
    void catchUpIndexesWhatTheStoreHasAndTheIndexLacks() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            f.ingest(f.write("a.jsonl",
                    IngestFixture.line("a1", "https://news.example/a1", "البنك المركزي يثبت الفائدة", "قرر البنك المركزي تثبيت سعر الفائدة.")).toString());
        }
        try (Database db = Database.open(dir.resolve("nabaa.db"))) {
            ArticleStore store = new ArticleStore(db);
            store.write(w -> {
                w.upsert(com.nabaa.news.Article.builder().id("a2").url("https://news.example/a2")
                        .canonicalUrl("https://news.example/a2").title("ارتفاع أسعار الذهب")
                        .paragraphs(java.util.List.of("ارتفعت أسعار الذهب في السوق المحلية.")).build(), w.nextSeq(), "c2", "b2");
                return null;
            });
            try (NewsIndex index = NewsIndex.open(dir.resolve("index"))) {
                assertThat(IndexSync.catchUp(store, index, Runnable::run)).isEqualTo(1);
                assertThat(index.articleCount()).isEqualTo(2);
                assertThat(index.committedSeq()).isEqualTo(store.maxSeq());
            }
        }
    }

    /** What an index written by an older Nabaa looks like: same content, another analysis stamp. */
    private static void stampAnalysis(Path indexDir, String version) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("analysis", version);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }
}
