package com.nabaa.index;

import com.nabaa.news.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.Term;

/** Searches passages through the index's {@link SearcherManager}. Thread-safe. */
public final class PassageSearcher {
    private static final Set<String> STORED = Set.of(Fields.ARTICLE_ID, Fields.PASSAGE_NO, Fields.PASSAGE,
            Fields.TITLE, Fields.URL, Fields.SOURCE, Fields.CATEGORY, Fields.PUBLISHED, Fields.LANGUAGE,
            Fields.BREAKING);

    private final SearcherManager searchers;
    private final PassageQuery queries;

    PassageSearcher(SearcherManager searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.queries = new PassageQuery(analyzer);
    }

    public PassageQuery queries() {
        return queries;
    }

    /** The best {@code n} passages for the text, best first; none when nothing of it is searchable. */
    public List<PassageHit> search(String text, int n) {
        return queries.forText(text).map(q -> search(q, n)).orElse(List.of());
    }

    public List<PassageHit> search(Query query, int n) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, n);
                StoredFields stored = searcher.storedFields();
                List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) hits.add(hit(stored.document(sd.doc, STORED), sd.score));
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /** Top-{@code n} doc ids only, without loading stored fields: the bare cost of a query. */
    public int count(Query query, int n) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(query, n).scoreDocs.length;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    int articleCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Fields.HEAD, "1")));
        } finally {
            searchers.release(searcher);
        }
    }

    private static PassageHit hit(Document d, float score) {
        IndexableField published = d.getField(Fields.PUBLISHED);
        return new PassageHit(d.get(Fields.ARTICLE_ID), d.getField(Fields.PASSAGE_NO).numericValue().intValue(),
                score, d.get(Fields.PASSAGE), d.get(Fields.TITLE), d.get(Fields.URL), d.get(Fields.SOURCE),
                d.get(Fields.CATEGORY),
                Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
                Language.fromCode(d.get(Fields.LANGUAGE)),
                d.getField(Fields.BREAKING).numericValue().intValue() == 1);
    }
}
