package com.nabaa.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word families of news Arabic ({@code word-families.txt}, written by the project): a verb in the
 * past and the present, its verbal noun, participles and broken plurals, which the light stemmer
 * leaves apart (فاز، يفوز، فوز، فائز; انتخب، انتخابات; اتفق، اتفاق), become one term: the stem of
 * the family's first word. A question and an article then meet whichever form each uses, in
 * retrieval, coverage, summaries and alerts alike.
 *
 * <p>Each line lists the nouns, then {@code |}, then the verbs; the first word names the family.
 * A word written with a leading {@code -} is a form left out: another word the analysis makes the
 * same (توجه "headed" is stemmed to توج, which is also "crowned"). A verb is expanded into the forms
 * news prose writes: a past verb with its subject endings (فازت، فازوا، فازا، فزنا is not
 * generated: hollow verbs change inside), a present verb (written with ي) with the other person
 * prefixes (تفوز، نفوز، أفوز), the future سـ and لـ; a noun with an attached بـ or لـ (بفوز) and the
 * accusative alif (فوزا). Every form is then analyzed with the chain before this step, so the map
 * holds exactly the terms the index holds. A term claimed by two families is a mistake in the list
 * and stops the load.
 *
 * <p>Why a curated list: no Arabic lexicon installs with Maven here (Debian's hunspell dictionary
 * and ElixirFM would be a manual install), and families learnt from shared root letters merge
 * words news keeps apart (منتخب "national team" is a participle of انتخب; the light stemmer
 * already turns وزارة into زار "visited"). Listing the families of the verbs news reports with
 * keeps each merge deliberate and reviewable.
 */
final class WordFamilies {
    static final String RESOURCE = "word-families.txt";

    private static final List<String> PAST_ENDINGS = List.of("", "ت", "وا", "ا", "تا", "نا", "تم");
    private static final List<String> PERSON_PREFIXES = List.of("ي", "ت", "ن", "ا");
    private static final List<String> PRESENT_PREFIXES = List.of("", "س", "ل");
    private static final List<String> PRESENT_ENDINGS = List.of("", "وا", "ون");
    private static final List<String> NOUN_PREFIXES = List.of("", "ب", "ل");
    /** After the lists above: loading uses them. */
    static final WordFamilies NEWS = load();

    private final CharArrayMap<char[]> familyTerm;
    private final Map<String, List<String>> members;

    private WordFamilies(CharArrayMap<char[]> familyTerm, Map<String, List<String>> members) {
        this.familyTerm = familyTerm;
        this.members = members;
    }

    /** Replaces {@code term} by its family's term when it belongs to a family. */
    void toFamilyTerm(CharTermAttribute term) {
        char[] family = familyTerm.get(term.buffer(), 0, term.length());
        if (family != null) term.copyBuffer(family, 0, family.length);
    }

    /** The family term of an analyzed (pre-family) term, if it has one. */
    Optional<String> familyOf(String term) {
        return Optional.ofNullable(familyTerm.get(term)).map(String::new);
    }

    /** Each family's term and the terms it gathers, in the list's order (for review and tests). */
    Map<String, List<String>> families() {
        return members;
    }

    private static WordFamilies load() {
        return of(WordLists.lines(WordFamilies.class, RESOURCE));
    }

    /** The families of {@code lines} in the {@value #RESOURCE} format. */
    static WordFamilies of(List<String> lines) {
        CharArrayMap<char[]> map = new CharArrayMap<>(4096, false);
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> claimedBy = new LinkedHashMap<>();
        try (Analyzer stems = new ArabicNewsAnalyzer(false)) {
            for (String raw : lines) {
                String line = raw.replaceFirst("#.*", "").strip();
                if (line.isEmpty()) continue;
                String[] sides = line.split("\\|", -1);
                if (sides.length > 2) throw new IllegalStateException(RESOURCE + ": more than one '|': " + raw);
                List<String> nouns = words(sides[0]).stream().filter(w -> !w.startsWith("-")).toList();
                List<String> verbs = sides.length == 2 ? words(sides[1]) : List.of();
                Set<String> excluded = new HashSet<>();
                for (String w : words(line.replace('|', ' '))) {
                    if (w.startsWith("-")) excluded.addAll(NewsAnalyzers.terms(stems, "text", w.substring(1)));
                }
                verbs = verbs.stream().filter(w -> !w.startsWith("-")).toList();
                String first = nouns.isEmpty() ? verbs.isEmpty() ? "" : verbs.get(0) : nouns.get(0);
                List<String> named = NewsAnalyzers.terms(stems, "text", first);
                if (named.size() != 1) throw new IllegalStateException(RESOURCE + ": no word names the family: " + raw);
                String family = named.get(0);
                List<String> terms = new ArrayList<>();
                for (String form : forms(nouns, verbs)) {
                    List<String> analyzed = NewsAnalyzers.terms(stems, "text", form);
                    if (analyzed.size() != 1 || excluded.contains(analyzed.get(0))) continue; // a stop word, or left out
                    String term = analyzed.get(0);
                    String before = claimedBy.putIfAbsent(term, family);
                    if (before != null && !before.equals(family)) {
                        throw new IllegalStateException(RESOURCE + ": " + form + " (" + term + ") is in the families of "
                                + before + " and " + family);
                    }
                    if (before == null) terms.add(term);
                    map.put(term, family.toCharArray());
                }
                members.computeIfAbsent(family, f -> new ArrayList<>()).addAll(terms);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        members.forEach((f, t) -> frozen.put(f, List.copyOf(t)));
        // Every token is looked up: a sparse table finds a missed word without comparing it with others.
        CharArrayMap<char[]> sparse = new CharArrayMap<>(StopWords.SPARSE * map.size(), false);
        sparse.putAll(map);
        return new WordFamilies(CharArrayMap.unmodifiableMap(sparse), java.util.Collections.unmodifiableMap(frozen));
    }

    /** The written forms of a family's nouns and verbs. */
    static List<String> forms(List<String> nouns, List<String> verbs) {
        List<String> out = new ArrayList<>();
        for (String noun : nouns) {
            for (String prefix : NOUN_PREFIXES) {
                out.add(prefix + noun);
                if (takesAccusativeAlif(noun)) out.add(prefix + noun + "ا");
            }
        }
        for (String verb : verbs) {
            if (verb.startsWith("ي") && verb.length() > 2) {
                String root = verb.substring(1);
                for (String future : PRESENT_PREFIXES) {
                    for (String person : PERSON_PREFIXES) {
                        for (String ending : PRESENT_ENDINGS) out.add(future + person + root + ending);
                    }
                }
            } else {
                for (String ending : PAST_ENDINGS) out.add(verb + ending);
            }
        }
        return out;
    }

    /** فوزًا، انتصارًا: not after ة, ى, ي, ا or a hamza, which write the accusative without an alif. */
    private static boolean takesAccusativeAlif(String noun) {
        return "ةهىياءئؤأ".indexOf(noun.charAt(noun.length() - 1)) < 0;
    }

    private static List<String> words(String side) {
        String s = side.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }
}
