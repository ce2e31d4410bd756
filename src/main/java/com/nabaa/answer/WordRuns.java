package com.nabaa.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The runs of {@value #LENGTH} words a question's candidate passages hold, and on how many of those
 * passages each run is found: what a teaser at a page's foot repeats word for word, however the page
 * runs it into the teaser before it (a teaser without its final stop reads as one sentence with the
 * next). A run is kept as a 64-bit hash of its words, not as their joined text: a question's
 * candidates hold thousands of runs, and two different runs sharing a hash is as unlikely as two
 * random longs being equal.
 */
final class WordRuns {
    /** Twelve words found in this order on several pages are copied, not written again. */
    static final int LENGTH = 12;

    private final List<long[]> runs;
    private final Map<Long, Integer> pages;

    private WordRuns(List<long[]> runs, Map<Long, Integer> pages) {
        this.runs = runs;
        this.pages = pages;
    }

    /** The runs of each passage, in the passages' order, and their counts (a passage counts a run once). */
    static WordRuns of(List<String> passages) {
        List<long[]> runs = new ArrayList<>(passages.size());
        Map<Long, Integer> pages = new HashMap<>();
        for (String passage : passages) {
            long[] own = runsOf(passage);
            runs.add(own);
            for (long run : own) pages.merge(run, 1, Integer::sum);
        }
        return new WordRuns(runs, pages);
    }

    /** Whether the {@code passage}-th passage holds a run found on at least {@code pages} passages. */
    boolean shares(int passage, int pages) {
        for (long run : runs.get(passage)) {
            if (this.pages.get(run) >= pages) return true;
        }
        return false;
    }

    /** The passage's distinct runs. */
    private static long[] runsOf(String passage) {
        long[] word = wordHashes(passage);
        if (word.length < LENGTH) return new long[0];
        return IntStream.rangeClosed(0, word.length - LENGTH).mapToLong(start -> {
            long h = 0;
            for (int j = start; j < start + LENGTH; j++) h = h * 0x9E3779B97F4A7C15L + word[j];
            return mix(h);
        }).distinct().toArray();
    }

    /** A hash of each of the passage's words (runs of non-space characters), read without splitting it. */
    private static long[] wordHashes(String passage) {
        long[] out = new long[16];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = mix(h);
                }
                inWord = false;
                h = 0;
            } else {
                inWord = true;
                h = 31 * h + c;
            }
        }
        if (inWord) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    /** A 64-bit finalizer (SplitMix64's), spreading a word's 32-bit hash over the whole long. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
