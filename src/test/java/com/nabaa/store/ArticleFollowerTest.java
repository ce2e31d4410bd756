package com.nabaa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFollowerTest {
    @TempDir
    Path dir;
    Database db;
    ArticleStore store;

    /** What the follower asked of its consumer, in order. */
    final List<String> calls = new CopyOnWriteArrayList<>();

    final ArticleConsumer recording = new ArticleConsumer() {
        private long position;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public void accept(List<StoredArticle> page) {
            calls.add("accept " + page.size());
        }

        @Override
        public void commit(long seq) {
            position = seq;
            calls.add("commit " + seq);
        }

        @Override
        public void caughtUp() {
            calls.add("caught up");
        }
    };

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("nabaa.db"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long put(String id) {
        return store.write(w -> {
            long seq = w.nextSeq();
            w.upsert(ArticleStoreTest.article(id, "https://x.example/" + id, "عنوان " + id, "نص."), seq,
                    "c" + id, "b" + id);
            return seq;
        });
    }

    @Test
    void tellsTheConsumerItHasCaughtUpRightAfterCommittingEverythingStored() throws Exception {
        put("a1");
        put("a2");
        long last = put("a3");
        try (ArticleFollower follower = new ArticleFollower(store, recording, Duration.ofMillis(50),
                Duration.ofSeconds(5), Thread.ofPlatform().factory())) {
            follower.start();
            assertThat(follower.awaitCommitted(last, Duration.ofSeconds(10))).isTrue();
            Thread.sleep(200); // a few polls with nothing new

            assertThat(calls).containsExactly("accept 3", "commit " + last, "caught up");

            long next = put("a4");
            assertThat(follower.awaitCommitted(next, Duration.ofSeconds(10))).isTrue();
            Thread.sleep(200);

            assertThat(calls).containsExactly("accept 3", "commit " + last, "caught up",
                    "accept 1", "commit " + next, "caught up");
        }
    }
}
