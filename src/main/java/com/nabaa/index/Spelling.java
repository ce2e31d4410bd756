package com.nabaa.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Did you mean": the closest more frequent indexed term, by Lucene's {@link DirectSpellChecker}. */
final class Spelling {
    private Spelling() {
    }

    static Optional<String> suggest(IndexReader reader, String field, String term) throws IOException {
        if (term.length() < 3) return Optional.empty();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
        // A suggestion must be a word the index really knows (in more than 3 passages), not
        // another rare spelling.
        checker.setThresholdFrequency(3f);
        SuggestWord[] words = checker.suggestSimilar(new Term(field, term), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
    }
}
