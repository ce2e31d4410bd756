package com.nabaa.index;

import com.nabaa.text.NameSkeleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;

/**
 * The headline word a reader's spelling of a name stands for when the index hardly knows the
 * reader's ({@link NameSkeleton}: the same consonants, غ ق گ as ج, the medial long vowels left out):
 * موجروزا → موغوروزا, ومبلدون → ويمبلدون. Of the headline words as written ({@link
 * Fields#HEADLINE_WORDS}) in at least {@link #MIN_ARTICLES} articles' headlines, the most frequent
 * of each skeleton of at least {@link #MIN_SKELETON} letters: shorter skeletons are shared by too
 * many words. Read from the index once and kept for {@link HeadlineSounds#REUSE_NANOS}, as the
 * headline sounds are. One per index; thread-safe.
 */
final class HeadlineSkeletons {
    static final int MIN_ARTICLES = 3;
    static final int MIN_SKELETON = 4;

    private final AtomicReference<Vocabulary> latest = new AtomicReference<>();

    /** The headline word spelled like {@code typed}, other than it; empty when none is. */
    Optional<String> spelledLike(IndexReader reader, String typed) throws IOException {
        String key = NameSkeleton.of(typed);
        if (key.length() < MIN_SKELETON) return Optional.empty();
        Vocabulary v = latest.get();
        if (v == null || System.nanoTime() - v.readAt() > HeadlineSounds.REUSE_NANOS) {
            v = Vocabulary.of(reader);
            latest.set(v);
        }
        String word = v.bySkeleton().get(key);
        if (word == null || word.equals(typed)) return Optional.empty();
        return edits(NameSkeleton.sounds(typed), NameSkeleton.sounds(word)) <= MAX_EDITS ? Optional.of(word) : Optional.empty();
    }

    /**
     * One letter more, less or other, as the letters sound ({@link NameSkeleton#sounds}): a reader's slip (ويمبلدون for
     * ومبلدون, لايبزيغ for لايبزج). Words two letters apart that share a skeleton are other words as
     * often (مارتن for ماراتون, الدين for الودن, مرسيليا for مارسيلوا).
     */
    static final int MAX_EDITS = 1;

    /** Lucene's Levenshtein distance as a count of edits (it gives 1 − edits / the longer length). */
    private static int edits(String a, String b) {
        float similarity = LEVENSHTEIN.getDistance(a, b);
        return Math.round((1 - similarity) * Math.max(a.length(), b.length()));
    }

    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance();

    private record Vocabulary(Map<String, String> bySkeleton, long readAt) {
        static Vocabulary of(IndexReader reader) throws IOException {
            Map<String, String> best = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            Terms written = MultiTerms.getTerms(reader, Fields.HEADLINE_WORDS);
            if (written != null) {
                TermsEnum e = written.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    int articles = e.docFreq();
                    if (articles < MIN_ARTICLES) continue;
                    String word = t.utf8ToString();
                    String key = NameSkeleton.of(word);
                    if (key.length() < MIN_SKELETON) continue;
                    if (articles > counts.getOrDefault(key, 0)) {
                        counts.put(key, articles);
                        best.put(key, word);
                    }
                }
            }
            return new Vocabulary(Map.copyOf(best), System.nanoTime());
        }
    }
}
