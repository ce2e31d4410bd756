package com.nabaa.ingest;

import java.io.IOException;

/** One input named on the command line (a file, a feed, a page URL) that yields articles. */
interface ArticleSource {
    /** Where the source is, as the user named it. */
    String location();

    /**
     * Reads every article of the source into the listener. Bad items are reported to the listener
     * and reading goes on; an exception means the source as a whole could not be read.
     */
    void read(SourceListener listener) throws IOException;

    /** Receives what a source yields, in order. */
    interface SourceListener {
        void article(ArticleCandidate candidate);

        void skipped(String location, String reason);

        void failed(String location, String reason);

        /** Work done so far within this source (bytes, items), and the total when known (else 0). */
        default void progress(long done, long total) {
        }
    }
}
