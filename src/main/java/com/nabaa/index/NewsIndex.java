package com.nabaa.index;

import com.nabaa.news.Article;
import com.nabaa.news.Passage;
import com.nabaa.text.NewsAnalyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of article passages on disk, with one whole-article document per article beside
 * its passages. Writes replace all documents of an article at once
 * ({@code updateDocuments} by article id); {@link #commit(long)} makes them durable together with
 * the store sequence number they reflect, so a crash between store and index is caught up on the
 * next run. Searches go through a {@link SearcherManager}, one acquisition per question
 * ({@link #acquire()}).
 */
public final class NewsIndex implements PassageSearchers, AutoCloseable {
    static final String STORE_SEQ = "store_seq";
    static final String ANALYSIS = "analysis";
    /**
     * BM25 with k1=0.9, b=0.4, chosen on the evaluation sets' dev part (MRR@10 +1 to +3 points over
     * Lucene's defaults); k1 and b act at search time only, so changing them needs no reindex.
     */
    static final BM25Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

    private final Directory directory;
    /** Empty when this process only reads what another process committed. */
    private final Optional<IndexWriter> writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    /** Headline terms by how they sound: Arabic for Latin names no one taught ({@link HeadlineSounds}). */
    private final HeadlineSounds sounds = new HeadlineSounds();
    /** Headline words by their skeletons: the news's spelling of a name a reader misspells ({@link HeadlineSkeletons}). */
    private final HeadlineSkeletons skeletons = new HeadlineSkeletons();

    private NewsIndex(Directory directory, Optional<IndexWriter> writer, SearcherManager searchers, Analyzer analyzer) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    /**
     * Opens (creating if needed) the index for writing and searching. One process at a time may:
     * {@link IndexBusyException} when another holds it.
     */
    public static NewsIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = analyzer();
        try {
            IndexWriter writer = newWriter(dir, directory, analyzer);
            try {
                // Readers in other processes open the last commit: a new index gets an empty one at once.
                if (!DirectoryReader.indexExists(directory)) firstCommit(writer);
                return new NewsIndex(directory, Optional.of(writer), new SearcherManager(writer, SEARCHERS), analyzer);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index's last commit for searching only, without the write lock, so it works while
     * another process writes. {@link #refresh} moves to a newer commit. An index that does not
     * exist yet is created empty.
     */
    public static NewsIndex openReadOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) createEmpty(dir, directory);
            return new NewsIndex(directory, Optional.empty(), new SearcherManager(directory, SEARCHERS), analyzer());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Whether a process (this one or another) holds the index for writing now. */
    public static boolean isHeld(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Directory directory = FSDirectory.open(dir);
             Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        }
    }

    private static IndexWriter newWriter(Path dir, Directory directory, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(false);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(dir, e);
        }
    }

    /** An empty first commit, so readers can open; if another process is creating it, waits for it. */
    private static void createEmpty(Path dir, Directory directory) throws IOException {
        try (IndexWriter w = newWriter(dir, directory, analyzer())) {
            firstCommit(w);
        } catch (IndexBusyException e) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!DirectoryReader.indexExists(directory)) {
                if (System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the index at " + dir);
                }
            }
        }
    }

    private static void firstCommit(IndexWriter w) throws IOException {
        w.setLiveCommitData(Map.of(STORE_SEQ, "0", ANALYSIS, version()).entrySet());
        w.commit();
    }

    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(SIMILARITY);
            return searcher;
        }
    };

    /**
     * What the index's terms depend on: the analysis chains and what is learnt from articles
     * ({@link LearntNames}). An index written under another version is rebuilt from the store.
     */
    static String version() {
        return NewsAnalyzers.version() + ":learnt" + LearntNames.VERSION + ":schema" + SCHEMA;
    }

    /**
     * Raise when the documents change: the index is then rebuilt ({@link #version()}). 2: a
     * whole-article document beside each article's passages; 3: passages marked as such; 4: an
     * Arabic headline's words as written ({@link Fields#HEADLINE_WORDS}); 5: a hashtag's words as
     * running text ({@code com.nabaa.news.Hashtags}: "#زاك_كوكس" is زاك كوكس); 6: every document
     * holds every scored field ({@link #withEveryScoredField}); 7: passages without a wire dateline
     * ({@link com.nabaa.text.Datelines}); 8: no other story's teaser at a page's foot (the feeder
     * leaves them out, {@code com.nabaa.ingest.FootTeasers}).
     */
    static final int SCHEMA = 8;

    /** Whole-article text needs frequencies and norms for BM25, never positions: a third of the postings. */
    private static final FieldType WHOLE_TEXT = wholeText();

    private static FieldType wholeText() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** Whether this process writes the index (else it reads another process's commits). */
    public boolean writable() {
        return writer.isPresent();
    }

    /** Moves searches to the latest commit (read-only) or the latest writes (writer). */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** The per-field analyzer: English fields get the English chain, all others the Arabic one. */
    static Analyzer analyzer() {
        Analyzer english = NewsAnalyzers.english();
        return new PerFieldAnalyzerWrapper(NewsAnalyzers.arabic(),
                Map.of(Fields.TITLE_EN, english, Fields.TEXT_EN, english, Fields.ARTICLE_EN, english));
    }

    /** Adds the article, replacing every passage it had before. Thread-safe. */
    public void upsert(Article article) throws IOException {
        writer().updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), documents(article, article.published()));
    }

    /**
     * Adds the article as received at {@code received}. A publication time after that is not when
     * it was published: an outlet that stamps its local time without the UTC offset looks up to four
     * hours ahead (the Gulf), and a wrong date further. The index keeps the time it was received
     * instead, as alerts do, so a reader's clock never hides a story that has arrived, and a story
     * dated after the clock is never one that has. Thread-safe.
     */
    public void upsert(Article article, Instant received) throws IOException {
        Optional<Instant> published = article.published().map(p -> p.isAfter(received) ? received : p);
        writer().updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), documents(article, published));
    }

    public void delete(String articleId) throws IOException {
        writer().deleteDocuments(new Term(Fields.ARTICLE_ID, articleId));
    }

    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /** Makes every write so far durable, recording the store sequence number they reflect. */
    public void commit(long storeSeq) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(Map.of(STORE_SEQ, Long.toString(storeSeq), ANALYSIS, version())
                .entrySet());
        w.commit();
        searchers.maybeRefresh();
    }

    /** The store sequence number of the last commit: store rows after it are not indexed yet. */
    public long committedSeq() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return 0;
        String seq = SegmentInfos.readLatestCommit(directory).getUserData().get(STORE_SEQ);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /**
     * Whether the last commit was written with today's analysis chains (an empty index is). An
     * index from before a chain or word-list change must be rebuilt from the store.
     */
    public boolean analysisCurrent() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return true;
        return version().equals(SegmentInfos.readLatestCommit(directory).getUserData().get(ANALYSIS));
    }

    /** Number of articles searchable now. */
    public int articleCount() throws IOException {
        searchers.maybeRefreshBlocking();
        try (PassageSearcher searcher = acquire()) {
            return searcher.articleCount();
        }
    }

    /** One point-in-time view of the last refreshed commit, for a whole question; close it to release it. */
    @Override
    public PassageSearcher acquire() {
        return PassageSearcher.acquire(searchers, analyzer, sounds, skeletons);
    }

    /** The Arabic chain that {@link LearntNames} reads headlines with (analyzers are thread-safe). */
    private static final Analyzer LEARNING = NewsAnalyzers.arabic();

    private static List<Document> documents(Article a, Optional<Instant> publishedAt) {
        List<Passage> passages = PassageSplitter.split(a);
        if (passages.isEmpty()) passages = List.of(new Passage(a.id(), 0, a.title()));
        List<Document> docs = new ArrayList<>(passages.size());
        String titleField = Fields.titleField(a.language());
        String textField = Fields.textField(a.language());
        for (Passage p : passages) {
            Document d = new Document();
            d.add(new StringField(Fields.KIND, Fields.PASSAGE_KIND, Field.Store.NO));
            d.add(new KeywordField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
            d.add(new StoredField(Fields.PASSAGE_NO, p.ordinal()));
            d.add(new TextField(titleField, a.title(), Field.Store.NO));
            d.add(new TextField(textField, p.text(), Field.Store.NO));
            d.add(new StoredField(Fields.PASSAGE, p.text()));
            d.add(new StoredField(Fields.TITLE, a.title()));
            d.add(new StoredField(Fields.URL, a.url()));
            Optional<Long> published = publishedAt.map(Instant::toEpochMilli);
            published.ifPresent(ms -> d.add(new LongField(Fields.PUBLISHED, ms, Field.Store.YES)));
            d.add(new KeywordField(Fields.SOURCE, a.source(), Field.Store.YES));
            d.add(new KeywordField(Fields.CATEGORY, a.category(), Field.Store.YES));
            d.add(new KeywordField(Fields.LANGUAGE, a.language().code(), Field.Store.YES));
            if (p.ordinal() == 0) {
                d.add(new StringField(Fields.HEAD, "1", Field.Store.NO));
                for (String t : LearntNames.terms(a, LEARNING)) d.add(new StringField(Fields.LEARNT, t, Field.Store.NO));
                for (String w : HeadlineSounds.words(a)) d.add(new StringField(Fields.HEADLINE_WORDS, w, Field.Store.NO));
            }
            d.add(new IntField(Fields.BREAKING, a.breaking() ? 1 : 0, Field.Store.YES));
            docs.add(withEveryScoredField(d));
        }
        docs.add(wholeArticle(a, passages, publishedAt));
        return docs;
    }

    /**
     * The article as one document, headline and all passages, for the whole-article search: an
     * answer whose words are spread over paragraphs is found by the article, not by any one of its
     * passages. It carries what searches filter by (clock, time, section, language, breaking) and
     * nothing to show: the article is shown through its passages.
     */
    private static Document wholeArticle(Article a, List<Passage> passages, Optional<Instant> publishedAt) {
        StringBuilder text = new StringBuilder(a.title());
        for (Passage p : passages) text.append("\n\n").append(p.text());
        Document d = new Document();
        d.add(new KeywordField(Fields.ARTICLE_ID, a.id(), Field.Store.NO));
        d.add(new StringField(Fields.KIND, Fields.WHOLE_ARTICLE, Field.Store.NO));
        d.add(new Field(Fields.articleField(a.language()), text.toString(), WHOLE_TEXT));
        publishedAt.ifPresent(p -> d.add(new LongField(Fields.PUBLISHED, p.toEpochMilli(), Field.Store.NO)));
        d.add(new KeywordField(Fields.CATEGORY, a.category(), Field.Store.NO));
        d.add(new KeywordField(Fields.LANGUAGE, a.language().code(), Field.Store.NO));
        d.add(new IntField(Fields.BREAKING, a.breaking() ? 1 : 0, Field.Store.NO));
        return withEveryScoredField(d);
    }

    /** The fields BM25 scores, each with a length norm per document that holds it. */
    private static final List<String> SCORED = List.of(Fields.TITLE_AR, Fields.TEXT_AR, Fields.TITLE_EN,
            Fields.TEXT_EN, Fields.ARTICLE_AR, Fields.ARTICLE_EN);

    /**
     * {@code d} with an empty value for each scored field it lacks. A field's norms are then dense:
     * read by document number alone, where norms only some documents hold (the passage fields lack
     * the whole-article documents, the whole-article fields every passage) are found through an
     * index of the documents that hold them; that look-up was 7% of `bench ask`'s samples. An empty
     * value adds no term, so the field's document count, lengths and every score stay the same.
     */
    private static Document withEveryScoredField(Document d) {
        for (String field : SCORED) {
            if (d.getField(field) != null) continue;
            boolean whole = field.equals(Fields.ARTICLE_AR) || field.equals(Fields.ARTICLE_EN);
            d.add(whole ? new Field(field, "", WHOLE_TEXT) : new TextField(field, "", Field.Store.NO));
        }
        return d;
    }

    /**
     * An index up to this size is merged into one segment by {@link #compact}; a larger one keeps
     * the segments its merge policy gives it (a full merge would rewrite it all each time).
     */
    static final long COMPACT_UP_TO_BYTES = 1L << 30;

    /**
     * Merges the index into one segment when it has several and is at most
     * {@link #COMPACT_UP_TO_BYTES}, then commits and searches the merged segment. A question looks
     * each of its terms up in every segment, a few dozen lookups per segment: on the bench corpus
     * (30k articles, 87 MB) an answer takes 7 ms at the median in one segment and 11 ms in the ten
     * that ingesting leaves. Blocks until merged (5 s there); writes go on meanwhile and are not
     * lost, and the commit records no newer store position than the last {@link #commit(long)}.
     * Closing the index aborts a merge under way. Returns whether it merged.
     */
    public boolean compact() throws IOException {
        IndexWriter w = writer();
        if (segmentCount() <= 1 || sizeBytes() > COMPACT_UP_TO_BYTES) return false;
        w.forceMerge(1);
        w.commit();
        searchers.maybeRefresh();
        return true;
    }

    /** Segments searched now. */
    public int segmentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    private long sizeBytes() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (NoSuchFileException e) {
                // deleted by a merge while listing
            }
        }
        return bytes;
    }

    private IndexWriter writer() {
        return writer.orElseThrow(() -> new IllegalStateException("the index is open read-only"));
    }

    /** Closes the index; writes not committed are dropped (the store still has them). */
    @Override
    public void close() throws IOException {
        try (directory; searchers) {
            if (writer.isPresent()) writer.get().rollback();
        }
    }
}
