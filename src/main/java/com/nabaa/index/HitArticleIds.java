package com.nabaa.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreDoc;

/** Reads the article id of search hits from doc values (no stored-field decompression). */
final class HitArticleIds {
    private HitArticleIds() {
    }

    /** The article id of each hit, in the hits' order. */
    static String[] of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        String[] ids = new String[hits.length];
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) byDoc[i] = i;
        // Doc values iterate forwards only: visit the hits in doc id order.
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafNo = -1;
        SortedSetDocValues values = null;
        int docBase = 0;
        Map<Long, String> named = new HashMap<>();
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafNo) {
                leafNo = leaf;
                docBase = leaves.get(leaf).docBase;
                values = DocValues.getSortedSet(leaves.get(leaf).reader(), Fields.ARTICLE_ID);
                named.clear();
            }
            if (values.advanceExact(doc - docBase)) {
                // An article's passages share its ord: each id is decoded once per segment.
                long ord = values.nextOrd();
                String id = named.get(ord);
                if (id == null) {
                    id = values.lookupOrd(ord).utf8ToString();
                    named.put(ord, id);
                }
                ids[i] = id;
            } else {
                throw new IllegalStateException("passage document " + doc + " has no article id");
            }
        }
        return ids;
    }
}
