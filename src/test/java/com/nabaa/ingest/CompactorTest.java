package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactorTest {
    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();

    private static Article article(String id, String title) {
        return Article.builder().id(id).url("https://samples.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(title + " في القاهرة."))
                .source("Nabaa Samples").language(Language.ARABIC).build();
    }

    private static void addSegments(NewsIndex index, long fromSeq, int count) throws Exception {
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            index.upsert(article("a" + seq, "خبر رقم " + seq));
            index.commit(seq);
        }
    }

    private static void awaitOneSegment(NewsIndex index) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (index.segmentCount() > 1) {
            if (System.nanoTime() > deadline) throw new AssertionError("the index was not merged within 30 s");
            Thread.sleep(20);
        }
    }

    @Test
    void mergesWhenCaughtUpThenWaitsOutTheIntervalBeforeMergingAgain() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir);
             Compactor compactor = new Compactor(index, Duration.ofMinutes(10), nanos::get,
                     Thread.ofPlatform().daemon().factory())) {
            addSegments(index, 1, 3);

            assertThat(compactor.caughtUp()).isTrue();
            awaitOneSegment(index);
            assertThat(index.articleCount()).isEqualTo(3);

            addSegments(index, 4, 2);
            nanos.addAndGet(Duration.ofMinutes(9).toNanos());
            assertThat(compactor.caughtUp()).as("nine minutes after the last merge").isFalse();
            assertThat(index.segmentCount()).isEqualTo(3);

            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
            assertThat(compactor.caughtUp()).as("ten minutes after").isTrue();
            awaitOneSegment(index);
            assertThat(index.articleCount()).isEqualTo(5);
            assertThat(index.committedSeq()).isEqualTo(5);
        }
    }

    @Test
    void aClosedCompactorStartsNothing() throws Exception {
        try (NewsIndex index = NewsIndex.open(dir)) {
            Compactor compactor = new Compactor(index, Duration.ofMinutes(10), nanos::get,
                    Thread.ofPlatform().daemon().factory());
            addSegments(index, 1, 2);
            compactor.close();

            assertThat(compactor.caughtUp()).isFalse();
            assertThat(index.segmentCount()).isEqualTo(2);
        }
    }
}
