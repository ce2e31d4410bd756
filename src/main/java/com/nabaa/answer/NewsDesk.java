package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.PassageSearchers;
import com.nabaa.index.SearchFilter;
import com.nabaa.text.SentenceSplitter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a front end shows besides answers to questions: the newest stories (of a section, or breaking
 * only), a plain search newest first, a story's fuller summary with its other reports, and a story's
 * timeline. Each call reads one view of the index as of the reader's clock ({@link
 * PassageSearchers#acquire(Instant)}), so nothing published after it is ever listed. Thread-safe.
 */
public final class NewsDesk {
    /** A story's fuller summary: its opening sentences, up to this many and this long. */
    static final int FULL_SENTENCES = 6;
    static final int FULL_CHARS = 1200;
    /** A plain search requires every word: a pasted paragraph is cut to its first words. */
    static final int MAX_SEARCH_WORDS = 12;
    /**
     * A report belongs to a story's timeline when its headline shares this share of the smaller of
     * the two headlines' words, and at least {@link #TIMELINE_SHARED_WORDS}: a development ("هزة
     * ارتدادية في كريت بعد الزلزال") shares few words with the first report, so Jaccard is too strict.
     */
    static final double TIMELINE_OVERLAP = 0.5;
    static final int TIMELINE_SHARED_WORDS = 2;
    static final int TIMELINE_CANDIDATES = 40;

    private final PassageSearchers index;
    private final QueryTerms.Analyzers analyzers = QueryTerms.Analyzers.create();

    public NewsDesk(PassageSearchers index) {
        this.index = index;
    }

    /** Stories {@code offset..offset+n-1} of the newest, of a section (a category name) or breaking only. */
    public Headlines latest(Optional<String> section, boolean breakingOnly, int n, int offset, ZonedDateTime now) {
        checkPage(n, offset);
        SearchFilter filter = SearchFilter.NONE;
        if (section.isPresent()) filter = filter.withCategory(section.get());
        if (breakingOnly) filter = filter.withBreakingOnly();
        try (PassageSearcher searcher = index.acquire(now.toInstant())) {
            return page(searcher.latest(Optional.empty(), filter, offset + n + 1), n, offset);
        }
    }

    /**
     * Stories {@code offset..offset+n-1} of a plain search, newest first: articles holding every
     * searchable word in their headline or one passage, words analyzed as the index analyzes them
     * (no question understanding: no fillers dropped, no dialect words, no date phrases).
     */
    public Headlines search(String words, int n, int offset, ZonedDateTime now) {
        checkPage(n, offset);
        String[] split = words.strip().split("\\s+");
        String capped = String.join(" ", Arrays.copyOf(split, Math.min(split.length, MAX_SEARCH_WORDS)));
        try (PassageSearcher searcher = index.acquire(now.toInstant())) {
            return searcher.queries().allWords(capped, SearchFilter.NONE)
                    .map(q -> page(searcher.newestMatching(q, offset + n + 1), n, offset))
                    .orElse(new Headlines(List.of(), offset, false));
        }
    }

    /**
     * One story in full: the first of {@code articleIds} still in the index leads, with its opening
     * sentences (up to {@value #FULL_SENTENCES}); the others are its other reports. Empty when none
     * of them is in the index any more (or none was published by {@code now}).
     */
    public Optional<Story> story(List<String> articleIds, ZonedDateTime now) {
        try (PassageSearcher searcher = index.acquire(now.toInstant())) {
            List<List<PassageHit>> found = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(articleIds)) {
                List<PassageHit> passages = searcher.passagesOf(id);
                if (!passages.isEmpty()) found.add(passages);
            }
            if (found.isEmpty()) return Optional.empty();
            PassageHit lead = found.get(0).get(0);
            List<SourceLink> others = found.subList(1, found.size()).stream()
                    .map(p -> StoryMaker.link(p.get(0), Optional.empty())).toList();
            return Optional.of(new Story(lead.articleId(), lead.title(), lead.published(), lead.source(), lead.url(),
                    opening(found.get(0)), 0f, 1f, lead.breaking(), others));
        }
    }

    /**
     * The reports of a story and of its developments, oldest first (at most {@code n}, the story's
     * own first): articles whose headline shares most words with the lead's, published by {@code now}.
     */
    public List<SourceLink> timeline(List<String> articleIds, int n, ZonedDateTime now) {
        if (n < 1) throw new IllegalArgumentException("a timeline holds at least 1 report, not " + n);
        try (PassageSearcher searcher = index.acquire(now.toInstant())) {
            Map<String, PassageHit> reports = new LinkedHashMap<>();
            for (String id : articleIds) {
                List<PassageHit> passages = searcher.passagesOf(id);
                if (!passages.isEmpty()) reports.put(id, passages.get(0));
            }
            if (reports.isEmpty()) return List.of();
            PassageHit lead = reports.values().iterator().next();
            Set<String> leadTerms = titleTerms(lead);
            searcher.queries().forText(lead.title(), List.of(), SearchFilter.NONE).ifPresent(q -> {
                for (PassageHit h : searcher.bestPerArticle(q, TIMELINE_CANDIDATES * 3, TIMELINE_CANDIDATES)) {
                    if (!reports.containsKey(h.articleId()) && sameTopic(leadTerms, titleTerms(h))) {
                        reports.put(h.articleId(), h);
                    }
                }
            });
            return reports.values().stream().limit(n)
                    .sorted(Comparator.comparing((PassageHit h) -> h.published().orElse(Instant.MAX)))
                    .map(h -> StoryMaker.link(h, Optional.empty())).toList();
        }
    }

    private Set<String> titleTerms(PassageHit h) {
        return new HashSet<>(QueryTerms.terms(analyzers.forLanguage(h.language()), h.title()));
    }

    private static boolean sameTopic(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() >= TIMELINE_SHARED_WORDS && both.size() >= TIMELINE_OVERLAP * Math.min(a.size(), b.size());
    }

    /** The article's opening sentences, in order, within {@link #FULL_SENTENCES} and {@link #FULL_CHARS}. */
    private static List<String> opening(List<PassageHit> passages) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (PassageHit p : passages) {
            for (String sentence : SentenceSplitter.split(p.passage())) {
                if (out.size() >= FULL_SENTENCES || !out.isEmpty() && chars + sentence.length() > FULL_CHARS) {
                    return out;
                }
                out.add(sentence);
                chars += sentence.length();
            }
        }
        return out;
    }

    private static Headlines page(List<PassageHit> hits, int n, int offset) {
        int end = Math.min(hits.size(), offset + n);
        List<Story> stories = hits.subList(Math.min(offset, end), end).stream().map(NewsDesk::listed).toList();
        return new Headlines(stories, offset, hits.size() > end);
    }

    /** A listed story: its headline and the first sentence of the passage found. */
    private static Story listed(PassageHit h) {
        List<String> sentences = SentenceSplitter.split(h.passage());
        List<String> summary = sentences.isEmpty() ? List.of() : List.of(sentences.get(0));
        return new Story(h.articleId(), h.title(), h.published(), h.source(), h.url(), summary, 0f, 1f, h.breaking(),
                List.of());
    }

    private static void checkPage(int n, int offset) {
        if (n < 1) throw new IllegalArgumentException("a page holds at least 1 story, not " + n);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if ((long) offset + n >= Integer.MAX_VALUE - 1) throw new IllegalArgumentException("offset out of range");
    }
}
