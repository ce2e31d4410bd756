package com.nabaa.ingest;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.ArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Keeps the derived index in step with the article store. */
public final class IndexSync {
    private IndexSync() {
    }

    /**
     * Indexes every stored article the index has not committed yet (after a crash between the
     * store and the index commit). Returns how many were indexed.
     */
    public static long catchUp(ArticleStore store, NewsIndex index) throws IOException {
        long committed = index.committedSeq();
        long latest = store.maxSeq();
        if (committed >= latest) return 0;
        return indexAfter(committed, store, index);
    }

    /**
     * Rebuilds the index from the store when it was written with other analysis chains (see
     * {@link NewsIndex#analysisCurrent}); returns how many articles were indexed, 0 if none needed.
     */
    public static long rebuildIfAnalysisChanged(ArticleStore store, NewsIndex index) throws IOException {
        return index.analysisCurrent() ? 0 : rebuild(store, index);
    }

    /** Rebuilds the whole index from the store (after the analysis changed). */
    public static long rebuild(ArticleStore store, NewsIndex index) throws IOException {
        index.deleteAll();
        return indexAfter(0, store, index);
    }

    private static long indexAfter(long seq, ArticleStore store, NewsIndex index) throws IOException {
        long[] count = {0};
        store.forEachAfter(seq, stored -> {
            try {
                index.upsert(stored.article());
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        index.commit(store.maxSeq());
        return count[0];
    }
}
