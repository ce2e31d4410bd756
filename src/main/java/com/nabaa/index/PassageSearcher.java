package com.nabaa.index;

import com.nabaa.news.Language;
import com.nabaa.text.ArabicText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * One point-in-time view of the index, for a whole question: every search through it reads the
 * same commit, however many articles are committed meanwhile, so a question never mixes two states
 * of the index. Get one from {@link NewsIndex#acquire()} and close it (try-with-resources) to
 * release it to the {@link SearcherManager}; a released view refuses to search. Thread-safe while
 * open.
 *
 * <p>A view seen at a reader's clock ({@link #asOf}) never finds an article published after it: every
 * search, list and look-up through it is filtered once, here, so no front end or renderer has to.
 * An article without a publication time cannot be placed after the clock and stays findable. Term
 * statistics (IDF, spelling suggestions) still count the whole index.
 *
 * <p>The whole-article documents beside the passages ({@link Fields#KIND}) are read by {@link
 * #wholeArticles} alone: every other search, list, count and look-up excludes them, so none of them
 * ever returns an article twice or a document without a passage.
 */
public final class PassageSearcher implements AutoCloseable {
    private static final Set<String> STORED = Set.of(Fields.ARTICLE_ID, Fields.PASSAGE_NO, Fields.PASSAGE,
            Fields.TITLE, Fields.URL, Fields.SOURCE, Fields.CATEGORY, Fields.PUBLISHED, Fields.LANGUAGE,
            Fields.BREAKING);
    private static final Query WHOLE_ARTICLE = new TermQuery(new Term(Fields.KIND, Fields.WHOLE_ARTICLE));
    private static final Query PASSAGE = new TermQuery(new Term(Fields.KIND, Fields.PASSAGE_KIND));
    private static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(Fields.PUBLISHED, SortField.Type.LONG, true),
            new SortedSetSortField(Fields.ARTICLE_ID, false));

    /** Matching passages read to find the best of each of a few articles: more than a few articles hold. */
    private static final int MAX_PASSAGES_OF_FEW = 1000;

    private final SearcherManager searchers;
    private final IndexSearcher searcher;
    private final PassageQuery queries;
    /** Shared by the views of one acquisition: whichever is closed first releases it. */
    private final AtomicBoolean released;
    /** Articles published after this instant are not in this view. */
    private final Optional<Instant> clock;
    /** The newest publication time of this acquisition's index, once read ({@link #newestPublished}). */
    private final AtomicLong newest;
    private static final long UNREAD = Long.MAX_VALUE;
    /**
     * Each article's passages as this view read them: a question reads the same few articles whole
     * to weigh their evidence and again to summarize them, and the view never changes.
     */
    private final Map<String, List<PassageHit>> articles = new ConcurrentHashMap<>();
    /**
     * Each term's passage count as this view read it: a question asks for its words' counts to weigh
     * them, to find their forms with a preposition and again to judge the evidence.
     */
    private final Map<String, Long> frequencies = new ConcurrentHashMap<>();
    /**
     * The best passages per article this view found for a query: when nothing answers, the related
     * headlines are searched with the question's words again, most often the very query the ranking
     * ran. Lucene queries compare by value.
     */
    private final Map<BestPerArticle, List<PassageHit>> bestPerArticle = new ConcurrentHashMap<>();
    /** The index's headline terms by how they sound, for names no one taught. */
    private final HeadlineSounds sounds;
    /** The index's headline words by their skeletons, for names a reader misspells. */
    private final HeadlineSkeletons skeletons;

    private PassageSearcher(SearcherManager searchers, IndexSearcher searcher, PassageQuery queries,
                            AtomicBoolean released, Optional<Instant> clock, HeadlineSounds sounds,
                            HeadlineSkeletons skeletons, AtomicLong newest) {
        this.newest = newest;
        this.sounds = sounds;
        this.skeletons = skeletons;
        this.searchers = searchers;
        this.searcher = searcher;
        this.queries = queries;
        this.released = released;
        this.clock = clock;
    }

    /** The manager's current searcher, acquired until {@link #close()}. */
    static PassageSearcher acquire(SearcherManager searchers, Analyzer analyzer, HeadlineSounds sounds,
                                   HeadlineSkeletons skeletons) {
        try {
            return new PassageSearcher(searchers, searchers.acquire(), new PassageQuery(analyzer), new AtomicBoolean(),
                    Optional.empty(), sounds, skeletons, new AtomicLong(UNREAD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire an index searcher: " + e.getMessage(), e);
        }
    }

    /**
     * This view as a reader at {@code clock} sees it: nothing published after the clock is found,
     * listed or looked up. It is the same acquisition: closing either view releases it.
     */
    public PassageSearcher asOf(Instant clock) {
        return new PassageSearcher(searchers, searcher, queries, released, Optional.of(clock), sounds, skeletons, newest);
    }

    /**
     * {@code query} over passages only: without the whole-article documents, which no list, count or
     * look-up may return, and without the articles published after the clock (those without a date
     * stay).
     */
    private Query bounded(Query query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(PASSAGE, BooleanClause.Occur.FILTER);
        afterClock().ifPresent(after -> b.add(after, BooleanClause.Occur.MUST_NOT));
        return b.build();
    }

    /** {@code query} over whole-article documents only, bounded by the clock like passages. */
    private Query boundedWhole(Query query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(WHOLE_ARTICLE, BooleanClause.Occur.FILTER);
        afterClock().ifPresent(after -> b.add(after, BooleanClause.Occur.MUST_NOT));
        return b.build();
    }

    /**
     * The articles published after the clock, or nothing when the index holds none: a reader asking
     * now (the usual case) needs no filter, and checking each candidate's date costs a seventh of a
     * passage search.
     */
    private Optional<Query> afterClock() {
        if (clock.isEmpty() || clock.get().toEpochMilli() >= newestPublished()) return Optional.empty();
        return Optional.of(LongField.newRangeQuery(Fields.PUBLISHED, clock.get().toEpochMilli() + 1, Long.MAX_VALUE));
    }

    /** The newest publication time in this view's index, in epoch milliseconds (Long.MIN_VALUE when none). */
    private long newestPublished() {
        long newest = this.newest.get();
        if (newest != UNREAD) return newest;
        try {
            byte[] packed = PointValues.getMaxPackedValue(searcher.getIndexReader(), Fields.PUBLISHED);
            newest = packed == null ? Long.MIN_VALUE : NumericUtils.sortableBytesToLong(packed, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's newest publication time: " + e.getMessage(), e);
        }
        this.newest.set(newest);
        return newest;
    }

    public PassageQuery queries() {
        return queries;
    }

    /** The best {@code n} passages for the text, best first; none when nothing of it is searchable. */
    public List<PassageHit> search(String text, int n) {
        return queries.forText(text).map(q -> search(q, n)).orElse(List.of());
    }

    public List<PassageHit> search(Query query, int n) {
        return withSearcher(searcher -> hits(searcher, best(searcher, bounded(query), n)));
    }

    /** A query for the best passages per article, as {@link #bestPerArticle} remembers it. */
    private record BestPerArticle(Query query, int passages, int articles) {
    }

    /**
     * The best passage of each of the best {@code articles} articles among the top {@code passages}
     * passages, best first. Article ids come from doc values; stored fields are read only for the
     * passages returned, which keeps a question's cost near that of the bare query.
     */
    public List<PassageHit> bestPerArticle(Query query, int passages, int articles) {
        BestPerArticle key = new BestPerArticle(query, passages, articles);
        List<PassageHit> found = bestPerArticle.get(key);
        if (found != null) return found;
        found = withSearcher(searcher -> {
            ScoreDoc[] top = best(searcher, bounded(query), passages).scoreDocs;
            String[] ids = HitArticleIds.of(searcher.getIndexReader(), top);
            Set<String> seen = new HashSet<>();
            List<ScoreDoc> chosen = new ArrayList<>();
            for (int i = 0; i < top.length && chosen.size() < articles; i++) {
                if (seen.add(ids[i])) chosen.add(top[i]);
            }
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>(chosen.size());
            for (ScoreDoc sd : chosen) hits.add(hit(stored.document(sd.doc, STORED), sd.score));
            return List.copyOf(hits);
        });
        bestPerArticle.put(key, found);
        return found;
    }

    /**
     * Whole-article evidence for {@code hits}, the best passages of a passage search for {@code
     * passages}: the whole-article BM25 of {@code articles} for each hit's article and for the best
     * {@code pool} articles, and the best passage of each of the first {@code added} of those that
     * {@code hits} lack, appended in that order; and which of the analyzed {@code terms} each of
     * those articles holds anywhere. An article's whole text is found even when no single passage
     * holds most of the question's words. Bounded by the clock like every search.
     */
    public WholeArticles wholeArticles(Query articles, Query passages, List<PassageHit> hits, Collection<String> terms,
                                       int pool, int added) {
        return withSearcher(searcher -> {
            Query whole = boundedWhole(articles);
            ScoreDoc[] top = best(searcher, whole, pool).scoreDocs;
            String[] topIds = HitArticleIds.of(searcher.getIndexReader(), top);
            Map<String, ScoreDoc> docs = new HashMap<>();
            put(docs, top, topIds);
            Set<String> found = new LinkedHashSet<>();
            hits.forEach(h -> found.add(h.articleId()));
            List<String> unscored = found.stream().filter(id -> !docs.containsKey(id)).toList();
            if (!unscored.isEmpty()) {
                ScoreDoc[] theirs = best(searcher, onlyArticles(whole, unscored), unscored.size()).scoreDocs;
                put(docs, theirs, HitArticleIds.of(searcher.getIndexReader(), theirs));
            }
            List<String> more = new ArrayList<>(added);
            for (String id : topIds) {
                if (more.size() < added && !found.contains(id)) more.add(id);
            }
            List<PassageHit> all = new ArrayList<>(hits);
            if (!more.isEmpty()) all.addAll(bestOfEach(searcher, bounded(onlyArticles(passages, more)), more));
            Set<String> shown = new HashSet<>();
            all.forEach(h -> shown.add(h.articleId()));
            Map<String, Float> scores = new HashMap<>();
            Map<Integer, String> idOfDoc = new HashMap<>();
            docs.forEach((id, sd) -> {
                if (!shown.contains(id)) return;
                scores.put(id, sd.score);
                idOfDoc.put(sd.doc, id);
            });
            return new WholeArticles(all, scores, WholeArticleTerms.of(searcher.getIndexReader(), idOfDoc, terms));
        });
    }

    /** The top {@code n}, best first, equal scores in {@link EqualScores}' order. */
    private static TopDocs best(IndexSearcher searcher, Query query, int n) throws IOException {
        return EqualScores.ordered(searcher.getIndexReader(), searcher.search(query, n));
    }

    private static void put(Map<String, ScoreDoc> docs, ScoreDoc[] found, String[] ids) {
        for (int i = 0; i < found.length; i++) docs.putIfAbsent(ids[i], found[i]);
    }

    /** {@code query} restricted to the documents of some articles, scored as before. */
    private static Query onlyArticles(Query query, List<String> articleIds) {
        List<BytesRef> ids = articleIds.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Fields.ARTICLE_ID, ids), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The best passage of each of a few articles, in the articles' order; one without a match is left out. */
    private static List<PassageHit> bestOfEach(IndexSearcher searcher, Query query, List<String> articleIds)
            throws IOException {
        ScoreDoc[] top = best(searcher, query, MAX_PASSAGES_OF_FEW).scoreDocs;
        String[] ids = HitArticleIds.of(searcher.getIndexReader(), top);
        Map<String, ScoreDoc> best = new HashMap<>();
        for (int i = 0; i < top.length; i++) best.putIfAbsent(ids[i], top[i]);
        StoredFields stored = searcher.storedFields();
        List<PassageHit> out = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            ScoreDoc sd = best.get(id);
            if (sd != null) out.add(hit(stored.document(sd.doc, STORED), sd.score));
        }
        return out;
    }

    /** Passages whose Arabic text holds an already analyzed term (no second analysis), best first. */
    public List<PassageHit> searchTerm(String analyzedTerm, int n) {
        return search(new TermQuery(new Term(Fields.TEXT_AR, analyzedTerm)), n);
    }

    /** Top-{@code n} doc ids only, without loading stored fields: the bare cost of a query. */
    public int count(Query query, int n) {
        return withSearcher(searcher -> searcher.search(bounded(query), n).scoreDocs.length);
    }

    /** Every passage of one article, in reading order. */
    public List<PassageHit> passagesOf(String articleId) {
        List<PassageHit> read = articles.get(articleId);
        if (read != null) return read;
        List<PassageHit> passages = withSearcher(searcher -> {
            List<PassageHit> all = hits(searcher,
                    searcher.search(bounded(new TermQuery(new Term(Fields.ARTICLE_ID, articleId))), 1000));
            return all.stream().sorted(Comparator.comparingInt(PassageHit::passageNo)).toList();
        });
        articles.put(articleId, passages);
        return passages;
    }

    /**
     * The newest articles (their first passage), newest first: all of them, or those matching the
     * query when one is given; restricted by the filter.
     */
    public List<PassageHit> latest(Optional<Query> about, SearchFilter filter, int n) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.HEAD, "1")), BooleanClause.Occur.FILTER);
        about.ifPresent(a -> q.add(a, BooleanClause.Occur.MUST));
        PassageQuery.filter(filter).forEach(f -> q.add(f, BooleanClause.Occur.FILTER));
        return withSearcher(searcher -> hits(searcher, searcher.search(bounded(q.build()), n, NEWEST_FIRST)));
    }

    /**
     * The newest {@code articles} articles with a passage matching {@code query}, newest first, each
     * with its newest-sorted first matching passage. Passages are read in pages of the newest, so
     * the cost follows the articles asked for, not the number of matches.
     */
    public List<PassageHit> newestMatching(Query query, int articles) {
        int batch = Math.max(50, articles * 4);
        Query bounded = bounded(query);
        return withSearcher(searcher -> {
            List<PassageHit> out = new ArrayList<>(articles);
            Set<String> seen = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc after = null;
            while (out.size() < articles) {
                TopDocs top = after == null ? searcher.search(bounded, batch, NEWEST_FIRST)
                        : searcher.searchAfter(after, bounded, batch, NEWEST_FIRST);
                if (top.scoreDocs.length == 0) break;
                String[] ids = HitArticleIds.of(searcher.getIndexReader(), top.scoreDocs);
                for (int i = 0; i < ids.length && out.size() < articles; i++) {
                    if (seen.add(ids[i])) out.add(hit(stored.document(top.scoreDocs[i].doc, STORED), 0f));
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
            return out;
        });
    }

    /** Inverse document frequency of an analyzed term in the passage text of a language. */
    public float idf(String term, Language language) {
        String field = Fields.textField(language);
        return withSearcher(searcher -> {
            long docs = Math.max(1, searcher.getIndexReader().getDocCount(field));
            long df = searcher.getIndexReader().docFreq(new Term(field, term));
            return (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        });
    }

    /** Number of passages whose text has the analyzed term (Arabic and English fields). */
    public long documentFrequency(String term) {
        Long known = frequencies.get(term);
        if (known != null) return known;
        long n = withSearcher(searcher -> (long) searcher.getIndexReader().docFreq(new Term(Fields.TEXT_AR, term))
                + searcher.getIndexReader().docFreq(new Term(Fields.TEXT_EN, term)));
        frequencies.put(term, n);
        return n;
    }

    /** Number of articles whose Arabic headline holds {@code word} as written ({@link Fields#HEADLINE_WORDS}). */
    public long headlineFrequency(String word) {
        Term written = new Term(Fields.HEADLINE_WORDS, ArabicText.normalize(word));
        return withSearcher(searcher -> (long) searcher.getIndexReader().docFreq(written));
    }

    /** A spelling suggestion for one analyzed term of Arabic text, when a close, more frequent term exists. */
    public Optional<String> suggestTerm(String term) {
        return withSearcher(searcher -> Spelling.suggest(searcher.getIndexReader(), Fields.TEXT_AR, term));
    }

    /**
     * The Arabic the indexed news has taught for a Latin word ("khashoggi" → خاشقجي), as the news
     * spells it: from names in parentheses beside their Arabic and from English URL slugs beside
     * Arabic headlines ({@link LearntNames}); failing those, for a capitalized name, the frequent
     * headline term that sounds like it ({@link HeadlineSounds}); empty when none does.
     */
    public Optional<String> learntArabic(String latinWord) {
        return learntArabic(latinWord, arabic -> true);
    }

    /**
     * {@link #learntArabic(String)}, taking a sound-alike headline term only when {@code soundAlike}
     * accepts it: what the news taught beside the name is kept as taught.
     */
    public Optional<String> learntArabic(String latinWord, Predicate<String> soundAlike) {
        return taughtArabic(latinWord).or(() -> soundAlike(latinWord, soundAlike));
    }

    /** The Arabic the news taught for a Latin word ({@link LearntNames}) alone, no sound-alike. */
    public Optional<String> taughtArabic(String latinWord) {
        return withSearcher(searcher -> LearntNames.arabicFor(searcher.getIndexReader(), latinWord));
    }

    /**
     * The headline word, as written, that a reader's spelling of a name stands for ({@link
     * HeadlineSkeletons}: موجروزا → موغوروزا); empty when none does.
     */
    public Optional<String> headlineSpelling(String typed) {
        return withSearcher(searcher -> skeletons.spelledLike(searcher.getIndexReader(), typed));
    }

    /** The headline word a capitalized name sounds like ({@link HeadlineSounds}), when {@code accept} takes it. */
    public Optional<String> soundAlike(String latinWord, Predicate<String> accept) {
        return withSearcher(searcher -> sounds.soundsLike(searcher.getIndexReader(), latinWord).filter(accept));
    }

    int articleCount() {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(Fields.HEAD, "1"))));
    }

    /** Releases the view; searching afterwards is a bug and throws. Closing twice does nothing. */
    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) return;
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release an index searcher: " + e.getMessage(), e);
        }
    }

    private <T> T withSearcher(SearchWork<T> work) {
        // The reader of a released searcher may be closed by the next refresh: fail clearly instead.
        if (released.get()) throw new IllegalStateException("this view of the index was released");
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private static List<PassageHit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) hits.add(hit(stored.document(sd.doc, STORED), sd.score));
        return hits;
    }

    private static PassageHit hit(Document d, float score) {
        IndexableField published = d.getField(Fields.PUBLISHED);
        return new PassageHit(d.get(Fields.ARTICLE_ID), d.getField(Fields.PASSAGE_NO).numericValue().intValue(),
                Float.isNaN(score) ? 0f : score, d.get(Fields.PASSAGE), d.get(Fields.TITLE), d.get(Fields.URL),
                d.get(Fields.SOURCE), d.get(Fields.CATEGORY),
                Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
                Language.fromCode(d.get(Fields.LANGUAGE)),
                d.getField(Fields.BREAKING).numericValue().intValue() == 1);
    }
}
