package com.nabaa.answer;

import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Language;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import com.nabaa.text.NewsAnalyzers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The question's analyzed terms weighted by how rare they are in the index (IDF), so that "how
 * much of the question does this text cover" can be measured the same way for passages, sentences
 * and the no-answer decision.
 */
final class QueryTerms {
    /**
     * The analyzer strips an attached ب or ل only from longer words (بسوريا → سوريا) and leaves
     * بمصر, لقطر: such a form counts for its bare word, and the other way round, when the index
     * holds it far more rarely than the bare word (بمصر 102 passages, مصر 8,567), so it is the word
     * with a preposition rather than another word (بعيد "far" is twice as common as عيد "feast").
     * XQuAD-ar no-answer 3.9% → 3.5%, ARCD "shown" 73.2% → 73.4% and MRR@10 0.737 → 0.739 (nabaa eval).
     */
    static final double PREPOSITION_FORM_SHARE = 0.15;
    /** Shorter bare words keep their letters apart: رد / برد, حر / بحر, بن / لبن. */
    static final int PREPOSITION_BARE_MIN = 3;
    private static final List<String> PREPOSITIONS = List.of("ب", "ل");
    /** What a typed word may have attached: ب, ل, the Maghrebi في written as ف, and the Levantine على as ع. */
    private static final Set<String> ATTACHED = Set.of("ب", "ل", "ف", "ع");

    private final Map<String, Float> weights;
    private final Map<String, Set<String>> prepositionForms;
    /** Terms found only as written or extended, never one letter apart ({@link Question#dictionaryWords()}). */
    private final Set<String> asWritten;
    /** The forms of more than one word (a translation's الأكبر سنا for "oldest"), each as its terms. */
    private final List<List<String>> phrases;
    private final float total;
    private final Analyzer analyzer;
    /**
     * The texts this question has analyzed, and their terms: one question reads its candidates'
     * headlines and passages to rank them, again to judge their evidence and again to name what
     * they lack. Lives as long as the question.
     */
    private final Map<String, List<String>> analyzed = new HashMap<>();

    private QueryTerms(Map<String, Float> weights, Map<String, Set<String>> prepositionForms, Set<String> asWritten,
                       Analyzer analyzer) {
        this.weights = weights;
        this.prepositionForms = prepositionForms;
        this.asWritten = asWritten;
        this.analyzer = analyzer;
        List<List<String>> p = new ArrayList<>();
        for (Set<String> same : prepositionForms.values()) {
            for (String form : same) if (form.contains(" ")) p.add(List.of(form.split(" ")));
        }
        this.phrases = List.copyOf(p);
        float sum = 0;
        for (float w : weights.values()) sum += w;
        this.total = sum;
    }

    static QueryTerms of(String text, Language language, Analyzers analyzers, PassageSearcher searcher) {
        return of(text, language, analyzers, searcher, List.of());
    }

    /** {@code spellings}: the question's words with other spellings (a name the index knows otherwise is no verb). */
    static QueryTerms of(String text, Language language, Analyzers analyzers, PassageSearcher searcher,
                         List<Question.Spelling> spellings) {
        Analyzer analyzer = analyzers.forLanguage(language);
        Map<String, Float> weights = new LinkedHashMap<>();
        Set<String> framing = analyzers.framing(language);
        Map<String, Set<String>> forms = new HashMap<>();
        Set<String> readersOwn = language == Language.ARABIC ? readersOwn(text, analyzer, searcher, spellings) : Set.of();
        for (String term : terms(analyzer, text)) {
            if (framing.contains(term) || readersOwn.contains(term)) continue;
            if (weights.containsKey(term)) continue;
            weights.put(term, searcher.idf(term, language));
            Set<String> same = prepositionForms(term, searcher);
            if (!same.isEmpty()) forms.put(term, same);
        }
        if (language == Language.ARABIC) {
            addTypedPrepositionForms(text, analyzer, searcher, weights.keySet(), forms);
            addPlaceForms(text, analyzer, weights.keySet(), forms);
        }
        return new QueryTerms(weights, forms, Set.of(), analyzer);
    }

