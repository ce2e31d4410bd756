package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.LanguageDetector;

import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question as understood: what to search for, how to restrict it, and whether the reader wants
 * the newest stories. Plain domain values only (no search-engine types), so answering, topic
 * alerts and front ends read it alike.
 *
 * @param asked      the question as typed (pasted markup read as text)
 * @param searchText the words to search for: the question without its date phrase, section and
 *                   fillers, dialect words in news wording (ماتش → مباراة)
 * @param topicWords the question's content words as typed, without fillers and date phrase (a
 *                   function word inside the phrase stays: سعر الذهب في مصر): what a "follow this
 *                   topic" button offers
 * @param spellings  the question's words with their other spellings (ترمب, ترامب)
 * @param when       the time range the reader's date phrase names (امبارح، في فبراير), if any
 * @param section    the news section the reader asked for by name ("أخبار الرياضة" → {@code sport})
 * @param dateMayBeTopic the date range comes from a phrase that may also be what the question is
 *                   about (a month, a year, رمضان), not one counted from now (امبارح)
 * @param latest     the reader asks for what is new ("آخر الأخبار", "ما الجديد في…", "ايه الجديد",
 *                   "latest"), names a topic alone ("سد النهضة") or asks in dialect or English what
 *                   happened to a topic, without a date ("شنوة صار في تونس؟", "what's happening in Gaza?")
 * @param language   the question's language by its letters ({@link Language#OTHER} without any)
 * @param now        the clock the date phrases were resolved against
 * @param dictionaryWords the Arabic words of {@link #searchText()} that a translation took from the
 *                   project's glossary ({@link #inArabic}): written as the dictionary writes them, they
 *                   are found in a story as written or with a suffix, never one letter apart (a slip is
 *                   a reader's, and no reader typed them: الأهرامات is no إجرامية); empty for a question
 *                   typed in Arabic
 */
public record Question(String asked, String searchText, List<String> topicWords, List<Spelling> spellings,
                       Optional<DateRange> when, Optional<String> section, boolean dateMayBeTopic, boolean latest,
                       Language language, ZonedDateTime now, List<String> dictionaryWords) {
    public Question {
        dictionaryWords = List.copyOf(dictionaryWords);
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(searchText, "searchText");
        topicWords = List.copyOf(topicWords);
        spellings = List.copyOf(spellings);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
    }

    /**
     * The same question without its time range. A phrase that may be the topic (a month, a year,
     * رمضان) becomes words of the search; one counted from now (امبارح) says when, never what: it
     * is dropped, and the newest stories on the topic come first.
     */
    public Question withoutTimeFilter() {
        if (dateMayBeTopic) {
            return new Question(asked, QuestionTextWords.withDatePhrase(asked, searchText), topicWords, spellings,
                    Optional.empty(), section, false, latest, language, now, dictionaryWords);
        }
        return new Question(asked, searchText, topicWords, spellings, Optional.empty(), section, false, true, language,
                now, dictionaryWords);
    }

    /**
     * The same question searched in Arabic words: an English reader's question, its content words
     * translated ({@code arabicSearch}), each with the other Arabic forms that count as it ({@code
     * forms}, {@link Spelling#sameMeaning()}), those taken from the glossary named ({@code
     * dictionaryWords}). Its {@link #language()} is Arabic, the language of
     * what it searches; {@link #asked()} and {@link #topicWords()} stay the reader's. A date phrase is
     * only a date here: its English words cannot be searched in Arabic news.
     */
    public Question inArabic(String arabicSearch, List<Spelling> forms, List<String> dictionaryWords) {
        return new Question(asked, arabicSearch, topicWords, forms, when, section, false, latest, Language.ARABIC,
                now, dictionaryWords);
    }

    /**
     * The reader asks for a price or a rate as it stands now ("قديش سعر برميل النفط برنت؟", "الدولار
     * بكام", "سعر الدولار النهارده"), naming no time or one that holds now: the newest report answers,
     * and months-old figures do not.
     */
    public boolean asksCurrentValue() {
        return when.map(w -> w.contains(now.toInstant())).orElse(true) && NewsIntent.asksChangingValue(asked);
    }

    /**
     * What the question asks when it asks for a result ("نتيجة مباراة السعودية وروسيا"، "مين كسب كاس
     * العالم؟"، "who won"): its two sides, if it names them, and its asking words; empty otherwise.
     */
    public Optional<ResultQuestion> result() {
        // An English question searched in Arabic ({@link #inArabic}) asks its result in the Arabic searched.
        if (language == Language.ARABIC && LanguageDetector.detect(asked) == Language.ENGLISH) {
            return ResultQuestions.ofEnglish(asked, searchText);
        }
        return ResultQuestions.of(asked, searchText);
    }

    /**
     * The question's own words as typed, fillers dropped and date phrase kept, joined by spaces:
     * what a spelling suggestion ("هل تقصد") rewrites.
     */
    public String typedWords() {
        return QuestionTextWords.typedWords(asked);
    }

    /**
     * A word of the question and its other spellings.
     *
     * @param sameMeaning the alternatives are other words for the same thing, not only other
     *                    spellings (a translation's forms: سعر، أسعار): each is searched and counts
     *                    as the word wherever a story is measured against the question
     */
    public record Spelling(String word, List<String> alternatives, boolean sameMeaning) {
        public Spelling {
            Objects.requireNonNull(word, "word");
            alternatives = List.copyOf(alternatives);
        }

        /** Other spellings of the word (ترمب, ترامب), searched when the index knows them better. */
        public Spelling(String word, List<String> alternatives) {
            this(word, alternatives, false);
        }

        /**
         * Whether {@code alternative} is surely this word spelled another way (a curated name:
         * جوجل / غوغل; the hamza seat: نتايج / نتائج), not another word a spelling rule happens to
         * make (جرب / غرب).
         */
        public boolean isSameWord(String alternative) {
            return NameVariants.sameWord(word, alternative);
        }

        /** Whether {@code alternative} is this name as the curated table spells it too (تشيلسي, تشلسي). */
        public boolean isListedSpelling(String alternative) {
            return NameVariants.listedTogether(word, alternative);
        }

        /** Whether {@code alternative} is this name typed joined, written as two words (ابوتريكة: ابو تريكة). */
        public boolean isSplitName(String alternative) {
            return NameVariants.joined(ArabicText.normalize(word)).filter(alternative::equals).isPresent();
        }
    }
}
