package com.nabaa.question;

import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of an English question's search text, each with its Arabic news words from the
 * {@link EnglishGlossary}: what an English reader's question is searched for in Arabic news.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Words are split on white space; edge punctuation and a possessive ('s, ’s) go.
 *   <li>From each word on, the longest run of up to four words that the glossary knows is one word
 *       of the question ("world cup", "prime minister", "theresa may").
 *   <li>Other English function words (the, did, about, news…) are dropped; one typed in capitals is
 *       a name ("US").
 *   <li>A number (2018, 5.2) is searched as typed: digits are the same in Arabic news. So is a
 *       product name or code that Arabic news writes in Latin letters too (XS, IGTV, S-400, iPhone),
 *       with a capitalized word right after it ("XS Max"): there it is the name itself, not a stray
 *       fragment.
 *   <li>A hyphenated word the glossary does not know is read as its parts (al-sisi → sisi).
 *   <li>Any other word has no Arabic here: {@link Word#arabic()} is empty (a name the index may
 *       have learnt, or a word nobody can search Arabic news for).
 * </ol>
 *
 * @param words         the content words in the question's order
 * @param inArabicOrder the same words in the order an Arabic phrase puts them ({@link Phrases}):
 *                      "oil price" → price oil (سعر النفط)
 */
public record EnglishWords(List<Word> words, List<Word> inArabicOrder) {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*%?");
    /**
     * A product name or code that Arabic news writes in Latin letters too: an acronym (IGTV, XS), a
     * word with digits (S-400, G20) or with a capital inside (iPhone, eBay).
     */
    private static final Pattern CODE = Pattern.compile("\\p{Lu}{2,}s?|(?=.*\\d)(?=.*\\p{L})[\\p{L}\\d-]+|\\p{Ll}+\\p{Lu}[\\p{L}]*");
    /** Punctuation at a word's edges: ASCII's, quotes, and any dash (—, –) or other Unicode punctuation. */
    private static final String EDGE = "[\\p{Punct}\\p{IsPunctuation}«»“”‘’…]+";
    /** The longer list of words that name no topic ({@code english-function-words.txt}). */
    private static final List<String> EXTRA_FUNCTION = WordLists.content(EnglishWords.class, "english-function-words.txt");

    /**
     * Words of English questions that name no topic. The question parser has dropped the question
     * words and fillers before (who, what, latest…); these are what it leaves.
     */
    private static final Set<String> FUNCTION = union(("a an and are as at be been being but by can could did do"
            + " does doing done for from had has have having he her here hers him his how i if in into is it its"
            + " just me more most much my no nor not now of off on once only or other our ours out over own s same"
            + " she should so some such than that the their theirs them then there these they this those through"
            + " to too under until up very was we were what when where which while who whom whose why will with"
            + " would you your yours us any all also about after against before between during since still yet ever"
            + " again there's here's many may might must shall let lets tell say says said know knows please show"
            + " give find look see want wants need needs like going get got happen happens happened happening"
            + " news story stories article articles update updates info information anything something thing things"
            + " latest recent recently current currently today tonight yesterday vs v versus"
            + " himself herself itself themselves myself yourself"
            // how a thing is asked, not what: "how badly hurt", "what exactly happened"
            + " badly seriously severely exactly really actually").split(" "), EXTRA_FUNCTION);

