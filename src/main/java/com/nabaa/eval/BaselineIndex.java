package com.nabaa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The same-run baseline: plain Lucene {@link ArabicAnalyzer} and BM25 (k1=0.9, b=0.4) over
 * title+body, one document per article or paragraph, the raw question as the query: the setting
 * of the reference figures in {@code shared/eval/README.md}. A reader-set question is asked at its
 * clock, and the baseline sees only what was published by then, as Nabaa does: a plain date filter,
 * so that the comparison measures the answering, not the clock.
 */
final class BaselineIndex implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BM25Similarity BM25 = new BM25Similarity(0.9f, 0.4f);
    /** Written into the index directory; an index without it (or another) is built again. */
    private static final String LAYOUT = "layout-2-published";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(new ArabicAnalyzer());

    private BaselineIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(BM25);
    }

    static BaselineIndex build(Path dir, Path corpus, List<QaSet> sets) throws IOException {
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new ArabicAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setSimilarity(BM25).setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode n = JSON.readTree(line);
                    long published = published(n.path("date").asText(""));
                    writer.addDocument(doc(n.path("id").asText(), n.path("title").asText(), n.path("body").asText(),
                            published));
                }
            }
            for (QaSet set : sets) {
                for (QaSet.Context c : set.contexts()) writer.addDocument(doc(c.id(), c.title(), c.body(), Long.MIN_VALUE));
            }
            writer.commit();
        }
        Files.writeString(dir.resolve(LAYOUT), "");
        return new BaselineIndex(directory);
    }

    /** The corpus's ISO 8601 date with its offset, in epoch seconds; {@link Long#MIN_VALUE} without one. */
    private static long published(String date) {
        try {
            return OffsetDateTime.parse(date).toEpochSecond();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Whether {@code dir} holds a baseline index of the current layout. */
    static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(LAYOUT));
    }

    static BaselineIndex open(Path dir) throws IOException {
        return new BaselineIndex(FSDirectory.open(dir));
    }

    /** {@code published}: epoch seconds, {@link Long#MIN_VALUE} for what has no date (Wikipedia paragraphs). */
    private static Document doc(String id, String title, String body, long published) {
        Document d = new Document();
        d.add(new LongPoint("published", published));
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("text", title + "\n" + body, Field.Store.NO));
        d.add(new StoredField("body", body));
        return d;
    }

    /** The ids and bodies of the top {@code n} documents for the raw question. */
    List<Hit> search(String question, int n) throws IOException {
        return search(question, n, Optional.empty());
    }

    /** The same among the documents published by {@code clock} (and those without a date). */
    List<Hit> search(String question, int n, Optional<Instant> clock) throws IOException {
        Query text = queries.createBooleanQuery("text", question);
        if (text == null) return List.of();
        Query q = clock.<Query>map(c -> new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery("published", Long.MIN_VALUE, c.getEpochSecond()), BooleanClause.Occur.FILTER)
                .build()).orElse(text);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new Hit(d.get("id"), d.get("body")));
        }
        return hits;
    }

    record Hit(String id, String body) {
    }

    @Override
    public void close() throws IOException {
        try (directory; reader) {
            // both closed
        }
    }
}
