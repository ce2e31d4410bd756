package com.nabaa.index;

import com.nabaa.text.NewsAnalyzers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds passage queries: every analyzed term may match the headline or the passage of Arabic and
 * English articles (BM25 per field, summed), the headline weighted lower; adjacent question words
 * found close together add a little; spelling variants of the question's words are optional extra
 * clauses at a lower weight.
 */
public final class PassageQuery {
    /**
     * The headline is repeated on every passage of its article; at a high weight a headline word
     * outranks the passage that answers (MRR@10 on XQuAD-ar 0.45 at 1.5, 0.83 at 0.15).
     */
    static final float TITLE_BOOST = 0.15f;
    static final float VARIANT_BOOST = 0.6f;
    /**
     * Weight of a pair of adjacent question words found near each other (MRR@10 XQuAD-ar 0.846 →
     * 0.857, ARCD 0.719 → 0.729; held-out 0.870 → 0.874, 0.742 → 0.763, measured by nabaa eval).
     * Requiring the question's order left these figures within 0.001.
     */
    static final float PAIR_BOOST = 0.2f;
    static final int PAIR_SLOP = 3;
    /**
     * A pair of adjacent question words in the same order in a headline ("المتحف المصري الكبير"),
     * one word apart at most (ARCD MRR@10 0.729 → 0.740, R@10 0.812 → 0.828, held-out 0.763 →
     * 0.772; XQuAD-ar 0.857 → 0.856; measured by nabaa eval). Such tight pairs in passages, on
     * top of {@link #PAIR_BOOST}, raised the no-answer rate on XQuAD-ar from 3.8% to 4.4%.
     */
    static final float TITLE_PAIR_BOOST = 0.2f;
    static final int TITLE_PAIR_SLOP = 1;
    /** Long questions add at most this many pairs, so their queries stay fast. */
    static final int MAX_PAIRS = 8;

    private final QueryBuilder builder;
    private final Analyzer analyzer;

    PassageQuery(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
        this.analyzer = analyzer;
    }

    /** The query for a text, or empty when no word of it survives analysis (only stop words). */
    public Optional<Query> forText(String text) {
        return forText(text, List.of(), SearchFilter.NONE);
    }