    /**
     * The reader's own verbs: words in a dialect verb's shape (فتحوه، رجعتهم، انقتل، هيزيد، حبسو) that
     * the index hardly knows (in fewer than {@link Evidence#KNOWN_PASSAGES} passages), and words in
     * any verb's shape that no passage holds (هيتقفلوا، وخلصت، يستاقل). News is written in MSA: the stories that answer lack a reader's dialect verb as much
     * as those that do not, so it counts neither for nor against a story's coverage (it is still
     * searched). Counted, its rarity gave it the most weight, and "التابوت الاسود اللي لقوه في
     * اسكندريه فتحوه؟" was refused though the stories of the opened sarcophagus led the ranking.
     */
    private static Set<String> readersOwn(String text, Analyzer analyzer, PassageSearcher searcher,
                                          List<Question.Spelling> spellings) {
        Set<String> out = new HashSet<>();
        for (String typed : text.strip().split("\\s+")) {
            List<String> analyzed = terms(analyzer, typed);
            if (analyzed.size() != 1 || knownOtherwise(typed, spellings, analyzer, searcher)) continue;
            String word = NOT_ARABIC.matcher(typed).replaceAll("");
            if (word.isEmpty() || Evidence.isDefinite(ArabicText.normalize(word))) continue;
            // A place is no verb, whatever its shape (باكو، كيتو), and a small index may not know it.
            if (Places.placeOf(ArabicText.normalize(word)).isPresent()) continue;
            long known = searcher.documentFrequency(analyzed.get(0));
            // A dialect's shape is never the news's word; an MSA verb is, unless no passage holds it:
            // in a small index (a newsroom's own) an MSA verb is rare, not the reader's.
            boolean dialect = Evidence.readsAsDialectVerb(word) && known < Evidence.KNOWN_PASSAGES;
            if (!dialect && !(Evidence.readsAsVerb(word) && known == 0)) continue;
            // "فتونس", "بلبنان": a known word with في (the Maghrebi ف) or a preposition attached, not a verb
            if (word.length() > TYPED_PREPOSITION_MIN - 1 && ATTACHED.contains(word.substring(0, 1))) {
                List<String> bare = terms(analyzer, word.substring(1));
                if (bare.size() == 1 && searcher.documentFrequency(bare.get(0)) >= Evidence.KNOWN_PASSAGES) continue;
            }
            out.add(analyzed.get(0));
        }
        return out;
    }

    /**
     * A name the index knows in another spelling (ترمب: ترامب), which a verb's shape must not hide.
     * Only a spelling with as many letters or more counts: one with fewer is another word (مدوا is no
     * مدا, يسجنوه no يسجنه), and a name's spellings differ by the long vowels they add.
     */
    private static boolean knownOtherwise(String typed, List<Question.Spelling> spellings, Analyzer analyzer,
                                          PassageSearcher searcher) {
        int letters = ArabicText.normalize(typed).length();
        for (Question.Spelling s : spellings) {
            if (!s.word().equals(typed)) continue;
            for (String other : s.alternatives()) {
                if (ArabicText.normalize(other).length() < letters) continue;
                List<String> t = terms(analyzer, other);
                // known beyond a stray page: جرحو (they wounded, as the Maghreb writes it) is no جراحو, in one passage
                if (t.size() == 1 && searcher.documentFrequency(t.get(0)) > SpellingChoice.UNKNOWN_SPELLING) return true;
            }
        }
        return false;
    }

