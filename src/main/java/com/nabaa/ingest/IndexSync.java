package com.nabaa.ingest;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.StoredArticle;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

/** Brings the index in step with the article store in one go, on the calling thread and the pool. */
public final class IndexSync {
    private static final int PAGE = 500;

    private IndexSync() {
    }

    /**
     * Indexes every stored article the index has not committed yet (after a crash between the
     * store and the index commit, or writes of a process that did not hold the index). Returns how
     * many were indexed.
     */
    public static long catchUp(ArticleStore store, NewsIndex index, Executor workers) throws IOException {
        return indexAfter(index.committedSeq(), store, index, workers);
    }

    /**
     * Rebuilds the index from the store when it was written with other analysis chains (see
     * {@link NewsIndex#analysisCurrent}); returns how many articles were indexed, 0 if none needed.
     */
    public static long rebuildIfAnalysisChanged(ArticleStore store, NewsIndex index, Executor workers)
            throws IOException {
        return index.analysisCurrent() ? 0 : rebuild(store, index, workers);
    }

    /** Rebuilds the whole index from the store, merged into one segment. */
    public static long rebuild(ArticleStore store, NewsIndex index, Executor workers) throws IOException {
        index.deleteAll();
        long indexed = indexAfter(0, store, index, workers);
        // Searched in one segment, as after an ingest (NewsIndex#compact).
        index.compact();
        return indexed;
    }

    private static long indexAfter(long seq, ArticleStore store, NewsIndex index, Executor workers)
            throws IOException {
        IndexFeeder feeder = new IndexFeeder(index, store, workers);
        long count = 0;
        long position = seq;
        for (List<StoredArticle> page; !(page = store.after(position, PAGE)).isEmpty(); ) {
            feeder.accept(page);
            count += page.size();
            position = page.get(page.size() - 1).seq();
        }
        if (count > 0 || !index.analysisCurrent()) feeder.commit(position);
        return count;
    }
}