    /**
     * The query for a text, with optional variant spellings (other forms of its names) and a filter.
     * Empty when neither the text nor a variant has a searchable word.
     */
    public Optional<Query> forText(String text, List<String> variants, SearchFilter filter) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = addFields(q, text, 1f);
        if (clauses > 0) {
            addPairs(q, Fields.TEXT_AR, text, PAIR_SLOP, PAIR_BOOST);
            addPairs(q, Fields.TEXT_EN, text, PAIR_SLOP, PAIR_BOOST);
            addPairs(q, Fields.TITLE_AR, text, TITLE_PAIR_SLOP, TITLE_PAIR_BOOST);
            addPairs(q, Fields.TITLE_EN, text, TITLE_PAIR_SLOP, TITLE_PAIR_BOOST);
        }
        for (String variant : variants) clauses += addFields(q, variant, VARIANT_BOOST);
        return clauses == 0 ? Optional.empty() : Optional.of(filtered(q.build(), filter));
    }

    /**
     * The same words searched in whole articles (headline and every passage as one text, BM25 per
     * language, summed), for {@link PassageSearcher#wholeArticles}: variants at their lower weight,
     * no proximity (whole-article text keeps no positions). Empty when no word is searchable.
     */
    public Optional<Query> forArticles(String text, List<String> variants, SearchFilter filter) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = add(q, Fields.ARTICLE_AR, text, 1f) + add(q, Fields.ARTICLE_EN, text, 1f);
        for (String variant : variants) {
            clauses += add(q, Fields.ARTICLE_AR, variant, VARIANT_BOOST)
                    + add(q, Fields.ARTICLE_EN, variant, VARIANT_BOOST);
        }
        return clauses == 0 ? Optional.empty() : Optional.of(filtered(q.build(), filter));
    }

    private static Query filtered(Query query, SearchFilter filter) {
        if (filter.isEmpty()) return query;
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filter(filter).forEach(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        return filtered.build();
    }

    /** The filter alone, as clauses; none when the filter is empty. */
    static List<Query> filter(SearchFilter filter) {
        List<Query> out = new ArrayList<>(2);
        if (filter.from().isPresent() || filter.to().isPresent()) {
            long from = filter.from().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = filter.to().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
            out.add(LongField.newRangeQuery(Fields.PUBLISHED, from, to));
        }
        filter.category().ifPresent(c -> out.add(new TermQuery(new Term(Fields.CATEGORY, c))));
        if (filter.breakingOnly()) out.add(IntField.newExactQuery(Fields.BREAKING, 1));
        filter.language().ifPresent(l -> out.add(new TermQuery(new Term(Fields.LANGUAGE, l.code()))));
        return out;
    }

    /**
     * A plain search: passages holding every searchable word of {@code text} (each in the headline or
     * the passage, in the Arabic or the English analysis), restricted by the filter. No question
     * understanding: a word that analysis drops (a stop word) is not required. Empty when no word
     * survives analysis.
     */
    public Optional<Query> allWords(String text, SearchFilter filter) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int required = 0;
        for (String word : text.strip().split("\\s+")) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            int fields = 0;
            for (String field : List.of(Fields.TEXT_AR, Fields.TITLE_AR, Fields.TEXT_EN, Fields.TITLE_EN)) {
                List<String> terms = NewsAnalyzers.terms(analyzer, field, word);
                if (terms.isEmpty()) continue;
                BooleanQuery.Builder inField = new BooleanQuery.Builder();
                // A word the analysis splits (a hyphenated name) needs all its parts in that field.
                terms.forEach(t -> inField.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST));
                anyField.add(inField.build(), BooleanClause.Occur.SHOULD);
                fields++;
            }
            if (fields == 0) continue;
            all.add(anyField.build(), BooleanClause.Occur.MUST);
            required++;
        }
        if (required == 0) return Optional.empty();
        filter(filter).forEach(f -> all.add(f, BooleanClause.Occur.FILTER));
        return Optional.of(all.build());
    }

    /** The terms Arabic passage text indexes {@code text} as. */
    public List<String> arabicTerms(String text) {
        return NewsAnalyzers.terms(analyzer, Fields.TEXT_AR, text);
    }

    /** A bare single-field BM25 query on Arabic passage text: the baseline that benchmarks compare to. */
    public Optional<Query> bare(String text) {
        return Optional.ofNullable(builder.createBooleanQuery(Fields.TEXT_AR, text));
    }

    private int addFields(BooleanQuery.Builder q, String text, float weight) {
        return add(q, Fields.TEXT_AR, text, weight) + add(q, Fields.TITLE_AR, text, weight * TITLE_BOOST)
                + add(q, Fields.TEXT_EN, text, weight) + add(q, Fields.TITLE_EN, text, weight * TITLE_BOOST);
    }

    /**
     * Adjacent words of the question found close together and in the question's order in
     * {@code field} (at most {@code slop} words between them): a small bonus per pair, the
     * proximity part of a sequential dependence model. Order matters for names: "محمد صلاح" is not
     * "صلاح محمد الطبيجي".
     */
    private void addPairs(BooleanQuery.Builder q, String field, String text, int slop, float boost) {
        List<String> terms = NewsAnalyzers.terms(analyzer, field, text);
        for (int i = 0; i + 1 < terms.size() && i < MAX_PAIRS; i++) {
            if (terms.get(i).equals(terms.get(i + 1))) continue;
            Query pair = new SpanNearQuery(new SpanQuery[] {new SpanTermQuery(new Term(field, terms.get(i))),
                new SpanTermQuery(new Term(field, terms.get(i + 1)))}, slop, true);
            q.add(new BoostQuery(pair, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private int add(BooleanQuery.Builder q, String field, String text, float boost) {
        Query part = builder.createBooleanQuery(field, text);
        if (part == null) return 0;
        q.add(boost == 1f ? part : new BoostQuery(part, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
