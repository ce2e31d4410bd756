package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.question.Question;
import com.nabaa.question.ResultQuestion;
import com.nabaa.text.ArabicText;
import com.nabaa.text.ScoreLines;
import com.nabaa.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * How a result question ({@link ResultQuestion}: "نتيجة مباراة السعودية وروسيا"، "مين كسب كاس
 * العالم 2018؟") is searched and answered:
 * <ul>
 *   <li>its asking words (نتيجة، مباراة، فاز) are neither searched nor counted in coverage: the
 *       words news reports a result with ({@link ResultQuestion#RESULT_WORDS}: فوز، تتويج، خسارة،
 *       تعادل…) are searched instead, at a variant's weight, and coverage is that of what the
 *       result is of (the sides, the cup, the election);</li>
 *   <li>the articles naming both sides are searched too, and a story must name both sides the
 *       reader names, in its headline or its matching passage: a story about one of them is not
 *       the result;</li>
 *   <li>a story that states a score ranks higher (it reports the result, a preview does not), and
 *       so does one that sets the two sides against each other (or, when the reader names no
 *       sides, whose headline says someone won what the question names); one without any result word, a question headline ("من
 *       سيفوز؟") and a live blog rank lower;</li>
 *   <li>the direct answer is the lead article's sentence that states the score and sets the two
 *       sides against each other; when the reader names no sides, one that says someone won what
 *       the question names (who won an election or a prize is said in words).</li>
 * </ul>
 */
final class ResultFocus {
    /** A headline or passage that states a score reports the result: its story ranks this much higher. */
    static final float SCORE_BONUS = 1.5f;
    /**
     * A headline or passage that sets the two sides against each other ({@link #facing}), or, when
     * the reader names none, a headline that says someone won what the question names ({@link
     * #winsTopic}), is about the result: its story ranks this much higher.
     */
    static final float FACING_BONUS = 1.5f;
    /**
     * The two sides stand at most this many words apart where a text sets them against each other
     * ("انهار دفاع مصر … في الهزيمة 3-1 أمام روسيا": 17 words apart).
     */
    static final int FACING_WINDOW = 24;
    /** Punctuation that ends a clause: sides on either side of it are not set against each other. */
    private static final String CLAUSE_ENDS = "،,:؛;.!?؟";
    /** A score sets the sides against each other when it stands between them, this many words apart at most. */
    static final int SCORE_BETWEEN = 4;
    /** Words that set one side against the other: "أمام روسيا"، "على السعودية"، "ضد"، "مع"، "vs". */
    private static final Set<String> AGAINST = Set.of("على", "علي", "أمام", "امام", "ضد", "مع", "vs", "v", "against");
    /** A country after these hosts a tournament ("مونديال روسيا"، "كأس العالم روسيا 2018"): it is not a side there. */
    private static final Set<String> TOURNAMENT = Set.of("مونديال", "المونديال", "لمونديال", "بمونديال", "العالم",
            "نهاءيات", "النهاءيات", "بطوله", "اولمبياد", "الاولمبياد", "دوره");
    /** A live blog's headline: "تغطية مباشرة"، "مباشر:"، "بث مباشر"، "live". */
    private static final java.util.regex.Pattern LIVE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:بال)?مباشر[ةه]?(?![\\p{L}])|(?i:\\blive\\b)");
    /**
     * Words that say someone won something ("يتوج بكأس العالم"، "فوز نادية مراد بجائزة نوبل"، "يحسم
     * لقب الدوري"); not "بطل كأس العالم", which names last time's winner in any story.
     */
    static final List<String> WINNING_WORDS = List.of("فوز", "تتويج", "حسم", "انتصار", "لقب");
    /** The thing won follows its winning word within this many words ("فوز الناشطة … مراد بجائزة نوبل": 5). */
    static final int WON_WITHIN = 6;
    /** A story without a word of a result or a score ranks this much lower. */
    static final float WITHOUT_RESULT_WORDS = 0.5f;

    private final ResultQuestion result;
    private final String searchText;
    private final List<List<String>> sides;
    private final Set<String> resultTerms;
    private final Set<String> winningTerms;
    private final List<String> topicStems;
    private final Set<String> askingTerms;

    private ResultFocus(ResultQuestion result, String searchText, List<List<String>> sides, Set<String> resultTerms,
                        Set<String> winningTerms, List<String> topicStems, Set<String> askingTerms) {
        this.result = result;
        this.searchText = searchText;
        this.sides = sides;
        this.resultTerms = resultTerms;
        this.winningTerms = winningTerms;
        this.topicStems = topicStems;
        this.askingTerms = askingTerms;
    }

    /** The focus of {@code q} when it asks for a result; {@code terms} analyze like the question. */
    static Optional<ResultFocus> of(Question q, QueryTerms terms) {
        return q.result().map(r -> {
            List<List<String>> sides = r.sides().stream().map(terms::analyze).filter(t -> !t.isEmpty()).toList();
            Set<String> resultTerms = new HashSet<>(terms.analyze(String.join(" ", ResultQuestion.RESULT_WORDS)));
            Set<String> asking = new HashSet<>(terms.analyze(String.join(" ", r.askingWords())));
            String text = r.topic().isBlank() ? q.searchText() : r.topic();
            Set<String> winning = new HashSet<>(terms.analyze(String.join(" ", WINNING_WORDS)));
            List<String> topicStems = terms.analyze(r.topic()).stream().filter(t -> t.length() >= 3)
                    .filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
            return new ResultFocus(r, text, sides.size() == 2 ? sides : List.of(), resultTerms, winning, topicStems,
                    asking);
        });
    }

    /** What is searched: the question without its asking words (the result words stand for them). */
    String searchText() {
        return searchText;
    }

    /**
     * The spelling variants, the result words as one more variant, a side's adjective (روسيا:
     * الروسي, as "المنتخب الروسي" reports it) and a word without the بـ of "فاز بـ" (بكأس: كأس).
     */
    List<String> variants(List<String> spellings) {
        List<String> out = new ArrayList<>(spellings);
        out.add(String.join(" ", ResultQuestion.RESULT_WORDS));
        for (String side : result.sides()) {
            for (String word : side.split("\\s+")) nisbaOf(word).ifPresent(out::add);
        }
        for (String word : searchText.split("\\s+")) {
            if (word.length() >= 4 && word.charAt(0) == 'ب') out.add(word.substring(1));
        }
        return out;
    }

    /** The adjective of a country named with a final ا or يا: روسيا → الروسي, فرنسا → الفرنسي. */
    private static Optional<String> nisbaOf(String word) {
        if (word.length() >= 5 && word.endsWith("يا")) return Optional.of(word.substring(0, word.length() - 2) + "ي");
        if (word.length() >= 4 && word.endsWith("ا")) return Optional.of(word.substring(0, word.length() - 1) + "ي");
        return Optional.empty();
    }

    /**
     * {@code hits} and the best passages of the articles that name both sides, in their headline
     * or text, the headline weighing in full: the report of a match ("المنتخب السعودي ينهار ويخسر
     * بخماسية أمام روسيا") says "الروسي" in its text, where the host country of the tournament is
     * named on every page.
     */
    List<PassageHit> withSideHits(List<PassageHit> hits, PassageSearcher searcher, SearchFilter filter) {
        if (sides.isEmpty()) return hits;
        Optional<Query> both = searcher.queries().allWords(String.join(" ", result.sides()), filter);
        if (both.isEmpty()) return hits;
        List<PassageHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.articleId()));
        for (PassageHit h : searcher.bestPerArticle(both.get(), Ranking.CANDIDATE_PASSAGES, Ranking.CANDIDATE_ARTICLES)) {
            if (seen.add(h.articleId())) all.add(h);
        }
        return all;
    }

    /**
     * The question's terms as coverage counts them: without its asking words, which any story
     * reporting a result answers (a result word is asked of the story by {@link #reweigh}), and with
     * a side found as its adjective (روسيا: الروسي). "من فاز بجائزة أفضل طاه في مهرجان الكسكسي"
     * is covered by what it says of the prize, not by a film that won another.
     */
    QueryTerms terms(QueryTerms terms) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String side : result.sides()) {
            for (String word : side.split("\\s+")) {
                List<String> own = terms.analyze(word);
                List<String> adjective = nisbaOf(word).map(terms::analyze).orElse(List.of());
                if (own.size() == 1 && adjective.size() == 1) forms.put(own.get(0), Set.of(adjective.get(0)));
            }
        }
        return terms.withForms(forms).without(askingTerms);
    }

    /**
     * The candidates that may answer, re-weighed and in rank order: those naming both sides, a
     * score raising them, the lack of any result word lowering them.
     */
    List<StoryGrouper.Candidate> reweigh(List<StoryGrouper.Candidate> candidates, QueryTerms terms) {
        List<StoryGrouper.Candidate> out = new ArrayList<>();
        for (StoryGrouper.Candidate c : candidates) {
            Set<String> seen = new HashSet<>(c.titleTerms());
            seen.addAll(terms.analyze(c.best().passage()));
            if (!namesBothSides(seen, terms)) continue;
            boolean score = ScoreLines.in(c.best().title()) || ScoreLines.in(c.best().passage());
            float weight = score ? SCORE_BONUS : hasResultWord(seen) ? 1f : WITHOUT_RESULT_WORDS;
            if (sides.isEmpty() ? winsTopic(c.best().title(), terms)
                    : facing(c.best().title(), terms) || facing(c.best().passage(), terms)) {
                weight *= FACING_BONUS;
            }
            // "من سيفوز بكأس العالم؟" asks, it does not report; a live blog ("تغطية مباشرة.. مصر 0-0
            // روسيا") holds the score of one moment.
            if (Summarizer.isQuestion(c.best().title()) || LIVE.matcher(c.best().title()).find()) {
                weight *= WITHOUT_RESULT_WORDS;
            }
            out.add(new StoryGrouper.Candidate(c.best(), c.titleTerms(), c.score() * weight, c.coverage(),
                    c.published()));
        }
        out.sort(Comparator.comparingDouble(StoryGrouper.Candidate::score).reversed());
        return out;
    }

    /**
     * The sentence of the lead article that answers: the best-covering one stating a score and
     * setting the sides against each other ({@link #facing}); when the reader names no sides
     * ("من فاز بالانتخابات"), the best-covering one that says someone won it ({@link #winsTopic}),
     * one with a score first.
     * It must cover {@code least} of the question.
     */
    Optional<String> directAnswer(List<PassageHit> leadText, QueryTerms terms, float least) {
        String best = null;
        float bestRank = 0;
        for (PassageHit p : leadText) {
            for (String sentence : SentenceSplitter.split(p.passage())) {
                if (Summarizer.isQuestion(sentence)) continue;
                Set<String> seen = new HashSet<>(terms.analyze(sentence));
                if (!namesBothSides(seen, terms) || !facing(sentence, terms)) continue;
                boolean score = ScoreLines.in(sentence);
                // Two sides ask for a score; without sides the sentence must say who won the thing asked
                // about (an election, a prize is said in words).
                if (sides.isEmpty() ? !winsTopic(sentence, terms) : !score) continue;
                float coverage = terms.coverage(seen);
                if (coverage < least) continue;
                float rank = coverage + (score ? 1 : 0); // a score line first, then coverage
                if (rank > bestRank) {
                    bestRank = rank;
                    best = sentence;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean hasResultWord(Collection<String> seen) {
        return containsAny(seen, resultTerms);
    }

    private static boolean containsAny(Collection<String> seen, Set<String> wanted) {
        for (String t : seen) {
            if (wanted.contains(t)) return true;
        }
        return false;
    }

    /**
     * Whether {@code text} sets the two sides against each other, not merely names them: in one
     * clause (no comma, colon or full stop between them), within {@value #FACING_WINDOW} words of
     * each other, with "أمام"، "على"، "ضد"، "مع" or a result word
     * right before the second, or a score right between them ("مصر 0-0 روسيا"). "مصر وروسيا" alone names a fixture, and
     * "مونديال روسيا: السعودية تحسم القمة العربية أمام مصر" names روسيا as the host, not as the opponent.
     * True when the reader names no sides.
     */
    boolean facing(String text, QueryTerms terms) {
        if (sides.isEmpty()) return true;
        Words words = new Words(text.strip().split("\\s+"), terms);
        List<Integer> first = positions(sides.get(0), words, terms);
        if (first.isEmpty()) return false;
        List<Integer> second = positions(sides.get(1), words, terms);
        for (int a : first) {
            for (int b : second) {
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                if (hi > lo && hi - lo <= FACING_WINDOW && against(words, lo, hi)) return true;
            }
        }
        return false;
    }

    private boolean against(Words words, int lo, int hi) {
        // One clause: "… أمام مصر، فيما حسمت الأوروغواي … على روسيا" sets مصر against no one.
        for (int i = lo; i < hi; i++) {
            String w = words.raw[i];
            if (CLAUSE_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0) return false;
        }
        // The word that sets the second side against the first stands right before it: "أمام روسيا"،
        // "تهزم مصر"، "على منتخب السعودية".
        for (int i = Math.max(lo + 1, hi - 2); i < hi; i++) {
            if (AGAINST.contains(plain(words.raw[i])) || containsAny(words.terms(i), resultTerms)) return true;
        }
        // "مصر 0-0 روسيا": the score itself between them.
        return hi - lo <= SCORE_BETWEEN
                && ScoreLines.in(String.join(" ", java.util.Arrays.asList(words.raw).subList(lo, hi + 1)));
    }

    /** The positions of the words that name a side (one of its words, or its adjective), not as a host. */
    private static List<Integer> positions(List<String> side, Words words, QueryTerms terms) {
        List<String> stems = side.stream().map(ResultFocus::stemCore).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.raw.length; i++) {
            // Only a word that holds a side's stem is analyzed (a stem is inside its word's letters).
            int at = i;
            if (stems.stream().noneMatch(c -> words.normalized[at].contains(c)) || hosts(words.raw, i)) continue;
            for (String t : side) {
                Set<String> own = words.terms(i);
                if (!own.isEmpty() && (terms.found(t, own) || nisba(t, own))) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** A side's stem without the ending its adjective drops (روسيا: روس, in الروسي), at least two letters. */
    private static String stemCore(String term) {
        String core = term.endsWith("يا") ? term.substring(0, term.length() - 2)
                : term.endsWith("ا") ? term.substring(0, term.length() - 1) : term;
        return core.length() >= 2 ? core.substring(0, Math.min(core.length(), 3)) : term;
    }

    /** A text's words, normalized, and their terms analyzed when first asked for. */
    private static final class Words {
        final String[] raw;
        final String[] normalized;
        private final List<Set<String>> terms;
        private final QueryTerms analyzer;

        Words(String[] raw, QueryTerms analyzer) {
            this.raw = raw;
            this.analyzer = analyzer;
            this.normalized = new String[raw.length];
            for (int i = 0; i < raw.length; i++) normalized[i] = ArabicText.normalize(raw[i]).toLowerCase(java.util.Locale.ROOT);
            this.terms = new ArrayList<>(java.util.Collections.nCopies(raw.length, null));
        }

        Set<String> terms(int i) {
            if (terms.get(i) == null) terms.set(i, new HashSet<>(analyzer.analyze(raw[i])));
            return terms.get(i);
        }
    }

    /**
     * Whether {@code text} says someone won what the question names: a winning word followed in the
     * same clause, within {@value #WON_WITHIN} words, by a word of the question's topic ("تتوج بكأس
     * العالم"، "يفوز في الانتخابات الرئاسية"). "فوزها على بنما … في كأس العالم" is a match won in
     * the cup, and "خسارة بطل كأس العالم" a loss.
     */
    boolean winsTopic(String text, QueryTerms terms) {
        if (topicStems.isEmpty()) return false;
        Words words = new Words(text.strip().split("\\s+"), terms);
        for (int i = 0; i < words.raw.length; i++) {
            if (!containsAny(words.terms(i), winningTerms)) continue;
            for (int j = i + 1; j < words.raw.length && j <= i + WON_WITHIN; j++) {
                int at = j;
                if (topicStems.stream().anyMatch(t -> words.normalized[at].contains(t))) return true;
                String w = words.raw[j];
                if (CLAUSE_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0) break;
            }
        }
        return false;
    }

    /** The word at {@code i} names a tournament's host: after "مونديال" or "كأس العالم", or before a year. */
    private static boolean hosts(String[] words, int i) {
        if (i > 0 && TOURNAMENT.contains(plain(words[i - 1]))) return true;
        return i + 1 < words.length && plain(words[i + 1]).matches("[0-9]{4}");
    }

    private static String plain(String word) {
        return ArabicText.normalize(word.replaceAll("[\\p{Punct}،؛«»]", ""));
    }

    /** Each side by at least half of its words (ريال مدريد: مدريد will do); none asked: true. */
    boolean namesBothSides(Set<String> seen, QueryTerms terms) {
        for (List<String> side : sides) {
            int found = 0;
            for (String t : side) {
                if (terms.found(t, seen) || nisba(t, seen)) found++;
            }
            if (found * 2 < side.size()) return false;
        }
        return true;
    }

    /** A country named by its adjective: روسيا in "المنتخب الروسي" (روس), فرنسا in "الفرنسي". */
    private static boolean nisba(String term, Set<String> seen) {
        if (term.length() >= 5 && term.endsWith("يا") && seen.contains(term.substring(0, term.length() - 2))) return true;
        return term.length() >= 4 && term.endsWith("ا") && seen.contains(term.substring(0, term.length() - 1));
    }

    ResultQuestion question() {
        return result;
    }
}