    /**
     * A typed word of at least {@value #TYPED_PREPOSITION_MIN} letters with ب or ل attached (بقمة،
     * لقمة) counts for its bare word when the index holds it far more rarely ({@link
     * #PREPOSITION_FORM_SHARE}), even when the stems are short: the analyzer makes بقمة بقم and قمة قم,
     * too short for {@link #prepositionForms} to compare (a Levantine "بقمة ترامب وبوتين" missed
     * every story headlined "قمة هلسنكي"). The typed length keeps بحر, برد and بنك apart.
     */
    private static void addTypedPrepositionForms(String text, Analyzer analyzer, PassageSearcher searcher,
                                                 Set<String> asked, Map<String, Set<String>> forms) {
        for (String typed : text.strip().split("\\s+")) {
            String word = NOT_ARABIC.matcher(ArabicText.normalize(typed)).replaceAll("");
            // "الأهلي ووفاق سطيف": the analyzer takes one و off, so ووفاق is وفاق where the news's وفاق is فاق.
            if (word.startsWith("وو") && word.length() >= TYPED_PREPOSITION_MIN) {
                List<String> own = terms(analyzer, word);
                List<String> name = terms(analyzer, word.substring(1));
                if (own.size() == 1 && name.size() == 1 && !own.equals(name) && name.get(0).length() >= 3
                        && asked.contains(own.get(0))) {
                    forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(name.get(0));
                }
                continue;
            }
            if (addMaghrebiPresent(word, analyzer, searcher, asked, forms)) continue;
            if (word.length() < TYPED_PREPOSITION_MIN || !ATTACHED.contains(word.substring(0, 1))
                    || word.startsWith("ال", 1) && !word.startsWith("عال") || word.startsWith("لل")) continue;
            List<String> own = terms(analyzer, word);
            List<String> bare = terms(analyzer, word.substring(1));
            if (own.size() != 1 || bare.size() != 1 || own.equals(bare) || !asked.contains(own.get(0))) continue;
            long ownCount = searcher.documentFrequency(own.get(0));
            long bareCount = searcher.documentFrequency(bare.get(0));
            // The Maghrebi في written as ف (فتونس) makes a word the index never saw: its bare word is meant.
            // Only then: a known word with ف is its own (فكرة is no كرة).
            // A listed place the news names rarely is meant too (فقفصة: قفصة, in five stories), and a listed
            // place with ف is in it whenever the index holds the bare place far more often (فليبيا: "so
            // Libya" in a few passages, ليبيا in thousands).
            boolean place = Places.placeOf(word.substring(1)).isPresent();
            boolean maghrebiIn = word.startsWith("ف") && (ownCount == 0 && (bareCount >= Evidence.KNOWN_PASSAGES
                    || bareCount > 0 && place) || place && ownCount <= PREPOSITION_FORM_SHARE * bareCount);
            // The Levantine and Gulf على written as ع before the article (عالنفط، عاللبناني): only then
            // and only on a word the index never saw (عالم، عالق are words of their own).
            boolean onto = word.startsWith("عال") && ownCount == 0 && bareCount >= Evidence.KNOWN_PASSAGES;
            boolean preposition = (word.startsWith("ب") || word.startsWith("ل")) && ownCount > 0
                    && ownCount <= PREPOSITION_FORM_SHARE * bareCount;
            if (maghrebiIn || onto || preposition) {
                forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(bare.get(0));
            }
        }
    }