    /**
     * The two sides of a match an English question asks the score or result of ("Egypt Uruguay World
     * Cup score", "Real Madrid vs Liverpool result", "did Egypt beat Russia"): the first two
     * names (typed with a capital) that stand next to each other in {@code asked}, or
     * with only vs, v, versus, and, against, beat, "-" or "&amp;" between them. Empty when the question
     * asks no score or result, or names no two such sides.
     */
    public Optional<List<Word>> sides(String asked) {
        if (!SIDES_ASKED.matcher(asked.toLowerCase(Locale.ROOT)).find()) return Optional.empty();
        // The next word, or the one after a verb of winning between them ("Egypt beat Russia").
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
                Word a = words.get(i);
                Word b = words.get(j);
                if (capitalized(a) && capitalized(b) && facing(a, b).matcher(asked).find()) return Optional.of(List.of(a, b));
            }
        }
        return Optional.empty();
    }

    /** {@code a} then {@code b}, next to each other or with only a word that sets them against each other between. */
    private static Pattern facing(Word a, Word b) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(a.english()) + "\\s*(?:(?:vs\\.?|v\\.?|versus|and|against"
                + "|beat|beats|-|&)\\s*)?" + Pattern.quote(b.english()) + "(?![\\p{L}])");
    }

    private static boolean capitalized(Word w) {
        return Character.isUpperCase(w.english().charAt(0)) && !namesACompetition(w.english());
    }

    /** A word of a competition's name (Cup, League, Bowl, Derby): the capitalized word before it is no person's. */
    public static boolean namesACompetition(String english) {
        return COMPETITION.contains(english.toLowerCase(Locale.ROOT));
    }

    /** The words of a competition's name: "Stanley Cup", "Champions League", "Super Bowl" name no side. */
    private static final Set<String> COMPETITION = Set.of("cup", "league", "bowl", "open", "final", "finals",
            "championship", "championships", "series", "trophy", "prize", "award", "awards", "games", "tournament",
            "world cup", "grand prix", "masters", "derby");

    /** Words asking a match's score or result. */
    private static final Pattern SIDES_ASKED = Pattern.compile("\\b(?:scores?|results?|won|win|wins|beat|beats|defeated)\\b");

    /** Marks a pause typed between words ("Egypt, Sudan"): a break between noun phrases. */
    private static final String PAUSE = ",";

    public EnglishWords {
        words = List.copyOf(words);
        inArabicOrder = List.copyOf(inArabicOrder);
    }

    /** The content words of {@code searchText} (an English question's search text) with their Arabic. */
    public static EnglishWords of(String searchText) {
        return of(searchText, EnglishGlossary.standard());
    }

    static EnglishWords of(String searchText, EnglishGlossary glossary) {
        Objects.requireNonNull(searchText, "searchText");
        // A question typed all in capitals has no capitals of its own: "OIL PRICE" is "oil price",
        // but "US SANCTIONS" still names the US.
        boolean shouting = searchText.equals(searchText.toUpperCase(Locale.ROOT));
        List<String> tokens = tokens(searchText).stream()
                .map(t -> shouting && !glossary.inCapitals(t) ? t.toLowerCase(Locale.ROOT) : t).toList();
        Phrases phrases = new Phrases(!shouting);
        int i = 0;
        while (i < tokens.size()) {
            // "how long will the eclipse last tonight?": the verb, not the adjective (الأخيرة)
            if (lastAsVerb(tokens, i) || calledAsName(tokens, i) || nameAsked(tokens, i)) {
                phrases.end();
                i++;
                continue;
            }
            int taken = 0;
            for (int n = Math.min(EnglishGlossary.LONGEST_KEY, tokens.size() - i); n >= 1 && taken == 0; n--) {
                List<String> run = tokens.subList(i, i + n);
                if (n == 1 && function(run.get(0))) break;
                Optional<List<String>> arabic = glossary.arabic(run);
                if (arabic.isPresent()) {
                    phrases.add(new Word(String.join(" ", run), arabic.get()));
                    taken = n;
                }
            }
            if (taken == 0) {
                unlisted(tokens.get(i), glossary, phrases);
                taken = 1;
            }
            i += taken;
        }
        phrases.end();
        return new EnglishWords(phrases.words, phrases.arabicOrder);
    }

    private static void unlisted(String token, EnglishGlossary glossary, Phrases phrases) {
        if (function(token)) {
            phrases.end();
        } else if (NUMBER.matcher(token).matches()) {
            phrases.end();
            phrases.add(new Word(token, List.of(token)));
            phrases.end();
        } else if (CODE.matcher(token).matches() || phrases.afterCode() && Character.isUpperCase(token.charAt(0))) {
            // A capitalized word right after a code belongs to the product's name: "XS Max".
            phrases.add(new Word(token, List.of(token)));
        } else if (token.contains("-")) {
            for (String part : token.split("-")) {
                if (part.isEmpty() || function(part)) continue;
                phrases.add(new Word(part, glossary.arabic(List.of(part)).orElse(List.of())));
            }
        } else {
            phrases.add(new Word(token, List.of()));
        }
    }

    /**
     * The words in the question's order, and in the order an Arabic phrase puts them. An English
     * noun phrase puts its head last ("Egypt election results"), an Arabic one first ("نتائج
     * انتخابات مصر"), and the search rewards the question's words found in its order: each run of
     * content words between function words, pauses and numbers is reversed, names typed with a
     * capital next to each other staying together in their order ("Trump Putin summit" → قمة ترامب
     * بوتين).
     */
    private static final class Phrases {
        final List<Word> words = new ArrayList<>();
        final List<Word> arabicOrder = new ArrayList<>();
        private final boolean capitalsMeanNames;
        private final List<List<Word>> blocks = new ArrayList<>();

        Phrases(boolean capitalsMeanNames) {
            this.capitalsMeanNames = capitalsMeanNames;
        }

        void add(Word w) {
            words.add(w);
            boolean name = capitalsMeanNames && Character.isUpperCase(w.english().charAt(0));
            List<Word> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            boolean lastIsName = last != null && capitalsMeanNames && Character.isUpperCase(last.get(0).english().charAt(0));
            if (name && lastIsName) {
                last.add(w);
            } else {
                blocks.add(new ArrayList<>(List.of(w)));
            }
        }

        /** Whether the last word of the phrase so far is a product name or code, searched as typed. */
        boolean afterCode() {
            if (blocks.isEmpty()) return false;
            List<Word> last = blocks.get(blocks.size() - 1);
            String word = last.get(last.size() - 1).english();
            return CODE.matcher(word).matches();
        }

        /** The phrase ends here: its blocks go to the Arabic order, last first. */
        void end() {
            for (int b = blocks.size() - 1; b >= 0; b--) arabicOrder.addAll(blocks.get(b));
            blocks.clear();
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String t = raw.replaceAll("^" + EDGE, "").replaceAll("(?:['’]s)?" + EDGE + "$", "")
                    .replaceAll("['’]s$", "");
            if (!t.isEmpty()) out.add(t);
            // a dash standing alone ("the Monaco job — how long") is a pause, as a comma is
            if (raw.matches(".*[,;:،؛]$") || t.isEmpty() && raw.matches("[\\p{IsPunctuation}]+")) out.add(PAUSE);
        }
        return out;
    }

    /**
     * "last" as a verb: the question's last word, or before a time or a duration ("last tonight",
     * "last for", "last until"), never before a noun ("last night", "last match").
     */
    private static boolean lastAsVerb(List<String> tokens, int i) {
        if (!tokens.get(i).equalsIgnoreCase("last")) return false;
        return i + 1 == tokens.size() || LAST_VERB_NEXT.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "whats the book called", "what was the film called?": called at the end of a question that
     * opens with what asks the name, as "what is its name" does; it is no call (دعوة) to search. So
     * does calling before its, his, her or their ("what is airbus calling its new plane").
     */
    private static boolean calledAsName(List<String> tokens, int i) {
        String t = tokens.get(i).toLowerCase(Locale.ROOT);
        // "whats airbus calling its new … cargo plane": calling before its, his, her or their asks a
        // name (the search text has lost its "what")
        if (!t.equals("called") && CALLING.contains(t)) {
            return i + 1 < tokens.size() && OWN_NAMES.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT));
        }
        if (!t.equals("called") || tokens.stream().limit(i).noneMatch(EnglishWords::asksWhat)) return false;
        return i + 1 == tokens.size() || tokens.get(i + 1).equals(PAUSE);
    }

    private static final Set<String> CALLING = Set.of("calling", "call", "calls");
    private static final Set<String> OWN_NAMES = Set.of("its", "his", "her", "their");

    /**
     * "whats his name", "what was the name of the tanker", "what's her real name": name after his, her,
     * its, their, the (or full, real, first) in a question that asks what, or ending the question or a
     * clause, or before "of" (the search text has lost its "what": "…, his name"), is the answer asked,
     * no naming (تعيين، تسمية) to search. Not "who was named captain", "Ethiopia names a new prime minister".
     */
    private static boolean nameAsked(List<String> tokens, int i) {
        String t = tokens.get(i).toLowerCase(Locale.ROOT);
        if (!t.equals("name") && !t.equals("names")) return false;
        // "whats the name of that app…" is searched from "name of that app": its asking is gone
        if (i == 0) return true;
        if (!NAME_OWNERS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))) return false;
        // The search text has lost its "what": a name ending the question or a clause, or "the name of", is asked too.
        boolean ends = i + 1 == tokens.size() || tokens.get(i + 1).equals(PAUSE) || tokens.get(i + 1).equalsIgnoreCase("of");
        return ends || tokens.stream().limit(i).anyMatch(EnglishWords::asksWhat);
    }

    private static final Set<String> NAME_OWNERS = Set.of("his", "her", "its", "their", "the", "full", "real", "first");

    private static boolean asksWhat(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        return t.equals("what") || t.equals("whats");
    }

    private static final Set<String> LAST_VERB_NEXT = Set.of("tonight", "today", "for", "until", "till", "long", "about",
            "around", "more", PAUSE);

    /** A function word, unless typed in capitals: "US" is a country, "us" a pronoun. */
    private static boolean function(String token) {
        boolean capitals = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
        return token.equals(PAUSE) || !capitals && FUNCTION.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The words with an Arabic rendering, in order. */
    public List<Word> translated() {
        return words.stream().filter(Word::translated).toList();
    }

    /** The words without one, as typed. */
    public List<String> untranslated() {
        return words.stream().filter(w -> !w.translated()).map(Word::english).toList();
    }

    /**
     * One content word of the question (or a glossary phrase: "world cup").
     *
     * @param english the word as typed
     * @param arabic  its Arabic news words, the one to search first; empty when none is known
     */
    public record Word(String english, List<String> arabic) {
        public Word {
            Objects.requireNonNull(english, "english");
            arabic = List.copyOf(arabic);
        }

        public boolean translated() {
            return !arabic.isEmpty();
        }

        /** The same word with the Arabic learnt elsewhere (a name from the news). */
        public Word withArabic(List<String> learnt) {
            return new Word(english, learnt);
        }
    }

    private static Set<String> union(String[] own, List<String> more) {
        Set<String> all = new HashSet<>(List.of(own));
        more.forEach(w -> all.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }
}
