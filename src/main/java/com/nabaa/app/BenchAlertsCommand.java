package com.nabaa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.config.Settings;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.push.Alerts;
import com.nabaa.push.FollowResult;
import com.nabaa.push.InvalidTopicException;
import com.nabaa.push.Subscriptions;
import com.nabaa.push.TopicMatcher;
import com.nabaa.store.Database;
import com.nabaa.store.TopicStore;
import com.nabaa.text.NewsAnalyzers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Follows N topics made of real headline word pairs of the shared corpus (stored as /follow",
                "stores them, 5 a chat), loads them from the store into the topic monitor as a server does at start,",
                "and matches corpus articles against all of them: load time, heap, and time per article."})
final class BenchAlertsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOPICS_PER_CHAT = 5;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--topics", description = "topics to follow (default: ${DEFAULT-VALUE})")
    int topics = 100_000;

    @Option(names = "--articles", description = "articles to match (default: ${DEFAULT-VALUE})")
    int articles = 1_000;

    @Option(names = "--seed", description = "random seed for the topics (default: ${DEFAULT-VALUE})")
    long seed = 2018;

    @Override
    public Integer call() throws Exception {
        Settings base = bench.parent.settings();
        Path corpus = base.shared().resolve("corpus/ant-multisource-2018.jsonl.gz");
        if (!Files.isRegularFile(corpus)) {
            System.err.println("nabaa bench alerts: corpus not found at " + corpus + " (set NABAA_SHARED)");
            return 2;
        }
        Corpus c = read(corpus, articles);
        Path dir = BenchHome.path(base).resolve("alerts");
        BenchIngestCommand.deleteRecursively(dir);
        System.out.printf(Locale.ROOT, "bench alerts: %,d headlines, %,d articles to match, JVM max heap %d MB%n",
                c.headlines().size(), c.sample().size(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (Database db = Database.open(dir.resolve("nabaa.db"))) {
            follow(db, c.headlines());
            long heapBefore = usedHeapAfterGc();
            long t0 = System.nanoTime();
            try (TopicMatcher matcher = Alerts.load(new TopicStore(db))) {
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                long heap = usedHeapAfterGc() - heapBefore;
                System.out.printf(Locale.ROOT, "load: %,d topics from the store into the monitor in %.1f s; heap %d MB%n",
                        matcher.size(), loadSeconds, heap / (1024 * 1024));
                match(matcher, c.sample());
            }
        }
        return 0;
    }

    /** Stores the topics the way /follow does, and says how long it took. */
    private void follow(Database db, List<String> headlines) {
        Subscriptions subscriptions = new Subscriptions(db, Clock.systemUTC(), java.time.ZoneId.of("Africa/Cairo"));
        Random random = new Random(seed);
        Analyzer arabic = NewsAnalyzers.arabic();
        long t0 = System.nanoTime();
        int followed = 0;
        while (followed < topics) {
            List<String> words = contentWords(arabic, headlines.get(random.nextInt(headlines.size())));
            if (words.size() < 2) continue;
            int i = random.nextInt(words.size() - 1);
            long chat = 1 + followed / TOPICS_PER_CHAT;
            try {
                if (subscriptions.follow(chat, words.get(i) + " " + words.get(i + 1)) instanceof FollowResult.Added) followed++;
            } catch (InvalidTopicException e) {
                // Two words a reader could type that say nothing to follow ("اليوم ومتى"): refused, as /follow refuses them.
            }
        }
        System.out.printf(Locale.ROOT, "follow: %,d topics (headline word pairs, %d a chat) stored in %.1f s%n", followed,
                TOPICS_PER_CHAT, (System.nanoTime() - t0) / 1e9);
    }

    private static void match(TopicMatcher matcher, List<Article> sample) {
        int warmup = Math.min(200, sample.size());
        for (int i = 0; i < warmup; i++) matcher.matches(sample.get(i));
        long[] nanos = new long[sample.size()];
        long matched = 0;
        int withMatch = 0;
        for (int i = 0; i < sample.size(); i++) {
            long t0 = System.nanoTime();
            int n = matcher.matches(sample.get(i)).size();
            nanos[i] = System.nanoTime() - t0;
            matched += n;
            if (n > 0) withMatch++;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "match: %,d articles, p50 %.2f ms, p99 %.2f ms, mean %.2f ms; %.1f topics matched"
                        + " per article, %d%% of articles matched at least one%n", sample.size(), pct(nanos, 50) / 1e6,
                pct(nanos, 99) / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6, (double) matched / sample.size(),
                100 * withMatch / Math.max(1, sample.size()));
    }

    /** A headline's words that are more than fillers: what a reader would type to follow a story. */
    private static List<String> contentWords(Analyzer analyzer, String headline) {
        List<String> out = new ArrayList<>();
        for (String raw : headline.split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.length() >= 3 && w.indexOf(':') < 0 && !NewsAnalyzers.terms(analyzer, "title", w).isEmpty()) out.add(w);
        }
        return out;
    }

    private record Corpus(List<String> headlines, List<Article> sample) {
    }

    /** Every headline, and {@code n} articles spread over the corpus (two passes, so the bodies are never all held). */
    private static Corpus read(Path file, int n) throws IOException {
        List<String> headlines = new ArrayList<>();
        lines(file, node -> headlines.add(node.path("title").asText()));
        int step = Math.max(1, headlines.size() / Math.max(1, n));
        List<Article> sample = new ArrayList<>(n);
        int[] i = {0};
        lines(file, a -> {
            if (i[0]++ % step != 0 || sample.size() >= n) return;
            sample.add(Article.builder().id(a.path("id").asText()).url(a.path("url").asText()).title(a.path("title").asText())
                    .paragraphs(List.of(a.path("body").asText().split("\n"))).source(a.path("source").asText())
                    .category(a.path("category").asText()).language(Language.ARABIC).build());
        });
        return new Corpus(headlines, sample);
    }

    private static void lines(Path file, java.util.function.Consumer<JsonNode> each) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) each.accept(JSON.readTree(line));
            }
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long pct(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