    /**
     * A place asked counts as named by its listed forms that hold its letters, its nisbas: "فبلجيكا"
     * (بلجيكا, which the analysis makes لجيكا, taking its ب for a preposition) by a story writing only
     * "لمدينة لوفان البلجيكية" (لجيك), and "اليابان" (ياب) by one writing الياباني (يابان).
     */
    private static void addPlaceForms(String text, Analyzer analyzer, Set<String> asked, Map<String, Set<String>> forms) {
        String before = "";
        for (String typed : text.strip().split("\\s+")) {
            String word = NOT_ARABIC.matcher(ArabicText.normalize(typed)).replaceAll("");
            String previous = before;
            before = word;
            // "ما اسم بيتكوين بالانجليزية؟" asks of a language, not of England
            if (word.isEmpty() || Places.namesLanguage(word, previous)) continue;
            Optional<Places.Place> place = Places.placeOf(word);
            // only a place's word is analysed again: the question's words were analysed once already
            if (place.isEmpty()) continue;
            List<String> own = terms(analyzer, word);
            if (own.size() != 1 || !asked.contains(own.get(0))) continue;
            for (String form : Places.formsOf(place.get())) {
                // the listed forms hold a nisba's endings (بلجيكيه، بلجيكيون): with and without the article
                for (String written : List.of(form, "ال" + form)) {
                    List<String> t = terms(analyzer, written);
                    // only the name's own letters (بلجيكي for بلجيكا; أمريكي for أميركا, its consonants),
                    // not its other names: الشام is Syria's, and "سوريا" in a story of Iran's road to
                    // Damascus is not the Levant's highway
                    if (t.size() == 1 && t.get(0).length() >= PREPOSITION_BARE_MIN && !t.equals(own)
                            && (holdsLetters(t.get(0), own.get(0)) || holdsLetters(AnswerEvidence.consonants(t.get(0)), AnswerEvidence.consonants(own.get(0))))) {
                        forms.computeIfAbsent(own.get(0), k -> new HashSet<>()).add(t.get(0));
                    }
                }
            }
        }
    }

