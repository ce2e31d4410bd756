package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The English → Arabic news glossary the project writes itself ({@code data/glossary/english-arabic.txt},
 * on the classpath as {@code english-arabic.txt}; its header gives the format and the licence).
 *
 * <p>The rules of a look-up:
 * <ol>
 *   <li>A key is one to {@link #LONGEST_KEY} words, compared lower case; a key written in capitals
 *       (US, WHO) matches only a word typed in capitals, so "us" and "who" stay pronouns.
 *   <li>A word's dots go ("U.S." is US).
 *   <li>A word with no line of its own is looked up as the singular or present of its plural
 *       ({@code -ies}, {@code -es}, {@code -s}) or past ({@code -ed}, {@code -d}).
 * </ol>
 * Immutable and thread-safe; loaded once.
 */
public final class EnglishGlossary {
    static final int LONGEST_KEY = 4;
    private static final String RESOURCE = "english-arabic.txt";
    private static final EnglishGlossary STANDARD = load();

    /** Lower-case keys (words joined by one space) → Arabic forms, the one to search first. */
    private final Map<String, List<String>> anyCase;
    /** Keys written in capitals, as written. */
    private final Map<String, List<String>> capitals;

    /** Each one-word Arabic form, normalized → the lower-case keys it translates. */
    private final Map<String, List<String>> byArabic;

    private EnglishGlossary(Map<String, List<String>> anyCase, Map<String, List<String>> capitals) {
        this.anyCase = Map.copyOf(anyCase);
        this.capitals = Map.copyOf(capitals);
        Map<String, List<String>> reverse = new HashMap<>();
        anyCase.forEach((key, forms) -> {
            for (String form : forms) {
                if (form.indexOf(' ') < 0) reverse.computeIfAbsent(ArabicText.normalize(form), f -> new ArrayList<>()).add(key);
            }
        });
        this.byArabic = Map.copyOf(reverse);
    }

    /** The glossary the project ships. */
    public static EnglishGlossary standard() {
        return STANDARD;
    }

    /**
     * The Arabic forms of {@code words} (one to {@link #LONGEST_KEY} words as typed) taken as one
     * key, the form to search first; empty when the glossary has no such key.
     */
    public Optional<List<String>> arabic(List<String> words) {
        List<String> clean = words.stream().map(w -> w.replace(".", "")).toList();
        String typed = String.join(" ", clean);
        List<String> hit = capitals.get(typed);
        if (hit == null) hit = anyCase.get(typed.toLowerCase(Locale.ROOT));
        if (hit == null && clean.size() == 1) hit = inflected(clean.get(0).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(hit);
    }

    /**
     * The one-word key closest to a word the glossary does not know, as a spelling the reader may
     * have meant ("Kashoggi" → khashoggi): one letter off (two for words of eight letters or more),
     * and the only key that close; or, among several that close, the only one that differs from the
     * word by a doubled letter, the commonest slip ("sumit" → summit, not suit or submit); empty
     * otherwise.
     */
    public Optional<String> closest(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4 || anyCase.containsKey(w)) return Optional.empty();
        int allowed = w.length() >= 8 ? 2 : 1;
        List<String> best = new ArrayList<>();
        int bestDistance = allowed + 1;
        for (String key : anyCase.keySet()) {
            if (key.indexOf(' ') >= 0 || Math.abs(key.length() - w.length()) > allowed) continue;
            int d = distance(w, key, allowed);
            if (d < bestDistance) {
                bestDistance = d;
                best.clear();
            }
            if (d == bestDistance) best.add(key);
        }
        if (best.size() == 1) return Optional.of(best.get(0));
        String single = undoubled(w);
        List<String> doubled = best.stream().filter(k -> undoubled(k).equals(single)).toList();
        return doubled.size() == 1 ? Optional.of(doubled.get(0)) : Optional.empty();
    }

    /** The word with each run of a letter written once: summit → sumit. */
    private static String undoubled(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) out.append(word.charAt(i));
        }
        return out.toString();
    }

    /** Edit distance with adjacent swaps, stopping early past {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[a.length()][b.length()];
    }

    /**
     * Whether {@code arabic} (one word, as the news writes it) is the glossary's Arabic for an
     * English key that does not sound like {@code name}: مليار is "billion", so a name that sounds
     * like it ("Miller") is not it, while محمد, listed for "muhammad", may well be "Mohammad".
     * Keys closer than a third of the name's letters sound like it. The word is also read without
     * its affixes ({@link #forms}): the headlines write ملياري too.
     */
    public boolean translatesAnotherWord(String arabic, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int near = Math.max(1, n.length() / 3);
        for (String form : forms(ArabicText.normalize(arabic))) {
            List<String> keys = byArabic.get(form);
            if (keys != null && keys.stream().noneMatch(k -> distance(n, k, near) <= near)) return true;
        }
        return false;
    }

    private static final List<String> PREFIXES = List.of("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل");
    private static final List<String> SUFFIXES = List.of("ين", "ان", "ات", "ون", "ي", "ه");
    /** A form stripped of an affix keeps at least this many letters. */
    private static final int STEM_MIN = 3;

    /**
     * The word and its forms without a conjunction, preposition or article before it and a dual,
     * plural or adjective ending after it, as the news inflects a word the glossary lists bare:
     * ملياري is مليار.
     */
    private static List<String> forms(String word) {
        List<String> bare = new ArrayList<>(List.of(word));
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= STEM_MIN) {
                bare.add(word.substring(p.length()));
                break;
            }
        }
        List<String> out = new ArrayList<>(bare);
        for (String b : bare) {
            for (String s : SUFFIXES) {
                if (b.endsWith(s) && b.length() - s.length() >= STEM_MIN) out.add(b.substring(0, b.length() - s.length()));
            }
        }
        return out;
    }

    /** Whether {@code word} is a key written in capitals (US, WHO), as typed. */
    boolean inCapitals(String word) {
        return capitals.containsKey(word.replace(".", ""));
    }

    /** Number of keys: for tests and the documentation. */
    int size() {
        return anyCase.size() + capitals.size();
    }

    private List<String> inflected(String word) {
        for (String base : bases(word)) {
            List<String> hit = anyCase.get(base);
            if (hit != null) return hit;
        }
        return null;
    }

    /**
     * Candidate dictionary forms of a plural, a past, an -ing form or a comparative: cities → city,
     * taxes → tax, banned → ban, copied → copy, quitting → quit, pricier → pricey, cheapest → cheap.
     */
    static List<String> bases(String word) {
        List<String> out = new ArrayList<>(4);
        if (word.length() <= 3) return out;
        if (word.length() > 5 && (word.endsWith("ier") || word.endsWith("iest"))) {
            String stem = word.substring(0, word.length() - (word.endsWith("ier") ? 3 : 4));
            out.add(stem + "y"); // funnier → funny
            out.add(stem + "ey"); // pricier → pricey
        } else if (word.length() > 5 && word.endsWith("est")) {
            withEnding(word.substring(0, word.length() - 3), out); // cheapest, biggest, safest
        }
        if (word.length() > 5 && word.endsWith("ing")) withEnding(word.substring(0, word.length() - 3), out);
        if (word.endsWith("ies")) out.add(word.substring(0, word.length() - 3) + "y");
        if (word.length() > 4 && word.endsWith("ied")) out.add(word.substring(0, word.length() - 3) + "y"); // copied → copy
        if (word.endsWith("es")) out.add(word.substring(0, word.length() - 2));
        if (word.endsWith("s") && !word.endsWith("ss")) out.add(word.substring(0, word.length() - 1));
        if (word.endsWith("ed")) {
            String stem = word.substring(0, word.length() - 2);
            // A short stem would double its last consonant (hat: hatted): hated is hate's, voted vote's.
            if (singleSyllableEndingInVowelAndConsonant(stem)) {
                out.add(stem + "e");
                out.add(stem);
            } else {
                out.add(stem);
                out.add(stem + "e");
            }
            // banned → ban
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        }
        return out;
    }

    /** A stem without its -ing or -est: itself, with its e (making → make), undoubled (running → run). */
    private static void withEnding(String stem, List<String> out) {
        if (stem.length() < 2) return;
        out.add(stem);
        out.add(stem + "e");
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            out.add(stem.substring(0, stem.length() - 1));
        }
    }

    /** hat, vot, us: one vowel, then one consonant that a past would double (not w, x or y). */
    private static boolean singleSyllableEndingInVowelAndConsonant(String stem) {
        int n = stem.length();
        if (n < 2 || isVowel(stem.charAt(n - 1)) || "wxy".indexOf(stem.charAt(n - 1)) >= 0 || !isVowel(stem.charAt(n - 2))) {
            return false;
        }
        long vowelRuns = IntStream.range(0, n)
                .filter(i -> isVowel(stem.charAt(i)) && (i == 0 || !isVowel(stem.charAt(i - 1)))).count();
        return vowelRuns == 1 && (n < 3 || !isVowel(stem.charAt(n - 3)));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static EnglishGlossary load() {
        return parse(WordLists.lines(EnglishGlossary.class, RESOURCE));
    }

    /** The glossary of these lines, in the file's format; a malformed line is an error naming it. */
    static EnglishGlossary parse(List<String> lines) {
        Map<String, List<String>> anyCase = new HashMap<>();
        Map<String, List<String>> capitals = new HashMap<>();
        for (String line : lines) {
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) continue;
            String[] sides = content.split("=", 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": not \"english = arabic | other form\": " + line);
            }
            List<String> arabic = new ArrayList<>();
            for (String form : sides[1].split("\\|")) {
                if (!form.isBlank()) arabic.add(form.strip().replaceAll("\\s+", " "));
            }
            for (String key : sides[0].split(",")) {
                String k = key.strip().replace(".", "").replaceAll("\\s+", " ");
                if (k.isEmpty() || k.split(" ").length > LONGEST_KEY) {
                    throw new IllegalStateException(RESOURCE + ": a key of 1 to " + LONGEST_KEY + " words: " + line);
                }
                boolean inCapitals = k.equals(k.toUpperCase(Locale.ROOT)) && !k.equals(k.toLowerCase(Locale.ROOT));
                (inCapitals ? capitals : anyCase).merge(inCapitals ? k : k.toLowerCase(Locale.ROOT), List.copyOf(arabic),
                        (a, b) -> {
                            throw new IllegalStateException(RESOURCE + ": \"" + k + "\" is listed twice");
                        });
            }
        }
        return new EnglishGlossary(anyCase, capitals);
    }
}
