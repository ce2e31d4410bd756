package com.nabaa.answer;

import com.nabaa.question.DialectWords;
import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The kinds of event a question asks about ({@code event-words.txt}: a death, a resignation, a fire,
 * a flood…), each with the words news writes for it. A story that names none of a kind's words tells
 * of something else: the Queen meeting Trump does not say when she died. Stateless once loaded.
 */
final class EventWords {
    private static final List<Named> KINDS = load();
    /**
     * Kinds that are occasions, not outcomes: what a question asks of them (a share of the vote, a
     * winner, a date) is told without naming them again ("فاز السيسي … بنسبة 97%" for the election),
     * so a direct answer need not tell them ({@link Kind#outcome}).
     */
    private static final Set<String> OCCASIONS = Set.of("election", "festival", "exhibition", "conference",
            "competition", "marathon");
    /**
     * Kinds a reader asks whether they happened ("انمسك؟"، "انحكم؟"، "استقال؟"، "نقصولو الحكم فالاستئناف؟"): a story telling them
     * only as ordered, sought, risked or denied ({@link #PENDING}) does not tell them.
     */
    private static final Set<String> DONE_OR_NOT = Set.of("arrest", "verdict", "dismissal", "resignation",
            "assassination", "appeal", "compensation", "apology", "release", "autopsy", "penalty");
    /** Words that, up to {@link #PENDING_WINDOW} words before an event's word, tell it as not done ({@code event-pending-words.txt}). */
    private static final Set<String> PENDING = pending();
    /**
     * Four: a demand governs the short list that follows it ("وطالبا الشركة بتعويضهما ونشر اعتذار علني":
     * neither paid nor apologized). Three until 2026-12-04; at four no answerable question of the
     * reader set or the looks, nor of XQuAD-ar or ARCD, changed in nabaa eval.
     */
    static final int PENDING_WINDOW = 4;

    private EventWords() {
    }

    /**
     * A kind of event a question asks about: the analyzed terms of its words, and its words as
     * written (normalized, with and without the article); {@code outcome}: a death, a fire, a
     * resignation, which a sentence answering the question tells, unlike an occasion ({@link #OCCASIONS});
     * {@code toldAs}: phrases that tell it too ({@link #TOLD_AS}: people caught, an arrest).
     */
    record Kind(Set<String> terms, Set<String> words, boolean outcome, boolean doneOnly, List<Pattern> toldAs) {
        /** Whether {@code term}, an analyzed term of the question, is a word of this kind. */
        boolean contains(String term) {
            return terms.contains(term);
        }

        /**
         * Whether a story tells of this kind: one of its words as written ({@code text}), with و، ف
         * or a preposition and the article attached (بالحريق، ووفاة), or a term of three letters or more
         * in any form the analysis folds together ({@code seen}: the story's analyzed terms). A stem of
         * two letters meets unrelated words: وفاة is analyzed فا, and so is توفان, a place in a
         * Europa League preview that then "told" of a death. For a kind asked as done or not ({@link
         * #doneOnly}), a word after a word of {@link #PENDING} does not tell it: the story must tell it
         * once without one ({@code analysis}: how the question's words are analyzed).
         */
        boolean toldIn(Set<String> seen, String text, Function<String, List<String>> analysis) {
            String normalized = ArabicText.normalize(text);
            // "ضبط مليون و800 ألف مخالف": people caught are arrested, where a truck caught is not
            if (toldAs.stream().anyMatch(phrase -> phrase.matcher(normalized).find())) return true;
            boolean named = false;
            for (String t : terms) {
                if (t.length() >= 3 && seen.contains(t)) named = true;
            }
            String[] words = normalized.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            if (!named) {
                for (String w : words) {
                    if (writes(w)) return true;
                }
                return false;
            }
            if (!doneOnly || Arrays.stream(words).noneMatch(EventWords::isPending)) return true;
            Map<String, Boolean> analyzed = new HashMap<>();
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                boolean kind = writes(w) || w.length() >= 3 && analyzed.computeIfAbsent(w,
                        x -> analysis.apply(x).stream().anyMatch(t -> t.length() >= 3 && terms.contains(t)));
                if (kind && !pendingBefore(words, i)) return true;
            }
            return false;
        }

        /** Whether one sentence tells of this kind ({@link #toldIn}, with the sentence's own analyzed terms). */
        boolean toldBy(String sentence, Function<String, List<String>> analysis) {
            return toldIn(new HashSet<>(analysis.apply(sentence)), sentence, analysis);
        }

