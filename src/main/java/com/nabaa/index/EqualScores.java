package com.nabaa.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Orders hits of equal score the newest first, then by article id. The same agency report carried by
 * two outlets scores the same, and Lucene breaks ties by document number: that is the order in which
 * the index's threads happened to write them, so that one rebuild of the same store answered otherwise
 * than the next. An article's own documents are written in one block, in reading order, and keep it.
 * Only runs of equal scores are read (doc values), so a search pays next to nothing for it; a tie
 * across the last place of a top-n is still decided by document number.
 */
final class EqualScores {
    private EqualScores() {
    }

    /** {@code top} with each run of equal scores in that order (in place). */
    static TopDocs ordered(IndexReader reader, TopDocs top) throws IOException {
        ScoreDoc[] hits = top.scoreDocs;
        for (int from = 0; from < hits.length; ) {
            int to = from + 1;
            while (to < hits.length && hits[to].score == hits[from].score) to++;
            if (to - from > 1) order(reader, hits, from, to);
            from = to;
        }
        return top;
    }

    private record Keyed(ScoreDoc hit, long published, String articleId) {
    }

    private static void order(IndexReader reader, ScoreDoc[] hits, int from, int to) throws IOException {
        Keyed[] run = new Keyed[to - from];
        List<LeafReaderContext> leaves = reader.leaves();
        for (int i = from; i < to; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            int doc = hits[i].doc - leaf.docBase;
            SortedNumericDocValues published = DocValues.getSortedNumeric(leaf.reader(), Fields.PUBLISHED);
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), Fields.ARTICLE_ID);
            long at = published.advanceExact(doc) ? published.nextValue() : Long.MIN_VALUE;
            String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.nextOrd()).utf8ToString() : "";
            run[i - from] = new Keyed(hits[i], at, id);
        }
        Arrays.sort(run, Comparator.comparingLong(Keyed::published).reversed()
                .thenComparing(Keyed::articleId).thenComparingInt(k -> k.hit().doc));
        for (int i = from; i < to; i++) hits[i] = run[i - from].hit();
    }
}
