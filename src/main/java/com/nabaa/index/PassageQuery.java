package com.nabaa.index;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the passage query for a text: every analyzed term may match the headline or the passage
 * of Arabic and English articles (BM25 per field, summed), the headline weighted higher.
 */
public final class PassageQuery {
    static final float TITLE_BOOST = 1.5f;

    private final QueryBuilder builder;

    PassageQuery(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query, or empty when no word of the text survives analysis (only stop words). */
    public Optional<Query> forText(String text) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(q, Fields.TEXT_AR, text, 1f);
        clauses += add(q, Fields.TITLE_AR, text, TITLE_BOOST);
        clauses += add(q, Fields.TEXT_EN, text, 1f);
        clauses += add(q, Fields.TITLE_EN, text, TITLE_BOOST);
        return clauses == 0 ? Optional.empty() : Optional.of(q.build());
    }

    /** A bare single-field BM25 query on Arabic passage text: the baseline that benchmarks compare to. */
    public Optional<Query> bare(String text) {
        return Optional.ofNullable(builder.createBooleanQuery(Fields.TEXT_AR, text));
    }

    private int add(BooleanQuery.Builder q, String field, String text, float boost) {
        Query part = builder.createBooleanQuery(field, text);
        if (part == null) return 0;
        q.add(boost == 1f ? part : new BoostQuery(part, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
