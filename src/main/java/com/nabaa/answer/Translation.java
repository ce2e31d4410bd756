package com.nabaa.answer;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How an English reader's question was read in Arabic news, for the reply to say so: the sources
 * are Arabic, so the question's content words were searched through their Arabic, and words with no
 * known Arabic could not be searched at all.
 *
 * @param searched     the content words that were searched, each with the Arabic searched for it
 *                     (from the project's glossary or learnt from the news), in the question's order
 * @param untranslated the content words no Arabic is known for, as typed: while there is one, no
 *                     story is given as the answer (Arabic news cannot be said to hold or lack it)
 * @param arabicWords  the Arabic searched, in the order an Arabic question puts it ("سعر النفط" for
 *                     "oil price"): what the reader may ask in Arabic
 */
public record Translation(List<Word> searched, List<String> untranslated, String arabicWords) {
    public Translation {
        searched = List.copyOf(searched);
        untranslated = List.copyOf(untranslated);
        Objects.requireNonNull(arabicWords, "arabicWords");
    }

    /** The Arabic searched in the question's own word order. */
    public Translation(List<Word> searched, List<String> untranslated) {
        this(searched, untranslated, searched.stream().map(Word::arabic).collect(Collectors.joining(" ")));
    }

    /** Every content word of the question was searched in Arabic. */
    public boolean complete() {
        return untranslated.isEmpty();
    }

    /**
     * One English word (or phrase: "world cup") and the Arabic searched for it.
     *
     * @param english as the reader typed it
     * @param arabic  as the news writes it ("كأس العالم")
     */
    public record Word(String english, String arabic) {
        public Word {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(arabic, "arabic");
        }
    }
}
