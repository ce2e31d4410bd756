package com.nabaa.push;

import com.nabaa.answer.SameStory;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.store.AlertStoryStore;
import com.nabaa.store.StoredStory;
import com.nabaa.text.NewsAnalyzers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The story an incoming article belongs to, so that a story makes one alert however many outlets
 * report it: the recent story whose headline shares the most words with the article's — at least
 * half of them (Jaccard over the analyzed headline terms), published within three days of it, the
 * rule answers group stories by ({@link SameStory}) — or else a new story. Stories are kept in the
 * store (a restart keeps them) and in memory for {@link #KEPT}, found by their headline terms.
 * Not thread-safe on its own: the alerts' one thread uses it, and the digests read outlets through
 * the synchronized {@link #sources}.
 */
final class RecentStories {
    /** Long enough for the window on both sides of a story's date. */
    static final Duration KEPT = SameStory.WINDOW.plusDays(1);

    private final AlertStoryStore store;
    private final Analyzer arabic = NewsAnalyzers.arabic();
    private final Analyzer english = NewsAnalyzers.english();
    private final Map<Long, Entry> stories = new HashMap<>();
    private final Map<String, Set<Long>> byTerm = new HashMap<>();

    private record Entry(long id, Set<String> terms, Instant published, List<String> sources) {
    }

    /** The story of an article, the outlets that reported it before, and whether the article started it. */
    record Story(long id, List<String> earlierSources, boolean first) {
    }

    RecentStories(AlertStoryStore store, Instant now) {
        this.store = store;
        for (StoredStory s : store.since(now.minus(KEPT))) remember(s.id(), new HashSet<>(s.headlineTerms()),
                s.published(), s.sources());
    }

    /** The story {@code a}, published (or first seen) at {@code published}, belongs to; made when new. */
    synchronized Story storyOf(Article a, Instant published, Instant now) {
        Set<String> terms = new LinkedHashSet<>(NewsAnalyzers.terms(analyzer(a), "title", a.title()));
        Optional<Entry> same = best(terms, published);
        if (same.isPresent()) {
            Entry e = same.get();
            List<String> earlier = List.copyOf(e.sources());
            if (!a.source().isBlank() && !e.sources().contains(a.source())) {
                e.sources().add(a.source());
                store.sources(e.id(), e.sources());
            }
            List<String> others = earlier.stream().filter(s -> !s.equals(a.source())).toList();
            return new Story(e.id(), others, false);
        }
        StoredStory made = store.add(a.id(), List.copyOf(terms), published, a.source(), now);
        remember(made.id(), terms, published, made.sources());
        return new Story(made.id(), List.of(), true);
    }

    /** The outlets that reported a story, when it is still remembered. */
    synchronized Optional<List<String>> sources(long storyId) {
        return Optional.ofNullable(stories.get(storyId)).map(e -> List.copyOf(e.sources()));
    }

    /** Forgets the stories published before {@code now} minus {@link #KEPT}, here and in the store. */
    synchronized void prune(Instant now) {
        Instant before = now.minus(KEPT);
        List<Entry> old = stories.values().stream().filter(e -> e.published().isBefore(before)).toList();
        for (Entry e : old) {
            stories.remove(e.id());
            for (String t : e.terms()) {
                Set<Long> ids = byTerm.get(t);
                if (ids != null && ids.remove(e.id()) && ids.isEmpty()) byTerm.remove(t);
            }
        }
        store.prune(before);
    }

    synchronized int size() {
        return stories.size();
    }

    private Analyzer analyzer(Article a) {
        return a.language() == Language.ENGLISH ? english : arabic;
    }

    private Optional<Entry> best(Set<String> terms, Instant published) {
        Set<Long> candidates = new HashSet<>();
        for (String t : terms) candidates.addAll(byTerm.getOrDefault(t, Set.of()));
        Entry best = null;
        double bestOverlap = 0;
        for (long id : candidates) {
            Entry e = stories.get(id);
            if (!SameStory.same(terms, Optional.of(published), e.terms(), Optional.of(e.published()))) continue;
            double overlap = SameStory.jaccard(terms, e.terms());
            if (overlap > bestOverlap || overlap == bestOverlap && best != null && e.id() < best.id()) {
                best = e;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    private void remember(long id, Set<String> terms, Instant published, List<String> sources) {
        stories.put(id, new Entry(id, Set.copyOf(terms), published, new ArrayList<>(sources)));
        for (String t : terms) byTerm.computeIfAbsent(t, k -> new HashSet<>()).add(id);
    }
}
