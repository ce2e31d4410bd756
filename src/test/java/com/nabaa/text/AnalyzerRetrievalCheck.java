package com.nabaa.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Hand-run retrieval check (not a unit test) used to decide analyzer questions by measurement:
 * indexes the eval paragraphs of ../shared/eval (plus the news corpus as distractors), asks each
 * question through the analyzer under test (BM25 k1=0.9 b=0.4, top 100) and prints MRR@100 and
 * R@100 per question set, for Lucene's ArabicAnalyzer, Nabaa's chain, and Nabaa's chain with an
 * extra single-letter ب/ل prefix strip.
 *
 * <p>Usage: {@code java -cp ... com.nabaa.text.AnalyzerRetrievalCheck [../shared] [newsLimit]}
 */
final class AnalyzerRetrievalCheck {
    private AnalyzerRetrievalCheck() {
    }

    record Question(String text, String contextId) {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int newsLimit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Analyzer nabaa = NewsAnalyzers.arabic();
        Analyzer[] analyzers = {new ArabicAnalyzer(), nabaa, withExtraPrefixes("ب"), withExtraPrefixes("ل"),
            withExtraPrefixes("بل"), withExtraPrefixes("بلفك")};
        String[] names = {"lucene ArabicAnalyzer", "NewsAnalyzers.arabic", "arabic + strip ب", "arabic + strip ل",
            "arabic + strip ب ل", "arabic + strip ب ل ف ك"};
        for (int a = 0; a < analyzers.length; a++) {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzers[a]).setSimilarity(new BM25Similarity(0.9f, 0.4f));
            config.setRAMBufferSizeMB(256);
            long start = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                Consumer<JsonNode> add = doc -> {
                    Document d = new Document();
                    d.add(new StringField("id", doc.path("id").asText(), Field.Store.YES));
                    d.add(new TextField("text", doc.path("title").asText() + "\n" + doc.path("body").asText(), Field.Store.NO));
                    try {
                        writer.addDocument(d);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
                lines(shared.resolve("eval/xquad-ar.contexts.jsonl"), Integer.MAX_VALUE, add);
                lines(shared.resolve("eval/arcd-train.contexts.jsonl"), Integer.MAX_VALUE, add);
                lines(shared.resolve("corpus/ant-multisource-2018.jsonl.gz"), newsLimit, add);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity(0.9f, 0.4f));
                for (String set : List.of("xquad-ar", "arcd-train")) {
                    List<Question> questions = new ArrayList<>();
                    lines(shared.resolve("eval/" + set + ".qa.jsonl"), Integer.MAX_VALUE,
                            q -> questions.add(new Question(q.path("question").asText(), q.path("context_id").asText())));
                    double mrr = 0;
                    int found = 0;
                    for (Question q : questions) {
                        int rank = rank(searcher, analyzers[a], q);
                        if (rank > 0) {
                            mrr += 1.0 / rank;
                            found++;
                        }
                    }
                    System.out.printf("%-22s %-10s MRR@100 %.3f  R@100 %.3f  (%d docs indexed in %.1f s)%n", names[a], set,
                            mrr / questions.size(), found / (double) questions.size(), reader.numDocs(), seconds);
                }
            }
        }
    }

    private static int rank(IndexSearcher searcher, Analyzer analyzer, Question q) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream ts = analyzer.tokenStream("text", q.text())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
            }
            ts.end();
        }
        ScoreDoc[] hits = searcher.search(query.build(), 100).scoreDocs;
        for (int i = 0; i < hits.length; i++) {
            if (searcher.storedFields().document(hits[i].doc).get("id").equals(q.contextId())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Nabaa's chain plus a strip of one leading letter of {@code letters} from stems of five letters or more. */
    private static Analyzer withExtraPrefixes(String letters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Analyzer.TokenStreamComponents c = new ArabicNewsAnalyzer().createComponents(field);
                return new TokenStreamComponents(c.getSource(), new TokenFilter(c.getTokenStream()) {
                    private final CharTermAttribute t = addAttribute(CharTermAttribute.class);

                    @Override
                    public boolean incrementToken() throws IOException {
                        if (!input.incrementToken()) {
                            return false;
                        }
                        char first = t.length() > 0 ? t.buffer()[0] : 0;
                        if (letters.indexOf(first) >= 0 && t.length() >= 5) {
                            System.arraycopy(t.buffer(), 1, t.buffer(), 0, t.length() - 1);
                            t.setLength(t.length() - 1);
                        }
                        return true;
                    }
                });
            }
        };
    }

    private static void lines(Path file, int limit, Consumer<JsonNode> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        var raw = Files.newInputStream(file);
        var in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null && n++ < limit) {
                each.accept(json.readTree(line));
            }
        }
    }
}