        /** The word, with و، ف or a preposition and the article attached, is one of the kind's as written. */
        private boolean writes(String w) {
            return attachedTo(w, words);
        }
    }

    private static boolean pendingBefore(String[] words, int i) {
        for (int j = Math.max(0, i - PENDING_WINDOW); j < i; j++) {
            if (isPending(words[j])) return true;
        }
        return false;
    }

    /** A word of {@link #PENDING}, with و، ف or a preposition and the article attached (بالبحث، وطالبت). */
    private static boolean isPending(String w) {
        return attachedTo(w, PENDING);
    }

    /** Whether {@code w} is one of {@code words}, as written or with و، ف, a preposition or the article attached. */
    private static boolean attachedTo(String w, Set<String> words) {
        if (w.isEmpty()) return false;
        if (words.contains(w)) return true;
        String bare = w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
        if (words.contains(bare)) return true;
        for (String prefix : ATTACHED) {
            if (bare.startsWith(prefix) && bare.length() - prefix.length() >= 2 && words.contains(bare.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The words, each without an attached و, ف or ب; not the Gulf's وايد (a lot), whose و is its own. */
    private static Set<String> bare(String[] ordered) {
        Set<String> out = new HashSet<>();
        for (String w : ordered) {
            if (w.isEmpty()) continue;
            boolean attached = w.length() > 3 && "وفب".indexOf(w.charAt(0)) >= 0 && !OWN_WAW.contains(w);
            out.add(attached ? w.substring(1) : w);
        }
        return out;
    }

    /** Words whose first و is their own: وايد without it is أيد, a court's upholding. */
    private static final Set<String> OWN_WAW = Set.of("وايد");

    /**
     * "حرس الحدود مسكوا كام كيلو هيروين؟": the dialects' "caught" (مسكوا) of goods asks a seizure, which
     * news tells as one ("أحبطت تهريب 72 كيلوغراما"، "ضبط شحنة"), naming no arrest. Only with goods named:
     * مسكوا alone may have caught anyone; "مسكوهم" is men caught, and "اعتقلوا" an arrest whatever else is named.
     */
    private static boolean seizureAsked(Set<String> words) {
        return words.stream().anyMatch(CAUGHT::contains)
                && words.stream().noneMatch(w -> ARREST_ONLY.stream().anyMatch(w::contains))
                && words.stream().anyMatch(w -> SEIZED.contains(w) || w.startsWith("ال") && SEIZED.contains(w.substring(2)));
    }

    private static final Set<String> CAUGHT = Set.of("مسكوا", "مسكو", "مسكت", "مسك");
    /** Words of the arrest kind that only ever name a person taken. */
    private static final Set<String> ARREST_ONLY = Set.of("اعتقل", "القبض", "قبض", "توقيف", "مسكوه", "مسكوها", "مسكوهم");
    /** Goods police and border guards seize, and the units they are weighed in, normalized. */
    private static final Set<String> SEIZED = Set.of("هيروين", "كوكايين", "حشيش", "مخدرات", "مخدره", "حبوب", "اقراص",
            "كبتاجون", "كبتاغون", "ترامادول", "سجاير", "سجاءر", "اسلحه", "ذخيره", "شحنه", "كيلو", "كيلوجرام",
            "كيلوغرام", "طن", "اطنان", "كميه");

    /**
     * A sentence of death is a verdict, not a death ("what's the name of the belgian iraq sentenced to
     * death?": the story tells the sentence, and no one died): read as "sentence".
     */
    private static final Pattern DEATH_PENALTY = Pattern.compile(
            "(?i)\\b(?:(?:sentenced|sentence|sentences|sentencing|condemned|condemns|condemn)\\s+(?:\\w+\\s+)?to\\s+death"
                    + "|death\\s+(?:sentences?|penalty|penalties|row))\\b");

    /**
     * A player quitting a team or the game retires (اعتزال), no resignation: "who's the spain player that
     * quit the national team after iniesta and pique?".
     */
    private static final Pattern QUIT_PLAYING = Pattern.compile(
            "(?i)\\bquit(?:s|ting)?\\s+(?:the\\s+|his\\s+|her\\s+)?(?:national\\s+team|international\\s+(?:football|duty|soccer)"
                    + "|football|soccer|playing|the\\s+game|tennis|cricket)\\b");

    /** Kinds a dialect word may name through its news word ({@link #askedIn}). */
    private static final Set<String> DISASTERS = Set.of("fire", "flood", "earthquake", "explosion", "crash");

    /** What may stand before a word of an event: the article, a preposition with it, or one alone. */
    private static final List<String> ATTACHED = List.of("بال", "لل", "كال", "ال", "ب", "ل");

    /**
     * The kinds {@code asked} names, each as the analyzed terms of its words ({@code terms}: how the
     * question's and the story's words are analyzed) and its words as written. A dialect word names the
     * disaster its news word does ({@link DialectWords}: "القطار اللي ولعت فيه النار" asks of a fire,
     * ولعت being اشتعال); not an act, whose dialect verbs have other senses (اتشال, removed from
     * office, is also a series taken off the air or a cornea taken out).
     */
    static List<Kind> askedIn(String asked, QueryTerms terms) {
        asked = DEATH_PENALTY.matcher(asked).replaceAll("sentence");
        asked = QUIT_PLAYING.matcher(asked).replaceAll("retired");
        String[] ordered = ArabicText.normalize(asked).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        Set<String> words = bare(ordered);
        Set<String> inNewsWords = bare(ArabicText.normalize(DialectWords.toNews(asked)).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        List<Kind> out = new ArrayList<>();
        String joined = String.join(" ", ordered);
        for (Named named : KINDS) {
            Pattern askedAs = ASKED_AS.get(named.name());
            boolean asks = words.stream().anyMatch(w -> names(named.asking(), w))
                    || DISASTERS.contains(named.name()) && inNewsWords.stream().anyMatch(w -> names(named.asking(), w))
                    || askedAs != null && askedAs.matcher(joined).find();
            if (!asks) continue;
            if (named.name().equals("arrest") && seizureAsked(words)) continue;
            // "صدرت مذكرة توقيف بحقه؟" asks of the warrant itself
            out.add(kind(named, terms, DONE_OR_NOT.contains(named.name()) && !asksPending(ordered, named.words())));
        }
        return out;
    }

    /**
     * The kind {@code name} names in {@code event-words.txt}, whether a question asks of it or not: a
     * death, for "how did he die", whose answer must tell one.
     */
    static Kind named(String name, QueryTerms terms) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst()
                .map(k -> kind(k, terms, false))
                .orElseThrow(() -> new IllegalArgumentException("event-words.txt: no kind " + name));
    }

    /** Whether the question writes one of the words that ask of kind {@code name} ("سبب وفاة…": a death). */
    static boolean asks(String name, String asked) {
        String[] ordered = ArabicText.normalize(asked).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        Set<String> words = new HashSet<>(List.of(ordered));
        // as written too: وفاة is no و before فاة
        words.addAll(bare(ordered));
        return KINDS.stream().filter(k -> k.name().equals(name))
                .anyMatch(k -> words.stream().anyMatch(w -> names(k.asking(), w)));
    }

    private static Kind kind(Named named, QueryTerms terms, boolean doneOnly) {
        Set<String> analyzed = new HashSet<>();
        Set<String> written = new HashSet<>();
        for (String k : named.words()) {
            if (!named.asWritten().contains(k)) analyzed.addAll(terms.analyze(k));
            written.add(k);
            if (k.startsWith("ال") && k.length() > 4) written.add(k.substring(2));
        }
        return new Kind(Set.copyOf(analyzed), Set.copyOf(written), !OCCASIONS.contains(named.name()), doneOnly,
                TOLD_AS.getOrDefault(named.name(), List.of()));
    }

    /**
     * A verdict asked as the ruling issued ("وش الحكم اللي صدر عليهم؟"، "صدر حكم بحقه؟"): حكم alone is
     * also the referee, but one issued against someone is a court's.
     */
    private static final Pattern VERDICT_ASKED = Pattern.compile(
            "(?<!\\p{L})(?:ال)?حكم (?:(?:اللي|الي|الذي|اللى) )?(?:صدر|اتصدر|صادر)(?!\\p{L})"
                    + "|(?<!\\p{L})(?:صدر|اتصدر) (?:ال)?حكم(?!\\p{L})"
                    + "|(?<!\\p{L})صدر (?:عليه|عليها|عليهم|بحقه|بحقها|بحقهم|ضده|ضدها|ضدهم)(?!\\p{L})");

    /**
     * Caught (ضبط) before the people caught, up to four words on ("ضبط مليون و800 ألف مخالف"، "تم ضبط 31
     * متسللا"): an arrest, as the Gulf's security news writes it. ضبط alone is no arrest word: police
     * seize a truck or drugs as often ("وضبطت شاحنة التبريد").
     */
    private static final Pattern PEOPLE_CAUGHT = Pattern.compile("(?<!\\p{L})[وف]?(?:تم\\s+)?ضبط(?:ت|وا|هم|ه|ها)?(?!\\p{L})"
            + "(?:\\s+\\S+){0,4}?\\s+(?:ال)?(?:مخالف|مخالفا|مخالفين|مخالفون|شخص|شخصا|اشخاص|متهم|متهما|متهمين|مطلوب|مطلوبا"
            + "|مطلوبين|مشتبه|متسلل|متسللا|متسللين|مهرب|مهربا|مهربين)(?!\\p{L})");

    /**
     * A penalty asked as what it was ("وش العقوبة؟"، "شنو هي العقوبة؟"، "ما عقوبته؟"، "العقوبة كام؟"): the
     * noun elsewhere is the question's context ("في أي سجن بدأ تنفيذ عقوبته؟" asks a prison).
     */
    private static final Pattern PENALTY_ASKED = Pattern.compile(
            "(?<!\\p{L})(?:وش|شو|ما|ماذا|ايه|ايش|اش|شنو|شنوه|شنوا|what) (?:(?:هي|هو|كانت|كان) )?(?:ال)?عقوب(?:ه|ته|تها|تهم|تهما)(?!\\p{L})"
                    + "|(?<!\\p{L})(?:ال)?عقوب(?:ه|ته|تها|تهم|تهما) (?:ايه|ايش|شنو|شنوه|كام|قديش|قداش|شحال)(?!\\p{L})");

    /** A pay asked as how much it is ("كم راتب سواق القطار؟"، "قديش المعاش؟"، "how much is the salary"). */
    private static final Pattern SALARY_ASKED = Pattern.compile(
            "(?<!\\p{L})(?:(?:كم|قديش|قداش|شحال|بكام) |how much (?:is |was |are |were )?(?:the |a |their |his |her )?)"
                    + "(?:ال)?(?:راتب|رواتب|مرتب|مرتبات|اجر|اجور|معاش|salary|salaries|wage|wages|pay)(?!\\p{L})");

    /**
     * Who claimed an attack, asked after "who" or "that" ("مين تبنى التفجير؟"، "ما الجماعة التي تبنت
     * الهجوم؟"، "who claimed the bombing"): تبنى alone is also تبني, builds ("غادي تبني مطار").
     */
    private static final Pattern CLAIM_ASKED = Pattern.compile(
            "(?<!\\p{L})(?:اللي|الي|الذي|التي|لي|مين|من|منو|منهو|شكون|ومين|ومن|ومنو)\\s+(?:تبني|تبنت|تبنوا|تبنو|تبنا)(?!\\p{L})"
                    + "|\\bwho (?:has |had )?claimed\\b|\\bclaim(?:ed|s)? (?:the )?responsibility\\b");

    /**
     * Whether something was found, asked with "whether" ("هل عُثر على بقايا الصاروخ؟"، "وهل تم العثور على
     * الطفل؟"): the news's words for finding describe in a question ("الطاعون الذي تم العثور عليه") but
     * ask after هل.
     */
    private static final Pattern FIND_ASKED = Pattern.compile(
            "(?<!\\p{L})و?هل (?:تم |قد )?(?:عثر|عثرت|عثروا|العثور|انتشال|انتشلت|انتشلوا)(?!\\p{L})");

    /**
     * Kinds a question asks by a phrase beside their words' own asking ({@link #VERDICT_ASKED}, {@link
     * #PENALTY_ASKED}, {@link #SALARY_ASKED}, {@link #CLAIM_ASKED}, {@link #FIND_ASKED}).
     */
    private static final Map<String, Pattern> ASKED_AS = Map.of("verdict", VERDICT_ASKED, "penalty", PENALTY_ASKED,
            "salary", SALARY_ASKED, "claim", CLAIM_ASKED, "find", FIND_ASKED);
    /**
     * A death as obituaries write it: departed "from our world" or "at the age of" ("رحل عن عالمنا
     * المغني رشيد طه… عن 59 عاما"), left life ("فارق الحياة"). رحل alone is also a trip or a departure from office.
     */
    private static final Pattern DEPARTED = Pattern.compile("(?<!\\p{L})[وف]?(?:رحل|رحلت|يرحل|ترحل) عن (?:عالمنا|دنيانا|الحياه|عمر|[0-9])"
            + "|(?<!\\p{L})[وف]?(?:فارق|فارقت|يفارق|تفارق) الحياه(?!\\p{L})");

    /** Kinds a story tells by a phrase too ({@link #PEOPLE_CAUGHT}, {@link #DEPARTED}). */
    private static final Map<String, List<Pattern>> TOLD_AS = Map.of("arrest", List.of(PEOPLE_CAUGHT), "death", List.of(DEPARTED));

    /**
     * One kind told by any of {@code kinds}' words: a reader's choice between two events ("اعتذرت أو
     * دفعت تعويض؟") is answered by a story telling either, not by one telling neither.
     */
    static Kind either(List<Kind> kinds) {
        Set<String> terms = new HashSet<>();
        Set<String> words = new HashSet<>();
        boolean outcome = true;
        boolean doneOnly = false;
        List<Pattern> toldAs = new ArrayList<>();
        for (Kind k : kinds) {
            terms.addAll(k.terms());
            words.addAll(k.words());
            outcome &= k.outcome();
            doneOnly |= k.doneOnly();
            toldAs.addAll(k.toldAs());
        }
        return new Kind(Set.copyOf(terms), Set.copyOf(words), outcome, doneOnly, List.copyOf(toldAs));
    }

    /**
     * For each term of the question that is a word of a kind of event it asks about, the kind's
     * other terms: a story writing سيول covers the question's الفيضانات, one writing مقتل or توفي its
     * مات. A two-letter stem (وفاة and توفي are both فا) counts here, where it only adds to how much of
     * the question a story covers, though it is no proof that a story tells the kind ({@link
     * Kind#toldIn}): in nabaa eval the looks 2–11 gained four » lines ("بجد احمد خالد توفيق مات؟"
     * answered by "وفاة … عن عمر ناهز 55 عاما"; three right), and the fourteenth look answered "واش
     * صح مات رشيد طه؟", refused before; no ranking and no absent topic changed.
     */
    static Map<String, Set<String>> otherWords(String asked, QueryTerms terms) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Kind kind : askedIn(asked, terms)) {
            for (String term : terms.terms()) {
                if (!kind.contains(term)) continue;
                Set<String> others = new HashSet<>(kind.terms());
                others.remove(term);
                if (!others.isEmpty()) out.computeIfAbsent(term, t -> new HashSet<>()).addAll(others);
            }
        }
        return out;
    }

    /** The question writes a pending word just before a word of the kind: it asks of the order or the threat. */
    private static boolean asksPending(String[] asked, Set<String> kindWords) {
        for (int i = 0; i < asked.length; i++) {
            String w = asked[i].length() > 3 && "وفب".indexOf(asked[i].charAt(0)) >= 0 ? asked[i].substring(1) : asked[i];
            if ((names(kindWords, w) || names(kindWords, asked[i])) && pendingBefore(asked, i)) return true;
        }
        return false;
    }

    /** The kind holds the word, with or without the article (الحريق، حريق). */
    private static boolean names(Set<String> kind, String word) {
        return kind.contains(word) || kind.contains("ال" + word) || word.startsWith("ال") && kind.contains(word.substring(2));
    }

    /**
     * A line of {@code event-words.txt}: the kind's name, the words that ask about it and all the
     * words that tell it ({@code words}: those and the ones after a '|', which news writes for the
     * kind but which, in a question, describe rather than ask: "التي تم العثور عليها"); {@code
     * asWritten}: those written in double quotes, whose stem other words share (رحيل a death's
     * departure, رحلة a trip: both رحل), matched only as written.
     */
    private record Named(String name, Set<String> asking, Set<String> words, Set<String> asWritten) {
    }

    private static Set<String> words(String line) {
        Set<String> out = new HashSet<>();
        for (String w : line.strip().split("\\s+")) {
            String bare = w.replace("\"", "");
            if (!bare.isEmpty()) out.add(ArabicText.normalize(bare).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The words of a line written in double quotes: matched as written, never by their analyzed stem. */
    private static Set<String> quoted(String line) {
        Set<String> out = new HashSet<>();
        for (String w : line.strip().split("\\s+")) {
            if (w.length() > 2 && w.startsWith("\"") && w.endsWith("\"")) {
                out.add(ArabicText.normalize(w.substring(1, w.length() - 1)).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> pending() {
        Set<String> out = new HashSet<>();
        for (String line : WordLists.content(EventWords.class, "event-pending-words.txt")) out.addAll(words(line));
        return Set.copyOf(out);
    }

    private static List<Named> load() {
        List<Named> kinds = new ArrayList<>();
        for (String content : WordLists.content(EventWords.class, "event-words.txt")) {
            int colon = content.indexOf(':');
            if (colon < 0) throw new IllegalStateException("event-words.txt: no 'kind:' in " + content);
            String[] parts = content.substring(colon + 1).split("\\|", -1);
            if (parts.length > 2) throw new IllegalStateException("event-words.txt: more than one '|' in " + content);
            Set<String> asking = words(parts[0]);
            Set<String> words = new HashSet<>(asking);
            if (parts.length == 2) words.addAll(words(parts[1]));
            kinds.add(new Named(content.substring(0, colon).strip(), asking, Set.copyOf(words), quoted(content.substring(colon + 1))));
        }
        return List.copyOf(kinds);
    }
}
