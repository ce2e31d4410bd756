package com.nabaa.index;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.text.ArabicText;
import com.nabaa.text.Transliteration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The headline term that sounds like a Latin name neither the glossary nor the news has taught
 * ({@link LearntNames}): "Hawking" → هوكينغ, "Kavanaugh" → كافانو. Of the Arabic headline terms
 * found in at least {@link #MIN_HEADLINE_PASSAGES} passages, the one whose consonants agree with the
 * name's ({@link Transliteration}): every one for a name of three consonants, all but one for a
 * longer name; fewest differences first, then the most vowels agreeing that Arabic writes in a
 * name as a rule, a, i, o and u (Markle is ماركل, not ميركل; at least half of these must agree,
 * and a third of all: Redoine is رضوان, which leaves out its e), then the fewest vowels the name
 * lacks, then the most frequent (Federer is فيدرر, which leaves out an e, before the rarer
 * فيديرير). Only a word typed
 * capitalized is taken for a name ("funeral" and "stuck" are words), and only one of at least three
 * consonants: shorter ones sound like too many words.
 *
 * <p>The headline terms are read from the index once and kept, grouped by their first consonant's
 * sounds, for {@link #REUSE_NANOS}, with the names looked up in them: a name is looked up in a few
 * milliseconds the first time and at once after, and a new commit's headlines join at the next
 * reading. One per index; thread-safe.
 */
final class HeadlineSounds {
    /**
     * A headline term sounding like a name must be in at least this many passages' headlines, in an
     * index written before headlines' words were kept as written ({@link Fields#HEADLINE_WORDS}).
     */
    static final int MIN_HEADLINE_PASSAGES = 3;
    /** A headline word as written sounding like a name must be in at least this many articles' headlines. */
    static final int MIN_HEADLINE_ARTICLES = 1;
    /** Letters of the Arabic block: its question mark, comma and digits are no part of a word (يراقبك؟). */
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{InArabic}&&\\p{L}]+");
    /** How long the headline terms read are used before they are read again. */
    static final long REUSE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-z]{3,}");
    /** A (lower-cased) name whose first sound Arabic may write as ال: Elizabeth, Ellison (an Al- name is read without it). */
    private static final Pattern OPENS_WITH_AL = Pattern.compile("^[ei]l");
    /** A term this long loses a leading ب or ل to analysis (the preposition filter's shortest). */
    private static final int STRIPPED_LENGTH = 5;

    private final AtomicReference<Vocabulary> latest = new AtomicReference<>();

    /** The Arabic headline term {@code typed} sounds like, if it is a name and one does. */
    Optional<String> soundsLike(IndexReader reader, String typed) throws IOException {
        if (!LATIN_NAME.matcher(typed).matches()) return Optional.empty();
        Vocabulary v = latest.get();
        if (v == null || System.nanoTime() - v.readAt() > REUSE_NANOS) {
            v = Vocabulary.of(reader);
            latest.set(v);
        }
        return v.lookUp(typed.toLowerCase(Locale.ROOT).replace("x", "ks")); // Galaxy: جالاكسي
    }

    /**
     * An Arabic article's headline words as written, for {@link Fields#HEADLINE_WORDS}: each
     * normalized; none for other articles.
     */
    static Set<String> words(Article a) {
        if (a.language() != Language.ARABIC) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ARABIC_WORD.matcher(ArabicText.normalize(a.title()));
        while (m.find()) {
            if (m.group().length() >= 2) out.add(m.group());
        }
        return out;
    }

    private record Entry(String term, int passages, Transliteration.Sounds sounds) {
    }

    /**
     * Headline terms by each sound their first consonant may stand for, and the names already
     * looked up in them (a name asked once is asked again: at most {@link #REMEMBERED} are kept).
     */
    private record Vocabulary(Map<String, List<Entry>> byFirstSound, List<Entry> openingWithAl, long readAt,
                              Map<String, Optional<String>> looked) {
        static final int REMEMBERED = 10_000;

        Optional<String> lookUp(String word) {
            Optional<String> known = looked.get(word);
            if (known != null) return known;
            Optional<String> found = soundsLike(word);
            if (looked.size() < REMEMBERED) looked.put(word, found);
            return found;
        }

        /**
         * The headlines' words as written, or, in an index written before they were kept, their
         * analyzed terms; each with how many articles' (passages') headlines hold it.
         */
        static Vocabulary of(IndexReader reader) throws IOException {
            Map<String, List<Entry>> out = new HashMap<>();
            List<Entry> openingWithAl = new ArrayList<>();
            Terms written = MultiTerms.getTerms(reader, Fields.HEADLINE_WORDS);
            Terms terms = written != null ? written : MultiTerms.getTerms(reader, Fields.TITLE_AR);
            int min = written != null ? MIN_HEADLINE_ARTICLES : MIN_HEADLINE_PASSAGES;
            Set<String> all = new HashSet<>();
            if (written != null) {
                TermsEnum e = written.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) all.add(t.utf8ToString());
            }
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    int passages = e.docFreq();
                    if (passages < min) continue;
                    String term = t.utf8ToString();
                    // An index written before the words were cut at Arabic punctuation holds them with it.
                    if (!ARABIC_WORD.matcher(term).matches()) continue;
                    // A word with و before it is the word's (وميغان is ميغان), kept whole only when alone (واشنطن).
                    if (term.startsWith("و") && all.contains(term.substring(1))) continue;
                    Transliteration.Sounds sounds = Transliteration.arabic(term);
                    if (sounds.consonants().size() < 2) continue;
                    Entry entry = new Entry(term, passages, sounds);
                    for (String sound : sounds.first()) out.computeIfAbsent(sound, k -> new ArrayList<>()).add(entry);
                    if (written != null && term.startsWith("ال") && !term.startsWith("الل")) {
                        openingWithAl.add(new Entry(term, passages, Transliteration.arabicWhole(term)));
                    }
                }
            }
            return new Vocabulary(out, openingWithAl, System.nanoTime(), new ConcurrentHashMap<>());
        }

        /**
         * The headline term {@code word} sounds like, as the news spells it. A name opening with B,
         * P or L is also compared without that letter: analysis strips ب and ل from a long term's
         * start as prepositions, so بولسونارو is indexed as ولسونارو and لافروف as افروف; the
         * letter is given back, for the name to be analyzed as the news's was. Without the letter, the
         * name's every consonant must agree, and it wins over a whole name that does not (Barzani is
         * بارزاني, not بريطانيا).
         */
        Optional<String> soundsLike(String word) {
            Optional<Match> whole = sounding(word);
            char first = word.charAt(0);
            String preposition = first == 'b' || first == 'p' ? "ب" : first == 'l' ? "ل" : "";
            if (preposition.isEmpty() || whole.filter(m -> m.mismatch() == 0).isPresent()) return whole.map(Match::term);
            Optional<Match> stripped = sounding(word.substring(1))
                    .filter(m -> m.mismatch() == 0 && preposition.length() + m.term().length() >= STRIPPED_LENGTH);
            if (stripped.isPresent() && (whole.isEmpty() || stripped.get().mismatch() < whole.get().mismatch())) {
                return Optional.of(preposition + stripped.get().term());
            }
            return whole.map(Match::term);
        }

        private record Match(String term, int mismatch) {
        }

        private static final String ALIFS = "اأإآ";

        private Optional<Match> sounding(String word) {
            Transliteration.Sounds latin = Transliteration.latin(word);
            int consonants = latin.consonants().size();
            if (consonants < 3) return Optional.empty();
            int allowed = consonants >= 4 ? 1 : 0;
            int latinVowels = Transliteration.writtenVowels(word);
            int allLatinVowels = Transliteration.vowels(word);
            Entry best = null;
            int bestMismatch = Integer.MAX_VALUE;
            int bestVowels = -1;
            int bestExtra = Integer.MAX_VALUE;
            // A name opening with a consonant and a vowel (Martin) is written without an alif before it
            // (not امراتين): Arabic adds one only before two consonants (Scotland: اسكتلندا).
            boolean opensWithSyllable = word.length() > 1 && !Transliteration.isVowel(word.charAt(0))
                    && Transliteration.isVowel(word.charAt(1));
            Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<List<Entry>> lists = new ArrayList<>();
            for (String sound : latin.first()) lists.add(byFirstSound.getOrDefault(sound, List.of()));
            // A name opening with a vowel and l may be written with its ال (Elizabeth: إليزابيث).
            if (OPENS_WITH_AL.matcher(word).find()) lists.add(openingWithAl);
            for (List<Entry> list : lists) {
                for (Entry entry : list) {
                    // Edits are at least the difference in length: most terms need no comparing.
                    if (Math.abs(entry.sounds().consonants().size() - consonants) > allowed || !seen.add(entry)) continue;
                    if (opensWithSyllable && ALIFS.indexOf(entry.term().charAt(0)) >= 0) continue;
                    int mismatch = Transliteration.mismatch(latin, entry.sounds());
                    if (mismatch > allowed || mismatch > bestMismatch) continue;
                    int vowels = Transliteration.writtenVowelAgreement(word, entry.term());
                    int all = Transliteration.vowelAgreement(word, entry.term());
                    // Elizabeth is neither لسبت nor لاثبات: a third of all its vowels must agree too.
                    if (2 * vowels < latinVowels || 3 * all < allLatinVowels) continue;
                    // Vowels the name lacks tell a longer word (Bolton is بولتون, not لأولويتنا).
                    int extra = Transliteration.arabicVowels(entry.term()) - all;
                    boolean better = mismatch < bestMismatch || vowels > bestVowels
                            || vowels == bestVowels && (extra < bestExtra
                                || extra == bestExtra && entry.passages() > best.passages());
                    if (better) {
                        best = entry;
                        bestMismatch = mismatch;
                        bestVowels = vowels;
                        bestExtra = extra;
                    }
                }
            }
            int mismatch = bestMismatch;
            return Optional.ofNullable(best).map(e -> new Match(e.term(), mismatch));
        }
    }
}
