package com.nabaa.ingest;

import static com.nabaa.ingest.IngestFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
    @TempDir
    Path dir;
    IngestFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new IngestFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void storesAndIndexesEveryNewArticle() throws Exception {
        Path file = f.write("a.jsonl",
                line("a1", "https://x.example/gold", "ارتفاع الذهب", "ارتفع سعر الذهب في مصر."),
                line("a2", "https://x.example/rail", "قطار سريع", "افتتاح خط القطار السريع."));

        IngestReport report = f.ingest(file.toString());

        assertThat(report.addedCount()).isEqualTo(2);
        assertThat(f.store.count()).isEqualTo(2);
        assertThat(f.index.articleCount()).isEqualTo(2);
        assertThat(f.index.committedSeq()).isEqualTo(f.store.maxSeq());
    }

    @Test
    void aReRunOfTheSameInputAddsNothing() throws Exception {
        Path file = f.write("a.jsonl", line("a1", "https://x.example/gold", "ارتفاع الذهب", "ارتفع سعر الذهب."));
        f.ingest(file.toString());

        IngestReport again = f.ingest(file.toString());

        assertThat(again.addedCount()).isZero();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(1);
        assertThat(f.store.count()).isEqualTo(1);
    }

    @Test
    void theSameUrlWithChangedTextUpdatesTheArticleInPlace() throws Exception {
        f.ingest(f.write("v1.jsonl", line("a1", "https://x.example/gold", "الذهب", "سعر الذهب 3900 جنيه.")).toString());

        IngestReport report = f.ingest(
                f.write("v2.jsonl", line("a1", "https://x.example/gold", "الذهب", "سعر الذهب 3950 جنيه.")).toString());

        assertThat(report.updatedCount()).isEqualTo(1);
        assertThat(f.store.count()).isEqualTo(1);
        assertThat(f.index.articleCount()).isEqualTo(1);
        assertThat(f.search("الذهب", 5)).singleElement()
                .satisfies(hit -> assertThat(hit.passage()).contains("3950"));
    }

    @Test
    void anExactCopyOfABodyUnderAnotherUrlIsRecordedAsADuplicateNotIndexedTwice() throws Exception {
        String body = "أعلنت الهيئة إغلاق الميناء بسبب سوء الأحوال الجوية.";
        Path file = f.write("a.jsonl",
                line("a1", "https://one.example/port", "إغلاق الميناء", body),
                line("a2", "https://two.example/port-closed", "الميناء مغلق", body));

        IngestReport report = f.ingest(file.toString());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(report.duplicateCount()).isEqualTo(1);
        assertThat(f.store.duplicateCount()).isEqualTo(1);
        assertThat(f.index.articleCount()).isEqualTo(1);
    }

    @Test
    void aMalformedLineIsReportedWithItsLocationAndTheRestIsIngested() throws Exception {
        Path file = f.write("a.jsonl",
                line("a1", "https://x.example/1", "خبر أول", "نص أول."),
                "{\"id\": \"broken\", \"title\": ",
                line("a3", "https://x.example/3", "خبر ثالث", "نص ثالث."));

        IngestReport report = f.ingest(file.toString());

        assertThat(report.addedCount()).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file + ":2");
            assertThat(p.reason()).startsWith("malformed JSON");
        });
    }

    @Test
    void anArticleWithAnEmptyBodyIsSkippedWithAReason() throws Exception {
        Path file = f.write("a.jsonl", line("a1", "https://x.example/1", "عنوان بلا نص", "   "));

        IngestReport report = f.ingest(file.toString());

        assertThat(report.addedCount()).isZero();
        assertThat(report.skips()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("empty body"));
    }

    @Test
    void aMissingInputIsOneFailureAndTheOtherInputsAreStillIngested() throws Exception {
        Path file = f.write("a.jsonl", line("a1", "https://x.example/1", "خبر", "نص."));

        IngestReport report = f.ingest(dir.resolve("missing.jsonl").toString(), file.toString());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(report.failures()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no such file"));
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharactersInsteadOfFailing() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        byte[] good = line("a1", "https://x.example/1", "خبر", "نص سليم.").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = '\n';
        int body = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf(new String("سليم".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
        bytes[body] = (byte) 0xFF; // never valid in UTF-8
        java.nio.file.Files.write(file, bytes);

        IngestReport report = f.ingest(file.toString());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(f.store.find("a1")).hasValueSatisfying(a -> assertThat(a.body()).contains("\uFFFD"));
    }

    @Test
    void aStoreWriteTheIndexNeverCommittedIsIndexedOnTheNextRun() throws Exception {
        Path file = f.write("a.jsonl", line("a1", "https://x.example/1", "ارتفاع الذهب", "ارتفع سعر الذهب."));
        f.ingest(file.toString());
        f.close();
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"))) {
            index.deleteAll();
            index.commit(0); // as if the process died after the store commit, before the index commit
        }

        f = new IngestFixture(dir);
        f.awaitIndexed(f.store.maxSeq());

        assertThat(f.index.articleCount()).isEqualTo(1);
        assertThat(f.index.committedSeq()).isEqualTo(f.store.maxSeq());
    }

    @Test
    void theSamePageAtHttpAndHttpsIsOneArticleAndARerunLeavesItAlone() throws Exception {
        Path file = f.write("a.jsonl",
                line("cnn-1", "http://arabic.example/2018/rap", "شابة تغني الراب", "نص النسخة الأولى."),
                line("cnn-2", "https://arabic.example/2018/rap?utm_source=x", "شابة تغني الراب", "نص النسخة الثانية."));

        IngestReport first = f.ingest(file.toString());
        IngestReport again = f.ingest(file.toString());

        assertThat(first.addedCount()).isEqualTo(1);
        assertThat(first.updatedCount()).isEqualTo(1);
        assertThat(f.store.count()).isEqualTo(1);
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(again.updatedCount()).isZero();
    }

    @Test
    void anArticleThatCannotBeStoredIsOneFailureAndTheRestOfItsBatchIsKept() throws Exception {
        f.ingest(f.write("first.jsonl",
                line("a1", "https://x.example/one", "خبر أول", "نص أول."),
                line("a2", "https://x.example/two", "خبر ثان", "نص ثان.")).toString());

        // a1 now claims the URL that a2 already has: the store refuses two articles with one URL.
        IngestReport report = f.ingest(f.write("second.jsonl",
                line("a3", "https://x.example/three", "خبر ثالث", "نص ثالث."),
                line("a1", "https://x.example/two", "خبر أول معدل", "نص أول معدل.")).toString());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("second.jsonl:2");
            assertThat(p.reason()).startsWith("not stored");
        });
        assertThat(f.store.count()).isEqualTo(3);
        assertThat(f.index.articleCount()).isEqualTo(3);
    }
}
