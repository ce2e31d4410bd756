package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.text.ArabicText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses 1–3 sentences of an article's running text ({@link RunningText}: no link lists, captions
 * or headings) for a question: sentences are scored by the weighted share of
 * the question they cover (a small bonus for the passage that matched best, and for the lead; the
 * sentences right after and before the best one count as its context), the best few within a length
 * budget are kept, and they are shown in article order.
 */
final class Summarizer {
    static final int MAX_SENTENCES = 3;
    static final int MAX_CHARS = 600;
    /** A sentence below this share of the best sentence's score adds nothing to the summary. */
    static final float KEEP_RATIO = 0.25f;
    /** The sentence right after the best one ranks as if it scored this share of the best. */
    static final float CONTINUATION = 0.75f;
    /** The sentence right before the best one ranks as if it scored this share of the best. */
    static final float PRECEDING = 0.7f;
    /**
     * A sentence that is itself a question ("من هو جمال خاشقجي الذي اختفى في تركيا؟", most often the
     * headline of a linked story) repeats the reader's words without answering them: it scores this
     * share of its coverage.
     */
    static final float QUESTION_SENTENCE = 0.5f;
    /**
     * A sentence scoring at least this share of the best one's may be the direct answer in its stead
     * ({@link Summary#runnersUp}), when the best does not tell the death or the resignation asked
     * of ({@link StoryPage}). Letting a contender stand in for any best sentence that holds no answer
     * of the kind asked (a name, a figure) added 10 » lines to the looks 2–11 and only 3 right ones.
     * 0.6 and 0.8 gave the same » lines on every set.
     */
    static final float CONTENDER = 0.8f;
    /** How many sentences may contend for the direct answer. */
    static final int CONTENDERS = 4;
    /** What may follow a question mark at the end of a sentence: closing quotes, brackets, "!". */
    private static final String CLOSING = "»\"”’')]!";

    private Summarizer() {
    }

    static Summary summarize(List<PassageHit> passages, int bestPassage, QueryTerms terms) {
        List<Scored> sentences = new ArrayList<>();
        int position = 0;
        for (PassageHit p : passages) {
            for (String s : RunningText.sentences(p.passage())) {
                float score = terms.coverageOf(s) * (isQuestion(s) ? QUESTION_SENTENCE : 1f);
                if (p.passageNo() == bestPassage) score += 0.05f;
                if (position == 0) score += 0.02f;
                sentences.add(new Scored(s, position++, score));
            }
        }
        if (sentences.isEmpty()) return new Summary(List.of(), 0);
        Scored best = sentences.stream().max(Comparator.comparingDouble(Scored::score)).orElseThrow();
        // The sentences around the best one carry its thought on ("تم إعادة تأسيسها في 1991") or set
        // it up, and often hold the answer without repeating the question's words: they rank as if
        // they covered a share of what the best sentence covers.
        List<Scored> ranked = sentences.stream()
                .map(x -> x.position() == best.position() + 1 ? context(x, best, CONTINUATION)
                        : x.position() == best.position() - 1 ? context(x, best, PRECEDING) : x)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
        List<Scored> chosen = new ArrayList<>();
        int chars = 0;
        for (Scored s : ranked) {
            if (chosen.size() >= MAX_SENTENCES) break;
            if (!chosen.isEmpty() && (s.score() < best.score() * KEEP_RATIO || s.score() <= 0.07f)) break;
            if (!chosen.isEmpty() && chars + s.text().length() > MAX_CHARS) continue;
            if (repeats(s, chosen)) continue;
            chosen.add(s);
            chars += s.text().length();
        }
        chosen.sort(Comparator.comparingInt(Scored::position));
        float bestCoverage = isQuestion(best.text()) ? 0 : terms.coverageOf(best.text()); // never the direct answer
        // Only ranked here: their coverage is measured when a direct answer is looked for, for one story.
        List<String> runnersUp = sentences.stream()
                .filter(x -> x.position() != best.position() && !isQuestion(x.text()) && x.score() >= best.score() * CONTENDER)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(CONTENDERS - 1)
                .map(Scored::text).toList();
        return new Summary(chosen.stream().map(Scored::text).toList(), bestCoverage, best.text(), runnersUp);
    }

    /**
     * Whether the sentence says what a chosen one already says: nearly all the words of the shorter
     * ({@link #REPEATED_SHARE}) are the longer one's, as when an article's abstract repeats its lead
     * paragraph with a few words changed ("أصدرت محكمة جنايات القاهرة … حكما" and "أكد محاميان أن محكمة
     * جنايات القاهرة أصدرت … حكما"), and every figure of the shorter is the longer's.
     */
    private static boolean repeats(Scored sentence, List<Scored> chosen) {
        Set<String> words = words(sentence.text());
        for (Scored c : chosen) {
            Set<String> other = words(c.text());
            Set<String> shorter = words.size() <= other.size() ? words : other;
            Set<String> longer = shorter == words ? other : words;
            if (shorter.size() < REPEATED_MIN_WORDS) continue;
            long shared = shorter.stream().filter(longer::contains).count();
            // "رقم 1" and "رقم 2": another figure is another fact
            boolean sameFigures = shorter.stream().filter(w -> Character.isDigit(w.charAt(0))).allMatch(longer::contains);
            if (sameFigures && shared >= REPEATED_SHARE * shorter.size()) return true;
        }
        return false;
    }

    /** The share of a sentence's words another must hold to repeat it ({@link #repeats}). */
    static final float REPEATED_SHARE = 0.8f;
    /** A sentence of fewer words than this is never taken for a repeat: short ones share words by chance. */
    static final int REPEATED_MIN_WORDS = 5;

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : ArabicText.normalize(sentence).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** Ends with a question mark, closing quotes, brackets and exclamation marks aside ("…؟»", "…؟!"). */
    static boolean isQuestion(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1))
                || CLOSING.indexOf(sentence.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && (sentence.charAt(end - 1) == '؟' || sentence.charAt(end - 1) == '?');
    }

    private static Scored context(Scored sentence, Scored best, float share) {
        return new Scored(sentence.text(), sentence.position(), Math.max(sentence.score(), best.score() * share));
    }

    private record Scored(String text, int position, float score) {
    }

    /**
     * The chosen sentences, the single best sentence with its coverage of the question, and the
     * sentences that may answer in its stead ({@code runnersUp}): those scoring at least {@link
     * #CONTENDER} of it, best first.
     */
    record Summary(List<String> sentences, float bestCoverage, String bestSentence, List<String> runnersUp) {
        Summary {
            sentences = List.copyOf(sentences);
            runnersUp = List.copyOf(runnersUp);
        }

        Summary(List<String> sentences, float bestCoverage) {
            this(sentences, bestCoverage, "", List.of());
        }
    }
}
