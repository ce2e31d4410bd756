package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
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
            assertThat(IndexSync.rebuildIfAnalysisChanged(f.store, f.index)).isZero();
        }
        stampAnalysis(dir.resolve("index"), "0:older-stop-words");
        try (IngestFixture f = new IngestFixture(dir)) {
            assertThat(f.index.analysisCurrent()).isFalse();
            assertThat(IndexSync.rebuildIfAnalysisChanged(f.store, f.index)).isEqualTo(2);
            assertThat(f.index.analysisCurrent()).isTrue();
            assertThat(f.index.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void anEmptyIndexNeedsNoRebuild() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            assertThat(f.index.analysisCurrent()).isTrue();
            assertThat(IndexSync.rebuildIfAnalysisChanged(f.store, f.index)).isZero();
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
