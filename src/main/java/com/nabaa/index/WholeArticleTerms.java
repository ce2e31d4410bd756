package com.nabaa.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Which of a question's analyzed terms some whole-article documents hold, read from the postings
 * (the whole text is not stored, and analyzing it again per question would cost more than the
 * search).
 */
final class WholeArticleTerms {
    private WholeArticleTerms() {
    }

    /** For each article ({@code idOfDoc}: whole-article doc id → article id), the terms it holds. */
    static Map<String, Set<String>> of(IndexReader reader, Map<Integer, String> idOfDoc, Collection<String> terms)
            throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        if (idOfDoc.isEmpty() || terms.isEmpty()) return out;
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, TreeMap<Integer, String>> byLeaf = new HashMap<>();
        idOfDoc.forEach((doc, id) -> byLeaf.computeIfAbsent(ReaderUtil.subIndex(doc, leaves), l -> new TreeMap<>())
                .put(doc - leaves.get(ReaderUtil.subIndex(doc, leaves)).docBase, id));
        for (Map.Entry<Integer, TreeMap<Integer, String>> leaf : byLeaf.entrySet()) {
            LeafReaderContext context = leaves.get(leaf.getKey());
            for (String field : List.of(Fields.ARTICLE_AR, Fields.ARTICLE_EN)) {
                Terms fieldTerms = context.reader().terms(field);
                if (fieldTerms == null) continue;
                TermsEnum e = fieldTerms.iterator();
                for (String term : terms) {
                    if (!e.seekExact(new BytesRef(term))) continue;
                    PostingsEnum postings = e.postings(null, PostingsEnum.NONE);
                    for (Map.Entry<Integer, String> doc : leaf.getValue().entrySet()) {
                        int at = postings.docID() >= doc.getKey() ? postings.docID() : postings.advance(doc.getKey());
                        if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                        if (at == doc.getKey()) out.computeIfAbsent(doc.getValue(), k -> new HashSet<>()).add(term);
                    }
                }
            }
        }
        return out;
    }
}
