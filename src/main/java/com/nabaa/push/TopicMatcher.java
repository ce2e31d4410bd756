package com.nabaa.push;

import com.nabaa.news.Article;
import com.nabaa.text.NewsAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reverse search: every followed topic is a query held by Lucene's {@link Monitor}, and each new
 * article is matched against all of them at once (the monitor's presearcher picks the few topics
 * whose terms the article has, then runs only those). Articles are analyzed by the news analyzers,
 * the same chains as the index and the questions. Thread-safe: topics come and go while articles
 * are matched.
 */
public final class TopicMatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicMatcher.class);

    private final TopicQuery queries = new TopicQuery();
    private final ThreadGroup threads = new ThreadGroup("nabaa-topic-monitor");
    private final Monitor monitor;

    public TopicMatcher() {
        Analyzer english = NewsAnalyzers.english();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(NewsAnalyzers.arabic(),
                Map.of(AlertDocument.LEAD_EN, english, AlertDocument.TEXT_EN, english));
        this.monitor = openIn(threads, analyzer);
    }

    /**
     * The monitor starts a cache-purging thread that its close() stops without waiting for. It is
     * made in a thread group of ours, so that {@link #close} can wait for it: closing leaves no
     * thread behind.
     */
    private static Monitor openIn(ThreadGroup group, Analyzer analyzer) {
        FutureTask<Monitor> open = new FutureTask<>(() -> new Monitor(analyzer));
        Thread opener = new Thread(group, open, "nabaa-topic-monitor-open");
        opener.start();
        try {
            return open.get();
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot open the topic monitor", e.getCause() instanceof IOException io
                    ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the topic monitor", e);
        }
    }

    /** Registers a topic, or replaces the one with its id. */
    public void add(Topic topic) {
        addAll(List.of(topic));
    }

    /**
     * Registers topics (replacing those with their ids) in one batch; a topic that no longer makes a
     * query (its words became stop words) is logged and left out. Returns how many were registered.
     */
    public int addAll(Collection<Topic> topics) {
        List<MonitorQuery> batch = new ArrayList<>(topics.size());
        for (Topic t : topics) {
            try {
                batch.add(new MonitorQuery(Long.toString(t.id()), queries.build(t.spec(), t.created().atZone(ZoneOffset.UTC))));
            } catch (InvalidTopicException e) {
                LOG.warn("topic {} of chat {} makes no query any more and is not matched: {}", t.id(), t.chatId(),
                        e.getMessage());
            }
        }
        try {
            monitor.register(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register " + batch.size() + " topics in the monitor", e);
        }
        return batch.size();
    }

    public void remove(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) return;
        try {
            monitor.deleteById(topicIds.stream().map(String::valueOf).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove topics " + topicIds + " from the monitor", e);
        }
    }

    /** The ids of the topics the article matches. */
    public Set<Long> matches(Article article) {
        try {
            MatchingQueries<QueryMatch> found = monitor.match(AlertDocument.of(article), QueryMatch.SIMPLE_MATCHER);
            if (!found.getErrors().isEmpty()) {
                LOG.warn("article {}: {} topic queries failed, e.g. {}", article.id(), found.getErrors().size(),
                        found.getErrors().values().iterator().next().toString());
            }
            Set<Long> ids = new HashSet<>();
            for (QueryMatch m : found.getMatches()) ids.add(Long.parseLong(m.getQueryId()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match article " + article.id() + " against the topics", e);
        }
    }

    /** How many topics are registered. */
    public int size() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the monitor's topics", e);
        }
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the topic monitor", e);
        } finally {
            awaitThreads();
        }
    }

    private void awaitThreads() {
        Thread[] left = new Thread[threads.activeCount() + 4];
        int n = threads.enumerate(left);
        for (int i = 0; i < n; i++) {
            try {
                left[i].join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
