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
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Hand-run throughput check (not a unit test): analyzes title + body of corpus articles on one
 * thread with Nabaa's chains and Lucene's stock ArabicAnalyzer, and prints articles/s, MB/s (UTF-8)
 * and tokens/s. The corpus is read at run time and never copied into the repository.
 *
 * <p>Usage: {@code java -cp ... com.nabaa.text.AnalyzerThroughput [corpus.jsonl.gz] [articles] [rounds]}
 */
final class AnalyzerThroughput {
    private AnalyzerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/ant-multisource-2018.jsonl.gz");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> texts = read(corpus, limit);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%d articles, %.1f MB UTF-8, %.2f KB/article%n",
                texts.size(), bytes / 1e6, bytes / 1e3 / texts.size());
        Analyzer[] analyzers = {new ArabicAnalyzer(), NewsAnalyzers.arabic(), NewsAnalyzers.english()};
        String[] names = {"lucene ArabicAnalyzer", "NewsAnalyzers.arabic", "NewsAnalyzers.english"};
        for (int round = 0; round < rounds; round++) {
            for (int a = 0; a < analyzers.length; a++) {
                long start = System.nanoTime();
                long tokens = 0;
                for (String text : texts) {
                    tokens += count(analyzers[a], text);
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d  %-22s %8.0f articles/s %6.1f MB/s %10.0f tokens/s (%d tokens)%n",
                        round, names[a], texts.size() / s, bytes / 1e6 / s, tokens / s, tokens);
            }
        }
    }

    private static long count(Analyzer analyzer, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    private static List<String> read(Path corpus, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && texts.size() < limit) {
                JsonNode article = json.readTree(line);
                texts.add(article.path("title").asText() + "\n" + article.path("body").asText());
            }
        }
        return texts;
    }
}
