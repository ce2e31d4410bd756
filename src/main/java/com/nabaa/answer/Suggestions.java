package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.text.ArabicText;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * "هل تقصد…": for each word of the question the index does not know, the closest better-known
 * indexed word, written as it appears in an article (not as its stem).
 */
final class Suggestions {
    /** Only words the index does not know at all are taken as possibly misspelled. */
    static final long RARE = 1;
    /** Spelling look-ups are the slow part of a "nothing found" answer: a few words at most. */
    static final int MAX_LOOKUPS = 2;

    private Suggestions() {
    }

    static Optional<String> suggest(String text, QueryTerms terms, PassageSearcher searcher) {
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int lookups = 0;
        for (String word : text.strip().split("\\s+")) {
            String replacement = word;
            List<String> analyzed = terms.analyze(word);
            // A dialect's verb (انحكم، هيزيد، حبسو) is the reader's own word, not a misspelling: انحكم is no بأنكم.
            if (analyzed.size() == 1 && lookups < MAX_LOOKUPS && !Evidence.readsAsDialectVerb(word)
                    && searcher.documentFrequency(analyzed.get(0)) < RARE) {
                lookups++;
                Optional<String> better = searcher.suggestTerm(analyzed.get(0))
                        .flatMap(stem -> surfaceForm(stem, terms, searcher))
                        .filter(form -> edits(word, form) <= maxEdits(word));
                if (better.isPresent()) {
                    replacement = better.get();
                    changed = true;
                }
            }
            if (!out.isEmpty()) out.append(' ');
            out.append(replacement);
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * The letters a suggestion may change of the word as typed: a stem one letter away may be written
     * in a word far from the reader's (عندو: عناوين، انصاب: الأعصاب), which explains nothing.
     */
    static final int MAX_EDITS = 2;

    /**
     * A word shorter than {@value #TWO_EDITS_FROM} letters may change by one letter only: two make
     * another word of it ("يشيلوا": ليشكلوا, "they remove" read as "to form").
     */
    static int maxEdits(String typed) {
        return ArabicText.normalize(typed).length() < TWO_EDITS_FROM ? 1 : MAX_EDITS;
    }

    static final int TWO_EDITS_FROM = 7;
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance();

    /** Letters changed, added or dropped between two words, as normalized. */
    static int edits(String typed, String form) {
        String a = ArabicText.normalize(typed);
        String b = ArabicText.normalize(form);
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : Math.round((1 - LEVENSHTEIN.getDistance(a, b)) * longer);
    }

    /** A word of an indexed passage whose analysis is the stem. */
    private static Optional<String> surfaceForm(String stem, QueryTerms terms, PassageSearcher searcher) {
        for (PassageHit hit : searcher.searchTerm(stem, 3)) {
            for (String candidate : (hit.title() + " " + hit.passage()).split("[\\s\\p{Punct}«»،؛؟]+")) {
                List<String> analyzed = terms.analyze(candidate);
                if (analyzed.size() == 1 && analyzed.get(0).equals(stem)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