    private static boolean holdsLetters(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a));
    }

    /** The Maghreb's present with ك before it, and the plural's و without its ن (كيعزفو، كتقول، كنشوفو). */
    private static final Pattern MAGHREBI_PRESENT = Pattern.compile("^ك([يتن]\\p{IsArabic}{2,}?)(و?)$");

    /**
     * The Maghreb's present tense written with ك (كيعزفو: يعزفون, "they play"; كتقول: تقول) makes a word
     * the index never saw: the present the news writes is meant, when the index knows it well (a
     * word of the news with ك before ي، ت or ن is its own: كتاب، كيان).
     */
    private static boolean addMaghrebiPresent(String word, Analyzer analyzer, PassageSearcher searcher, Set<String> asked,
                                              Map<String, Set<String>> forms) {
        Matcher m = MAGHREBI_PRESENT.matcher(word);
        if (word.length() < TYPED_PREPOSITION_MIN + 1 || !m.matches()) return false;
        List<String> own = terms(analyzer, word);
        List<String> present = terms(analyzer, m.group(1) + (m.group(2).isEmpty() ? "" : "ون"));
        if (own.size() != 1 || present.size() != 1 || own.equals(present) || !asked.contains(own.get(0))) return false;
        if (searcher.documentFrequency(own.get(0)) > 0 || searcher.documentFrequency(present.get(0)) < Evidence.KNOWN_PASSAGES) {
            return false;
        }
        forms.computeIfAbsent(own.get(0), t -> new HashSet<>()).add(present.get(0));
        return true;
    }

    static final int TYPED_PREPOSITION_MIN = 4;
    private static final Pattern NOT_ARABIC = Pattern.compile("[^\\p{IsArabic}]");

    /**
     * The same question where a word the index knows far better in another spelling (نتايج →
     * نتائج, ترمب → ترامب) is found in that spelling too and weighs what that spelling weighs: the
     * reader's rare spelling would otherwise carry the most weight and be missing from every story.
     */
    QueryTerms withSpellings(Map<String, String> betterSpelling, Language language, PassageSearcher searcher) {
        if (betterSpelling.isEmpty()) return this;
        Map<String, Float> w = new LinkedHashMap<>(weights);
        Map<String, Set<String>> forms = new HashMap<>(prepositionForms);
        betterSpelling.forEach((own, better) -> {
            if (!w.containsKey(own)) return;
            w.put(own, searcher.idf(better, language));
            Set<String> same = new HashSet<>(forms.getOrDefault(own, Set.of()));
            same.add(better);
            same.addAll(prepositionForms(better, searcher));
            forms.put(own, same);
        });
        return new QueryTerms(w, forms, asWritten, analyzer);
    }

    /**
     * The same question where each term of {@code more} is also found as any of its forms (a result
     * question's نتيجة as فوز، خسارة…; a translation's أسعار for سعر), weighing what it weighed.
     */
    QueryTerms withForms(Map<String, Set<String>> more) {
        if (more.isEmpty()) return this;
        Map<String, Set<String>> forms = new HashMap<>(prepositionForms);
        more.forEach((term, other) -> {
            if (!weights.containsKey(term)) return;
            Set<String> same = new HashSet<>(forms.getOrDefault(term, Set.of()));
            same.addAll(other);
            forms.put(term, same);
        });
        return new QueryTerms(weights, forms, asWritten, analyzer);
    }

    /**
     * The same question without {@code dropped} terms, which then count neither for nor against
     * coverage (a result question's asking words: any story reporting a result has one); unchanged
     * when nothing would remain.
     */
    QueryTerms without(Set<String> dropped) {
        Map<String, Float> w = new LinkedHashMap<>(weights);
        w.keySet().removeAll(dropped);
        return w.isEmpty() || w.size() == weights.size() ? this : new QueryTerms(w, prepositionForms, asWritten, analyzer);
    }

    /** The term's other forms with or without an attached preposition (بلبن → لبن), if any. */
    Set<String> prepositionFormsOf(String term) {
        return prepositionForms.getOrDefault(term, Set.of());
    }

    /** بمصر for مصر and مصر for بمصر, when the index says the prepositional form is rare. */
    private static Set<String> prepositionForms(String term, PassageSearcher searcher) {
        Set<String> out = new HashSet<>();
        if (term.length() >= PREPOSITION_BARE_MIN) {
            long bare = searcher.documentFrequency(term);
            for (String p : PREPOSITIONS) {
                if (searcher.documentFrequency(p + term) <= PREPOSITION_FORM_SHARE * bare && bare > 0) out.add(p + term);
            }
        }
        if (term.length() > PREPOSITION_BARE_MIN && PREPOSITIONS.contains(term.substring(0, 1))) {
            String bareWord = term.substring(1);
            long own = searcher.documentFrequency(term);
            // A word the index has never seen (بسام) is no evidence of a preposition: سام stays apart.
            if (own > 0 && own <= PREPOSITION_FORM_SHARE * searcher.documentFrequency(bareWord)) {
                out.add(bareWord);
            }
        }
        return out;
    }


    boolean isEmpty() {
        return weights.isEmpty();
    }

    Set<String> terms() {
        return weights.keySet();
    }

    /**
     * Share (0..1) of the question's weight whose terms occur in the given analyzed terms, exactly
     * or as a near form ({@link NearTerms}).
     */
    float coverage(Collection<String> terms) {
        if (total <= 0) return 0;
        Set<String> seen = new HashSet<>(terms);
        float covered = 0;
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            if (found(e.getKey(), seen)) covered += e.getValue();
        }
        return covered / total;
    }

    /**
     * The same question where the terms of {@code words} (a translation's dictionary words, {@link
     * Question#dictionaryWords()}) are found only as written or extended.
     */
    QueryTerms asWritten(List<String> words) {
        if (words.isEmpty()) return this;
        Set<String> exact = new HashSet<>();
        for (String word : words) {
            for (String term : analyze(word)) if (weights.containsKey(term)) exact.add(term);
        }
        return exact.isEmpty() ? this : new QueryTerms(weights, prepositionForms, Set.copyOf(exact), analyzer);
    }

    /**
     * Whether a question term occurs in {@code seen}: exactly, as a near form (a dictionary word
     * only as an extended one: {@link #asWritten}), or with its preposition.
     */
    boolean found(String term, Set<String> seen) {
        boolean dictionary = asWritten.contains(term);
        if (dictionary ? NearTerms.foundExtended(term, seen) : NearTerms.found(term, seen)) return true;
        for (String form : prepositionForms.getOrDefault(term, Set.of())) {
            // A dictionary word's other one-word forms are the dictionary's too (مولود, مولودهما for "baby").
            if (dictionary && !form.contains(" ") ? NearTerms.foundExtended(form, seen) : seen.contains(form)) return true;
        }
        return false;
    }

    /** The share (0..1) of the question's weight that {@code term} carries; 0 for a term not in it. */
    float share(String term) {
        return total <= 0 ? 0 : weights.getOrDefault(term, 0f) / total;
    }

    /** Coverage of a raw text, analyzed like the question. */
    float coverageOf(String text) {
        return coverage(analyze(text));
    }

    /**
     * The text's terms, and after them each of the question's forms of more than one word whose
     * terms the text holds in their order, at most {@value #PHRASE_GAP} word apart ("أكبر لاعب سنا"
     * for الأكبر سنا), as one term: its words spread over the text are not the thing ("رئيس" here and
     * "بلدية" there is no mayor).
     */
    List<String> analyze(String text) {
        List<String> known = analyzed.get(text);
        if (known != null) return known;
        List<String> terms = terms(analyzer, text);
        if (!phrases.isEmpty() && terms.size() > 1) {
            List<String> with = new ArrayList<>(terms);
            for (List<String> phrase : phrases) {
                if (inOrder(terms, phrase)) with.add(String.join(" ", phrase));
            }
            terms = with;
        }
        terms = List.copyOf(terms);
        analyzed.put(text, terms);
        return terms;
    }

    /** A form's words may stand this many words apart in a text and still be the form. */
    static final int PHRASE_GAP = 1;

    private static boolean inOrder(List<String> terms, List<String> phrase) {
        for (int start = 0; start < terms.size(); start++) {
            if (!terms.get(start).equals(phrase.get(0))) continue;
            int at = start;
            int next = 1;
            while (next < phrase.size()) {
                int found = -1;
                for (int j = at + 1; j <= Math.min(terms.size() - 1, at + 1 + PHRASE_GAP); j++) {
                    if (terms.get(j).equals(phrase.get(next))) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) break;
                at = found;
                next++;
            }
            if (next == phrase.size()) return true;
        }
        return false;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return NewsAnalyzers.terms(analyzer, "text", text);
    }

    /**
     * Words that frame a question rather than name its topic ("how many", "the name of", "the
     * reason"): an answer rarely repeats them, so they do not count in coverage (they are still
     * searched).
     */
    static final List<String> FRAMING = List.of("عدد", "اسم", "يسمى", "تسمى", "سمي", "نوع", "انواع", "سنه", "عام",
            "تاريخ", "مدى", "حدث", "يحدث", "سبب", "اسباب", "يمكن", "قام", "تم", "الذي", "التي", "الذين", "اول", "اكثر",
            "اكبر", "معنى", "يعني", "يطلق", "اطلق", "يعرف", "تعرف", "عرف", "مكان", "موقع", "يقع", "تقع", "وقت", "مده",
            "مصطلح", "المسمى", "دام", "عوضا",
            "number", "name", "called", "type", "year", "reason", "happened", "first", "largest", "located");

    /** One Arabic and one English analyzer, shared by every question (analyzers are thread-safe). */
    record Analyzers(Analyzer arabic, Analyzer english, Set<String> arabicFraming, Set<String> englishFraming) {
        static Analyzers create() {
            Analyzer arabic = NewsAnalyzers.arabic();
            Analyzer english = NewsAnalyzers.english();
            return new Analyzers(arabic, english, analyzedSet(arabic), analyzedSet(english));
        }

        private static Set<String> analyzedSet(Analyzer analyzer) {
            Set<String> out = new java.util.HashSet<>();
            for (String w : FRAMING) out.addAll(terms(analyzer, w));
            return Set.copyOf(out);
        }

        Set<String> framing(Language language) {
            return language == Language.ENGLISH ? englishFraming : arabicFraming;
        }

        Analyzer forLanguage(Language language) {
            return language == Language.ENGLISH ? english : arabic;
        }
    }
}
