package com.nabaa.answer;

import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Language;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import com.nabaa.text.NameSkeleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The spellings a question is searched and measured in, and the correction offered to the reader.
 *
 * @param variants    other spellings worth searching: those the index knows much better than the
 *                    reader's own spelling (ترامب when the reader typed ترمب); variants of
 *                    well-known words only add noise
 * @param betterTerms for a word the index hardly knows in the reader's spelling (at most {@link
 *                    #UNKNOWN_SPELLING} passages: جوجل), its best-known spelling, both as analyzed
 *                    terms: it then counts for the word in coverage, when that is surely the same
 *                    word ({@link Question.Spelling#isSameWord}): an absent topic (الجرب) must not
 *                    count as a common word one rule away (غرب)
 * @param forms       for a word with other words of the same meaning ({@link
 *                    Question.Spelling#sameMeaning}: a translation's سعر، أسعار), their analyzed
 *                    terms, which count as the word's wherever a story is measured
 */
record SpellingChoice(List<String> variants, Map<String, String> betterTerms, Map<String, Set<String>> forms) {
    /**
     * A spelling found in at most this many passages is the reader's own: a better-known spelling
     * stands in for it in coverage. Equating known spellings too cost ARCD MRR@10 0.739 → 0.737.
     */
    static final int UNKNOWN_SPELLING = 2;

    SpellingChoice {
        variants = List.copyOf(variants);
        betterTerms = Collections.unmodifiableMap(new LinkedHashMap<>(betterTerms));
        forms = Map.copyOf(forms);
    }

    /** {@code terms}: the question's terms as typed, before any other spelling counts for them. */
    static SpellingChoice of(Question q, QueryTerms terms, PassageSearcher searcher) {
        List<String> useful = new ArrayList<>();
        Map<String, String> better = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        for (Question.Spelling s : q.spellings()) {
            List<String> own = terms.analyze(s.word());
            if (own.size() != 1) continue;
            if (s.sameMeaning()) {
                sameMeaning(s, own.get(0), terms, useful, forms);
                continue;
            }
            long ownCount = searcher.documentFrequency(own.get(0));
            long bestCount = 0;
            for (String alternative : s.alternatives()) {
                List<String> alt = terms.analyze(alternative);
                // A name typed as one word and written as two (ابوتريكة: أبو تريكة, as news mostly writes
                // it, and sometimes joined too): searched as two, and its second word counts for it.
                if (alt.size() == 2 && s.isSplitName(alternative)) {
                    useful.add(alternative);
                    forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(alt.get(1));
                    continue;
                }
                // A name the curated table lists with a name of several words (داعش: تنظيم الدولة, as BBC
                // writes it): the words together count for it where a story is measured. Not searched: the
                // stories the rest of the question finds hold it ("فيس بوك" searched put March's
                // France 24 stories before September's Facebook breach).
                if (alt.size() > 1 && s.isListedSpelling(alternative)) {
                    forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(String.join(" ", alt));
                    continue;
                }
                if (alt.size() != 1) continue;
                String altTerm = alt.get(0);
                long altCount = searcher.documentFrequency(altTerm);
                if (altCount > 3 * ownCount + 2) {
                    useful.add(alternative);
                    if (ownCount <= UNKNOWN_SPELLING && altCount > bestCount && s.isSameWord(alternative)) {
                        bestCount = altCount;
                        better.put(own.get(0), altTerm);
                    }
                } else if (altCount > 0 && ownCount > UNKNOWN_SPELLING && !altTerm.equals(own.get(0))
                        && s.isListedSpelling(alternative)) {
                    // Both spellings well known (تشيلسي, تشلسي): the other is searched and counts as the reader's.
                    useful.add(alternative);
                    forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(altTerm);
                }
            }
        }
        latinNames(q, terms, searcher, useful, forms);
        headlineSpellings(q, terms, searcher, useful, better);
        joinedPrepositions(q, terms, searcher, useful, better);
        vowelSpellings(q, terms, searcher, useful, better);
        pluralVerbs(q, terms, searcher, useful, better);
        return new SpellingChoice(useful, better, forms);
    }

    /**
     * A verb with the plural's ending وا, which the light stemmer keeps ("حظروا", "وقبضوا عليهم"): when
     * the index hardly knows it, the verb without the ending (حظر، قبض) is searched and counts for it
     * ({@link #standIn}). The dialects' ending without its alif ("ضربو") only when the news writes the
     * word with it (ضربوا): a noun ends in و too, and بيانو, in one passage of the corpus, would
     * otherwise stand for بيان.
     */
    private static void pluralVerbs(Question q, QueryTerms terms, PassageSearcher searcher, List<String> useful,
                                    Map<String, String> better) {
        if (q.language() != Language.ARABIC) return;
        for (String word : q.searchText().strip().split("\\s+")) {
            String typed = ArabicText.normalize(word);
            int cut = typed.endsWith("وا") ? 2 : typed.endsWith("و") && writtenWithAlif(typed, terms, searcher) ? 1 : 0;
            if (cut == 0 || typed.length() - cut < MIN_VERB_STEM || !ArabicText.hasArabic(word)) continue;
            standIn(word, w -> Optional.of(typed.substring(0, typed.length() - cut)), terms, searcher, useful, better);
        }
    }

    /** Whether the index knows {@code typed}, ending in و, written with the plural's alif (ضربو: ضربوا). */
    private static boolean writtenWithAlif(String typed, QueryTerms terms, PassageSearcher searcher) {
        List<String> plural = terms.analyze(typed + "ا");
        return plural.size() == 1 && searcher.documentFrequency(plural.get(0)) > 0;
    }

    /** A verb stem shorter than this is left as typed: سموا is no سم (poison). */
    static final int MIN_VERB_STEM = 3;

    /** A word this short is left as typed: its skeleton is shared by too many words. */
    static final int MIN_RESPELLED = 5;

    /**
     * A name the index hardly knows in the reader's spelling, written by the news's headlines with the
     * same consonants ({@link PassageSearcher#headlineSpelling}: موجروزا → موغوروزا, ومبلدون →
     * ويمبلدون), is searched in the headlines' spelling, which counts for it. Not a dialect verb's
     * shape ({@link Evidence#readsAsDialectVerb}): هيدخلوا is no misspelled name.
     */
    private static void headlineSpellings(Question q, QueryTerms terms, PassageSearcher searcher, List<String> useful,
                                          Map<String, String> better) {
        if (q.language() != Language.ARABIC) return;
        for (String word : q.searchText().strip().split("\\s+")) {
            if (respellable(word)) standIn(word, searcher::headlineSpelling, terms, searcher, useful, better);
        }
    }

    /** An Arabic word long enough to respell ({@value #MIN_RESPELLED} letters) and not in a dialect verb's shape. */
    private static boolean respellable(String word) {
        return ArabicText.hasArabic(word) && ArabicText.normalize(word).length() >= MIN_RESPELLED
                && !Evidence.readsAsDialectVerb(word);
    }

    /**
     * Searches the twin {@code twinOf} gives {@code word}, and counts it for the word, when the index
     * hardly knows the word (at most {@link #UNKNOWN_SPELLING} passages) and knows the twin in more
     * than three times as many passages, and two more.
     */
    private static void standIn(String word, Function<String, Optional<String>> twinOf, QueryTerms terms,
                                PassageSearcher searcher, List<String> useful, Map<String, String> better) {
        List<String> own = terms.analyze(word);
        if (own.size() != 1 || better.containsKey(own.get(0))) return;
        long ownCount = searcher.documentFrequency(own.get(0));
        if (ownCount > UNKNOWN_SPELLING) return;
        Optional<String> twin = twinOf.apply(word);
        // the question's own spellings may have read it already
        if (twin.isEmpty() || useful.contains(twin.get())) return;
        List<String> alt = terms.analyze(twin.get());
        if (alt.size() != 1 || alt.get(0).equals(own.get(0))) return;
        if (searcher.documentFrequency(alt.get(0)) > 3 * ownCount + 2) {
            useful.add(twin.get());
            better.put(own.get(0), alt.get(0));
        }
    }

    /**
     * A place or a name with "in" joined to it (بغريان), which the analysis keeps whole: when the index
     * hardly knows the joined word and knows the word without its first letter much better, that word
     * is searched and counts for it ({@link #standIn}).
     */
    private static void joinedPrepositions(Question q, QueryTerms terms, PassageSearcher searcher, List<String> useful,
                                           Map<String, String> better) {
        if (q.language() != Language.ARABIC) return;
        for (String word : q.searchText().strip().split("\\s+")) {
            String normalized = ArabicText.normalize(word);
            // not a place the reader joined "in" to, which is read as its place already (بتونس), nor a
            // dialect's present (بتعطي، بيغطي: ب before the verb's own prefix)
            if (normalized.length() < MIN_JOINED || JOINED.indexOf(normalized.charAt(0)) < 0 || normalized.startsWith("بال")
                    || Places.placeOf(normalized).isPresent()
                    || normalized.charAt(0) == 'ب' && PRESENT_PREFIXES.indexOf(normalized.charAt(1)) >= 0
                    || Evidence.readsAsDialectVerb(word)) {
                continue;
            }
            standIn(word, w -> Optional.of(w.substring(1)), terms, searcher, useful, better);
        }
    }

    /**
     * A name the index has never seen in the reader's spelling that the news writes with a long vowel
     * more or less (شكيرا → شاكيرا, in only two headlines): the word one letter away with the same
     * consonants ({@link #soundTwins}) best known to the index, in {@value #WELL_KNOWN} passages or more and
     * in a headline, is searched and counts for it. A made-up name (زورفكستان) has no such twin, and a name only the text
     * of stories writes (صاموئيل, for a reader's صموئيل, the monastery the news never named) is no headline's.
     */
    private static void vowelSpellings(Question q, QueryTerms terms, PassageSearcher searcher, List<String> useful,
                                       Map<String, String> better) {
        if (q.language() != Language.ARABIC) return;
        for (String word : q.searchText().strip().split("\\s+")) {
            if (!respellable(word)) continue;
            String typed = ArabicText.normalize(word);
            List<String> own = terms.analyze(word);
            if (own.size() != 1 || better.containsKey(own.get(0)) || searcher.documentFrequency(own.get(0)) > 0) continue;
            String best = null;
            String bestTerm = null;
            long bestCount = WELL_KNOWN - 1;
            for (String twin : soundTwins(typed)) {
                // a headline's word first: a look-up, where analyzing every twin is not
                if (searcher.headlineFrequency(twin) == 0) continue;
                List<String> alt = terms.analyze(twin);
                if (alt.size() != 1 || alt.get(0).equals(own.get(0))) continue;
                long count = searcher.documentFrequency(alt.get(0));
                if (count > bestCount) {
                    best = twin;
                    bestTerm = alt.get(0);
                    bestCount = count;
                }
            }
            if (best != null) {
                useful.add(best);
                better.put(own.get(0), bestTerm);
            }
        }
    }

    /**
     * The words one letter from {@code word} (normalized) with its consonants ({@link NameSkeleton}):
     * a long vowel (ا و ي) added or put for another, or غ ق ج for one another. Not one dropped: a
     * shorter word is another word as often (شكيرا is no شكرا). Read from the index's terms, not its
     * spelling checker: a term's count is a look-up.
     */
    static Set<String> soundTwins(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            for (char v : LONG_VOWELS.toCharArray()) out.add(word.substring(0, i) + v + word.substring(i));
            if (i == word.length()) break;
            char c = word.charAt(i);
            String swaps = LONG_VOWELS.indexOf(c) >= 0 ? LONG_VOWELS : SOUNDS_AS_G.indexOf(c) >= 0 ? SOUNDS_AS_G : "";
            for (char o : swaps.toCharArray()) if (o != c) out.add(word.substring(0, i) + o + word.substring(i + 1));
        }
        String key = NameSkeleton.of(word);
        out.removeIf(twin -> twin.equals(word) || !NameSkeleton.of(twin).equals(key));
        return out;
    }

    private static final String LONG_VOWELS = "اوي";
    private static final String SOUNDS_AS_G = "غقج";

    /** Passages a vowel's twin is found in at least ({@link #vowelSpellings}). */
    static final int WELL_KNOWN = 5;

    /** The letters a present verb opens with, after the dialects' ب (بيروح، بتعطي، بنشوف، باكل). */
    private static final String PRESENT_PREFIXES = "يتنا";
    /**
     * The preposition readers join to a name. Not the Maghreb's ف ("فورقلة", in Ouargla): it is also
     * "and so" (فهجمات), and Tripoli's فطرابلس, read already, lost its story when searched again.
     */
    private static final String JOINED = "ب";
    /** A joined word this short is left as typed: بحر is no ب before حر. */
    static final int MIN_JOINED = 5;

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    /**
     * A name an Arabic question writes in Latin letters ("warriors ضد كافاليرز") is searched as the news
     * spells it in Arabic too, and that spelling counts as it ({@link EnglishReading#latinNameInArabic}).
     */
    private static void latinNames(Question q, QueryTerms terms, PassageSearcher searcher, List<String> useful,
                                   Map<String, Set<String>> forms) {
        if (q.language() != Language.ARABIC || !ArabicText.hasArabic(q.asked())) return;
        List<String> words = List.of(q.searchText().strip().split("\\s+"));
        List<String> arabic = words.stream().filter(ArabicText::hasArabic).toList();
        for (String word : words) {
            if (!LATIN_WORD.matcher(word).matches()) continue;
            List<String> own = terms.analyze(word);
            if (own.size() != 1) continue;
            EnglishReading.latinNameInArabic(word, arabic, searcher).ifPresent(name -> {
                List<String> its = terms.analyze(name);
                if (its.size() != 1) return;
                useful.add(name);
                forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(its.get(0));
            });
        }
    }

    /**
     * Other words for the same thing (a translation's أسعار beside سعر) are searched, and each
     * form counts as the word, one of more words where a text holds them in their order ({@link
     * QueryTerms#analyze}): {@code forms} maps the word's term to theirs. A form that holds the word itself (الانتخابات and انتخابات are one term; جمال خاشقجي holds خاشقجي) is not
     * searched again: it would weigh the word twice against the question's other words.
     */
    private static void sameMeaning(Question.Spelling s, String own, QueryTerms terms, List<String> useful,
                                    Map<String, Set<String>> forms) {
        Set<String> searched = forms.computeIfAbsent(own, k -> new HashSet<>());
        for (String alternative : s.alternatives()) {
            List<String> alt = terms.analyze(alternative);
            if (alt.isEmpty() || alt.contains(own) || alt.size() == 1 && !searched.add(alt.get(0))) continue;
            // A form of more words counts where a text holds them in their order (QueryTerms#analyze).
            if (alt.size() > 1) searched.add(String.join(" ", alt));
            if (!useful.contains(alternative)) useful.add(alternative);
        }
        if (searched.isEmpty()) forms.remove(own);
    }

    /**
     * A misspelled word may still find its story through a near form (البورسة → البورصة): the
     * correction is offered when the story shown first uses the corrected word, not for a new name
     * the index has not seen yet. Only the corrections the story uses are offered; the reader's
     * other words stay as typed (a dialect verb طاحت is no misspelled أطاحت).
     */
    static Optional<String> correctionShownIn(Story first, Question q, QueryTerms terms, PassageSearcher searcher) {
        String typed = q.typedWords();
        Optional<String> suggestion = Suggestions.suggest(typed, terms, searcher);
        if (suggestion.isEmpty()) return suggestion;
        String shown = first.headline() + " " + String.join(" ", first.summary());
        String[] typedWords = typed.strip().split("\\s+");
        String[] suggested = suggestion.get().split("\\s+");
        if (typedWords.length != suggested.length) return Optional.empty();
        boolean changed = false;
        for (int i = 0; i < suggested.length; i++) {
            if (suggested[i].equals(typedWords[i])) continue;
            if (shown.contains(suggested[i])) changed = true;
            else suggested[i] = typedWords[i];
        }
        return changed ? Optional.of(String.join(" ", suggested)) : Optional.empty();
    }
}
