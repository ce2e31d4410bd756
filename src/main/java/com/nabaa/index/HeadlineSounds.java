package com.nabaa.index;

import com.nabaa.text.Transliteration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * longer name; fewest differences first, then the most vowels agreeing (Markle is ماركل, not
 * ميركل; at least half the name's must agree), then the most frequent. Only a word typed
 * capitalized is taken for a name ("funeral" and "stuck" are words), and only one of at least three
 * consonants: shorter ones sound like too many words.
 *
 * <p>The headline terms are read from the index once and kept, grouped by their first consonant's
 * sounds, for {@link #REUSE_NANOS}, with the names looked up in them: a name is looked up in a few
 * milliseconds the first time and at once after, and a new commit's headlines join at the next
 * reading. One per index; thread-safe.
 */
final class HeadlineSounds {
    /** A headline term sounding like a name must be in at least this many passages' headlines. */
    static final int MIN_HEADLINE_PASSAGES = 3;
    /** How long the headline terms read are used before they are read again. */
    static final long REUSE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-z]{3,}");

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

    private record Entry(String term, int passages, Transliteration.Sounds sounds) {
    }

    /**
     * Headline terms by each sound their first consonant may stand for, and the names already
     * looked up in them (a name asked once is asked again: at most {@link #REMEMBERED} are kept).
     */
    private record Vocabulary(Map<String, List<Entry>> byFirstSound, long readAt,
                              Map<String, Optional<String>> looked) {
        static final int REMEMBERED = 10_000;

        Optional<String> lookUp(String word) {
            Optional<String> known = looked.get(word);
            if (known != null) return known;
            Optional<String> found = soundsLike(word);
            if (looked.size() < REMEMBERED) looked.put(word, found);
            return found;
        }

        static Vocabulary of(IndexReader reader) throws IOException {
            Map<String, List<Entry>> out = new HashMap<>();
            Terms terms = MultiTerms.getTerms(reader, Fields.TITLE_AR);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    int passages = e.docFreq();
                    if (passages < MIN_HEADLINE_PASSAGES) continue;
                    String term = t.utf8ToString();
                    Transliteration.Sounds sounds = Transliteration.arabic(term);
                    if (sounds.consonants().size() < 2) continue;
                    Entry entry = new Entry(term, passages, sounds);
                    for (String sound : sounds.first()) out.computeIfAbsent(sound, k -> new ArrayList<>()).add(entry);
                }
            }
            return new Vocabulary(out, System.nanoTime(), new ConcurrentHashMap<>());
        }

        Optional<String> soundsLike(String word) {
            Transliteration.Sounds latin = Transliteration.latin(word);
            int consonants = latin.consonants().size();
            if (consonants < 3) return Optional.empty();
            int allowed = consonants >= 4 ? 1 : 0;
            int latinVowels = Transliteration.vowels(word);
            Entry best = null;
            int bestMismatch = Integer.MAX_VALUE;
            int bestVowels = -1;
            Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String sound : latin.first()) {
                for (Entry entry : byFirstSound.getOrDefault(sound, List.of())) {
                    // Edits are at least the difference in length: most terms need no comparing.
                    if (Math.abs(entry.sounds().consonants().size() - consonants) > allowed || !seen.add(entry)) continue;
                    int mismatch = Transliteration.mismatch(latin, entry.sounds());
                    if (mismatch > allowed || mismatch > bestMismatch) continue;
                    int vowels = Transliteration.vowelAgreement(word, entry.term());
                    if (2 * vowels < latinVowels) continue; // Elizabeth is not لسبت
                    boolean better = mismatch < bestMismatch || vowels > bestVowels
                            || vowels == bestVowels && entry.passages() > best.passages();
                    if (better) {
                        best = entry;
                        bestMismatch = mismatch;
                        bestVowels = vowels;
                    }
                }
            }
            return Optional.ofNullable(best).map(Entry::term);
        }
    }
}
