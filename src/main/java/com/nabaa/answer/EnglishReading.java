package com.nabaa.answer;

import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.news.Language;
import com.nabaa.question.EnglishGlossary;
import com.nabaa.question.EnglishVocabulary;
import com.nabaa.question.EnglishWords;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import com.nabaa.text.Transliteration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English question read in Arabic news. The sources are Arabic, so the question's content words
 * are searched through their Arabic: the project's glossary ({@link EnglishWords}), else what the
 * indexed news has taught for a name ({@link PassageSearcher#learntArabic}). English words never
 * search Arabic articles themselves: there they are stray Latin fragments ("Standard Oil").
 *
 * <p>The rules:
 * <ol>
 *   <li>English articles that answer, answer, unless the Arabic reading covers the question far
 *       better ({@link #OWN_LANGUAGE_MARGIN}).
 *   <li>A content word with no known Arabic cannot be searched, so no Arabic story is the answer:
 *       the reply says which words have none, and the stories of the words that do are listed as
 *       related headlines, never as the answer.
 *   <li>The reply is in English and says first that the sources are Arabic and what was searched;
 *       the stories' headlines and summaries stay the articles' Arabic. The words a story lacks are
 *       named in the reader's English.
 * </ol>
 */
final class EnglishReading {
    /**
     * The Arabic reading is chosen over English articles that answer only when its best story covers
     * this much more of the question: the reader's own language first.
     */
    static final float OWN_LANGUAGE_MARGIN = 0.2f;

    private final Question arabic;
    private final Translation translation;
    /** The question with its unknown words spelled as the glossary knows them, when that is clear. */
    private final Optional<String> suggestion;
    /** Each Arabic word searched → the English word it stands for. */
    private final Map<String, String> englishOf;

    private EnglishReading(Question arabic, Translation translation, Map<String, String> englishOf,
                           Optional<String> suggestion) {
        this.arabic = arabic;
        this.translation = translation;
        this.englishOf = Map.copyOf(englishOf);
        this.suggestion = suggestion;
    }

    /** The Arabic reading of an English question with content words; empty for any other question. */
    static Optional<EnglishReading> of(Question q, PassageSearcher searcher) {
        return of(q, searcher, Map.of());
    }

    /**
     * The reading with the names heard in the stories its Arabic words found: when every word
     * without Arabic sounds like a word of one of the first {@link #HEARD_IN} stories ({@code
     * found}: each story's headline and text, in rank order), those words are its Arabic.
     * The news writes a name in its own letters, and one of two consonants (Faid: فايد; Haley: هايلي;
     * Aquila: أكويلا) sounds like too many headline words of the whole index to be taken from it
     * ({@link PassageSearcher#soundAlike} asks three); among a few stories that already hold the
     * question's other words, it is the story's own. Empty when nothing is untranslated, or one
     * untranslated word is heard in none of them.
     */
    Optional<EnglishReading> hearingNamesIn(List<String> found, Question q, PassageSearcher searcher) {
        if (translation.complete()) return Optional.empty();
        for (String text : found.subList(0, Math.min(HEARD_IN, found.size()))) {
            Map<String, String> heard = new HashMap<>();
            for (String word : translation.untranslated()) {
                heardIn(word, text).ifPresent(arabic -> heard.put(word, arabic));
            }
            // A common word the glossary lacks ("set" of "set himself on fire") is no name to hear.
            boolean names = translation.untranslated().stream().allMatch(w -> heard.containsKey(w) || EnglishVocabulary.common(w));
            if (!heard.isEmpty() && names) return of(q, searcher, heard);
        }
        return Optional.empty();
    }

    /**
     * A name of this many consonants is heard with one of them written otherwise or not at all: the
     * news spells a long foreign name its own way (Krushelnitsky: كروشيلنيتكي, without the s of -tsky),
     * and among the few stories that hold the question's other words no other word comes that close.
     */
    static final int LONG_NAME_CONSONANTS = 6;

    /** How many of the stories found are listened to for a name ({@link #hearingNamesIn}). */
    static final int HEARD_IN = 3;
    /** A name is heard from this many letters ("Faid"; not "UN", "ice"). */
    static final int HEARD_MIN = 4;
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{InArabic}&&\\p{L}]+");

    /**
     * The word of {@code text} that {@code latin} sounds like: every consonant alike, at least two,
     * and the vowels Arabic writes agreeing as {@link PassageSearcher#soundAlike}
     * asks of a name (half of a, i, o, u and y, a third of all); of several, the one whose vowels
     * agree most (Faid is فايد, not فيديو). A name English writes with a plural's s that Arabic
     * does not say (Bahamas: الباهاما; Maldives: المالديف) is heard without it, when not with it.
     */
    static Optional<String> heardIn(String typed, String text) {
        return heardAs(typed, text).or(() -> typed.length() > HEARD_MIN && typed.endsWith("s")
                ? heardAs(typed.substring(0, typed.length() - 1), text) : Optional.empty());
    }

    private static Optional<String> heardAs(String typed, String text) {
        String latin = spoken(typed);
        if (latin.length() < HEARD_MIN || !latin.chars().allMatch(Character::isLetter)
                || Transliteration.consonants(latin) < 2) {
            return Optional.empty();
        }
        int written = Transliteration.writtenVowels(latin);
        int all = Transliteration.vowels(latin);
        int slips = Transliteration.consonants(latin) >= LONG_NAME_CONSONANTS ? 1 : 0;
        String best = null;
        int bestAgreement = -1;
        Matcher m = ARABIC_WORD.matcher(text);
        while (m.find()) {
            String arabic = m.group();
            if (Transliteration.mismatch(latin, arabic) > slips) continue;
            int agreement = Transliteration.writtenVowelAgreement(latin, arabic);
            if (2 * agreement < written || 3 * Transliteration.vowelAgreement(latin, arabic) < all) continue;
            if (agreement > bestAgreement) {
                best = arabic;
                bestAgreement = agreement;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<EnglishReading> of(Question q, PassageSearcher searcher, Map<String, String> heard) {
        if (q.language() != Language.ENGLISH) return Optional.empty();
        EnglishWords english = EnglishWords.of(q.searchText());
        if (english.words().isEmpty()) return Optional.empty();
        Map<EnglishWords.Word, EnglishWords.Word> learnt = new HashMap<>();
        for (EnglishWords.Word w : english.words()) {
            if (!w.translated()) {
                Optional.ofNullable(heard.get(w.english()))
                        .or(() -> searcher.taughtArabic(w.english()))
                        .or(() -> possessiveName(w.english(), searcher))
                        .or(() -> searcher.soundAlike(spoken(w.english()), notAnotherWord(w.english(), searcher)))
                        .or(() -> lowerCaseName(w, english.words(), searcher))
                        .ifPresent(a -> learnt.put(w, w.withArabic(List.of(a))));
            }
        }
        List<Translation.Word> searched = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<EnglishWords.Word> words = english.words();
        for (int i = 0; i < words.size(); i++) {
            EnglishWords.Word word = learnt.getOrDefault(words.get(i), words.get(i));
            if (word.translated()) searched.add(new Translation.Word(word.english(), word.arabic().get(0)));
            else if (!givenName(words, i, learnt)) untranslated.add(word.english());
        }
        List<Question.Spelling> forms = new ArrayList<>();
        Map<String, String> englishOf = new HashMap<>();
        List<String> search = new ArrayList<>();
        List<String> dictionary = new ArrayList<>();
        // A match's two sides open the Arabic, joined by و as Arabic joins them: "Egypt Uruguay World
        // Cup score" is searched as "مصر و الأوروغواي كأس العالم نتيجة", a result of those two sides.
        List<EnglishWords.Word> sides = english.sides(q.asked())
                .filter(two -> two.stream().allMatch(w -> learnt.getOrDefault(w, w).translated())).orElse(List.of());
        List<EnglishWords.Word> order = new ArrayList<>(sides);
        english.inArabicOrder().stream().filter(w -> !sides.contains(w)).forEach(order::add);
        for (EnglishWords.Word w : order) {
            EnglishWords.Word word = learnt.getOrDefault(w, w);
            if (!word.translated()) continue;
            String first = word.arabic().get(0);
            if (search.size() == 1 && sides.size() == 2) search.add("و");
            search.add(first);
            List<String> others = word.arabic().subList(1, word.arabic().size());
            for (String part : first.split(" ")) {
                englishOf.putIfAbsent(part, word.english());
                if (!learnt.containsKey(w)) dictionary.add(part);
                if (!others.isEmpty()) forms.add(new Question.Spelling(part, others, true));
            }
        }
        String arabicSearch = String.join(" ", search);
        return Optional.of(new EnglishReading(q.inArabic(arabicSearch, forms, dictionary),
                new Translation(searched, untranslated, arabicSearch), englishOf, respelled(q, untranslated)));
    }

    /**
     * The Arabic of a name typed in lower case ("who won eurovision 2018", "djokovic vs nadal"), as
     * readers type on phones: the headline term it sounds like ({@link PassageSearcher#learntArabic}
     * of the capitalized word), kept only when the news writes it beside at least half of the
     * question's other translated words, in one passage each. Lower case, an English word the
     * glossary lacks sounds like a name as readily ("funeral": فنزويلا, "grenade": غراند), and such a
     * name meets nothing else the reader asks about.
     */
    private static Optional<String> lowerCaseName(EnglishWords.Word w, List<EnglishWords.Word> words,
                                                  PassageSearcher searcher) {
        String typed = spoken(w.english());
        if (typed.length() < LOWER_CASE_NAME_MIN || !typed.chars().allMatch(Character::isLowerCase)) return Optional.empty();
        Optional<String> arabic = searcher.learntArabic(Character.toUpperCase(typed.charAt(0)) + typed.substring(1),
                notAnotherWord(typed, searcher));
        if (arabic.isEmpty()) return Optional.empty();
        // Any of a word's forms may be the news's: "singer" is written المغنية of a woman.
        List<List<String>> others = words.stream().filter(o -> o != w && o.translated()).map(EnglishWords.Word::arabic).toList();
        if (others.isEmpty()) return Optional.empty();
        long together = others.stream().filter(o -> o.stream().anyMatch(form -> besideIt(arabic.get(), form, searcher))).count();
        return 2 * together >= others.size() ? arabic : Optional.empty();
    }

    /**
     * The Arabic of a word an Arabic question writes in Latin letters ("warriors ضد كافاليرز"): a
     * name or a brand, as the news spells it in its own letters ({@link PassageSearcher#learntArabic}
     * of the word capitalized, before any glossary sense: the Golden State Warriors are وريورز, not
     * محاربون), kept only when the news writes it beside at least half of the question's Arabic words
     * of {@link #PHRASE_WORD_MIN} letters or more ({@code arabicWords}), in one passage each.
     */
    static Optional<String> latinNameInArabic(String latin, List<String> arabicWords, PassageSearcher searcher) {
        String typed = spoken(latin);
        if (typed.length() < LOWER_CASE_NAME_MIN - 1 || !typed.chars().allMatch(Character::isLetter)) return Optional.empty();
        List<String> others = arabicWords.stream().filter(w -> w.length() >= PHRASE_WORD_MIN).toList();
        if (others.isEmpty()) return Optional.empty();
        String capitalized = Character.toUpperCase(typed.charAt(0)) + typed.substring(1).toLowerCase(Locale.ROOT);
        Optional<String> arabic = searcher.learntArabic(capitalized, notAnotherWord(typed, searcher));
        if (arabic.isEmpty()) return Optional.empty();
        long together = others.stream().filter(o -> besideIt(arabic.get(), o, searcher)).count();
        return 2 * together >= others.size() ? arabic : Optional.empty();
    }

    /**
     * A name as it sounds, without the apostrophe Irish, Italian and French names write (O'Riordan,
     * D'Amato, L'Oréal: أوريردن، لوريال): Arabic writes them as one word.
     */
    static String spoken(String typed) {
        return typed.replace("'", "").replace("\u2019", "");
    }

    /**
     * Whether a passage writes the name beside the translation: beside all of a one-word one, or
     * beside any word of four letters or more of a phrase, which the news words its own way ("blame":
     * تحميل المسؤولية, written "حمّل … المسؤولية"; "drone": طائرة مسيرة, written "طائرات بدون طيار").
     */
    private static boolean besideIt(String name, String translation, PassageSearcher searcher) {
        List<String> words = List.of(translation.strip().split("\\s+"));
        List<String> tried = words.size() == 1 ? List.of(translation)
                : words.stream().filter(t -> t.length() >= PHRASE_WORD_MIN).toList();
        return tried.stream().anyMatch(t -> searcher.queries().allWords(name + " " + t, SearchFilter.NONE)
                .map(q -> searcher.count(q, 1) > 0).orElse(false));
    }

    /** A word of a phrase translation this long stands for it beside a name ({@link #besideIt}). */
    private static final int PHRASE_WORD_MIN = 4;

    /**
     * A name with a possessive typed without its apostrophe, in lower case as on phones ("harry and
     * meghans baby"): the Arabic the news taught for the name without its s (LearntNames: meghan →
     * ميغان), when it taught none for the word as typed; never a sound-alike, which a plural would
     * find as readily.
     */
    private static Optional<String> possessiveName(String typed, PassageSearcher searcher) {
        // Typed in lower case, as apostrophes are dropped on phones: a capitalized Williams or Adams is a surname.
        if (typed.length() < POSSESSIVE_MIN || !typed.endsWith("s") || typed.endsWith("ss")
                || !typed.chars().allMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        return searcher.taughtArabic(typed.substring(0, typed.length() - 1));
    }

    /** A word this long may be a name with a possessive s ("meghans"); "bus" and "gas" are not. */
    static final int POSSESSIVE_MIN = 5;

    /**
     * A headline term that only sounds like the name is not it when the glossary lists it for
     * another English word ("Miller": مليار is "billion"), nor when it is an inflected Arabic word, which
     * analysis reads as another word than its letters ("thunberg": وسنفرج, "and we will release", is
     * indexed as إفراج); a name's analysis only cuts letters (ماكرون: ماكر). What the news taught
     * beside the name (Musk: تسلا, from outlets' URL slugs) is kept.
     */
    private static Predicate<String> notAnotherWord(String name, PassageSearcher searcher) {
        return arabic -> !EnglishGlossary.standard().translatesAnotherWord(arabic, name)
                && searcher.queries().arabicTerms(arabic).stream().allMatch(t -> ArabicText.normalize(arabic).contains(t));
    }

    /** A lower-case word is taken for a name from this many letters ("nadal"; not "hurt"). */
    static final int LOWER_CASE_NAME_MIN = 5;

    /**
     * An unknown capitalized word just before a known one (Isao Takahata, Luigi Ferrante) is a
     * person's given name: the news names people by their family name, so it is neither searched nor
     * held against the stories. An unknown family name after a known given name still is: it is
     * what tells the person apart.
     */
    private static boolean givenName(List<EnglishWords.Word> words, int i,
                                     Map<EnglishWords.Word, EnglishWords.Word> learnt) {
        if (i + 1 >= words.size()) return false;
        EnglishWords.Word next = learnt.getOrDefault(words.get(i + 1), words.get(i + 1));
        // "john mccain" typed in lower case: a word before a name learnt from the news is its given name.
        if (!capitalized(words.get(i).english())) {
            return learnt.containsKey(words.get(i + 1)) && next.translated() && !EnglishWords.namesACompetition(next.english());
        }
        // "Ryder Cup", "Kentucky Derby": a competition's name, not a person's
        return next.translated() && capitalized(next.english()) && !EnglishWords.namesACompetition(next.english());
    }

    private static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The glossary's key written as the reader wrote the word: with a capital when they used one. */
    private static String sameCase(String typed, String key) {
        return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(key.charAt(0)) + key.substring(1) : key;
    }

    /**
     * "Did you mean": the question's words with each unknown one the glossary knows one letter away. Not
     * a common English word: it is what the reader meant ("opener" is no "opened"; a name made of
     * words, "the opener blackfly flying car", is what the glossary lacks).
     */
    private static Optional<String> respelled(Question q, List<String> untranslated) {
        if (untranslated.isEmpty()) return Optional.empty();
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String typed : q.typedWords().split("\\s+")) {
            String bare = typed.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            Optional<String> better = untranslated.contains(bare) && !EnglishVocabulary.common(bare)
                    ? EnglishGlossary.standard().closest(bare).map(k -> sameCase(bare, k)) : Optional.empty();
            out.add(better.orElse(typed));
            changed |= better.isPresent();
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /** Whether any content word has Arabic to search. */
    boolean searchable() {
        return !translation.searched().isEmpty();
    }

    /** The question as searched in Arabic: the words that have Arabic. */
    Question arabic() {
        return arabic;
    }

    Translation translation() {
        return translation;
    }

    /**
     * Whether the reading of English articles ({@code own}) stands: it answers, and the Arabic
     * reading ({@code inArabic}, when there is one) cannot answer or covers the question not much better.
     */
    boolean ownLanguageAnswers(Ranked own, Optional<Ranked> inArabic) {
        // The newest of everything is no English answer when the question's Arabic has words to search.
        if (!own.answers() || own.listsNewest() && searchable()) return false;
        if (inArabic.isEmpty() || !translation.complete() || !inArabic.get().answers()) return true;
        return best(inArabic.get()) < best(own) + OWN_LANGUAGE_MARGIN;
    }

    private static float best(Ranked r) {
        if (r.listsNewest()) return 1f;
        return r.answering().isEmpty() ? 0f : r.answering().get(0).get(0).coverage();
    }

    /**
     * A story covering this share of a translation answers although some of the question's words have
     * no Arabic, when each of them is a common English word ({@link EnglishVocabulary}: racket,
     * incurable, copied) and they are fewer than the words searched.
     */
    static final float UNSEARCHED_COVERAGE = 0.6f;

    /**
     * Whether the Arabic reading answers although some words could not be searched. A word English
     * writes in lower case that the glossary lacks is a gap of the glossary's ("who drew that cartoon
     * of serena williams jumping on her racket": the cartoonist's story is the answer); a name no
     * one taught (Holgerson, Zorfkistan) may be what the news does not hold, and the stories of the
     * other words are then only related.
     */
    private boolean answersUnsearched(Answer a) {
        List<String> unsearched = translation.untranslated();
        return a.kind().answers() && !a.stories().isEmpty()
                && unsearched.size() < translation.searched().size()
                && unsearched.stream().allMatch(EnglishVocabulary::common)
                && !namesTogether(a.question(), unsearched)
                && a.stories().get(0).coverage() >= UNSEARCHED_COVERAGE;
    }

    /**
     * Whether two of the unsearched words stand side by side in the question: common words in a row
     * that the glossary knows nothing of are a name ("the opener blackfly flying car": a company's
     * and its aircraft's), which the stories of the other words do not hold.
     */
    static boolean namesTogether(String question, List<String> unsearched) {
        if (unsearched.size() < 2) return false;
        List<String> words = List.of(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"));
        Set<String> lower = new HashSet<>();
        unsearched.forEach(u -> lower.add(u.toLowerCase(Locale.ROOT)));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (lower.contains(words.get(i)) && lower.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    /**
     * The answer as the English reader gets it: in English, saying how it was read in Arabic; while
     * a content word has no Arabic, the stories found are related headlines, not the answer, unless
     * every such word is a common word and the first story covers the rest ({@link #answersUnsearched}):
     * then without a direct answer, which no sentence can be shown to give.
     */
    Answer localize(Answer a) {
        Optional<Translation> t = Optional.of(translation);
        if (!translation.complete() && !answersUnsearched(a)) {
            List<SourceLink> related = a.kind().answers()
                    ? a.stories().stream().limit(NoAnswer.RELATED).map(EnglishReading::link).toList() : a.related();
            return new Answer(a.question(), a.askedAt(), Language.ENGLISH, a.topicWords(), Answer.Kind.NOTHING_FOUND,
                    List.of(), Optional.empty(), suggestion, a.offset() == 0 ? related : List.of(), a.offset(),
                    false, t, latinOnly(a.missing()));
        }
        List<Story> stories = a.stories().stream().map(this::inEnglish).toList();
        Optional<String> direct = translation.complete() ? a.directAnswer() : Optional.empty();
        return new Answer(a.question(), a.askedAt(), Language.ENGLISH, a.topicWords(), a.kind(), stories,
                direct, Optional.empty(), a.related(), a.offset(), a.more(), t, inEnglish(a.missing()));
    }

    /** The story with the words it lacks named as the reader typed them ("summit", not قمة). */
    private Story inEnglish(Story s) {
        if (s.missing().isEmpty()) return s;
        return new Story(s.articleId(), s.headline(), s.published(), s.source(), s.url(), s.summary(), s.score(),
                s.coverage(), s.breaking(), s.alsoReportedBy(), inEnglish(s.missing()));
    }

    /** Arabic words searched for the question, named as the reader typed them, in the question's order, each once. */
    private List<String> inEnglish(List<String> arabic) {
        if (arabic.isEmpty()) return arabic;
        Set<String> lacking = new LinkedHashSet<>();
        for (String word : arabic) lacking.add(englishOf.getOrDefault(word, word));
        // In the question's order, each once ("world cup" for كأس and العالم).
        List<String> missing = new ArrayList<>();
        for (Translation.Word w : translation.searched()) {
            if (lacking.remove(w.english())) missing.add(w.english());
        }
        missing.addAll(lacking);
        return missing;
    }

    private static SourceLink link(Story s) {
        return new SourceLink(s.articleId(), s.headline(), s.source(), s.url(), s.published(), s.breaking(),
                Optional.empty());
    }

    /** The words an English reader can read of those the Arabic news lacked (a year, a Latin name). */
    private static List<String> latinOnly(List<String> words) {
        return words.stream().filter(w -> !ArabicText.hasArabic(w)).toList();
    }
}
