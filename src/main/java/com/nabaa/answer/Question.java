package com.nabaa.answer;

import com.nabaa.index.SearchFilter;
import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A question as understood: what to search for, how to restrict it, and whether the reader wants
 * the newest stories.
 *
 * @param asked      the question as typed
 * @param searchText the words to search for: the question without its date phrase and fillers
 * @param spellings  the question's words with their other spellings (ترمب, ترامب)
 * @param filter     date range and section the reader asked for
 * @param dateMayBeTopic the date range comes from a phrase that may also be what the question is
 *                   about (a month, a year, رمضان), not one counted from now (امبارح)
 * @param latest     the reader asks for what is new ("آخر الأخبار", "ايه الجديد", "latest")
 * @param language   the question's language
 * @param now        the clock the date phrases were resolved against
 */
public record Question(String asked, String searchText, List<Spelling> spellings, SearchFilter filter,
                       boolean dateMayBeTopic, boolean latest, Language language, ZonedDateTime now) {
    public Question {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(searchText, "searchText");
        spellings = List.copyOf(spellings);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
    }

    /**
     * The same question without its time filter. A phrase that may be the topic (a month, a year,
     * رمضان) becomes words of the search; one counted from now (امبارح) says when, never what: it
     * is dropped, and the newest stories on the topic come first.
     */
    public Question withoutTimeFilter() {
        if (dateMayBeTopic) {
            return new Question(asked, QuestionTextWords.withDatePhrase(asked, searchText), spellings,
                    filter.withoutTime(), false, latest, language, now);
        }
        return new Question(asked, searchText, spellings, filter.withoutTime(), false, true, language, now);
    }

    /** A word of the question and its other spellings. */
    public record Spelling(String word, List<String> alternatives) {
        public Spelling {
            Objects.requireNonNull(word, "word");
            alternatives = List.copyOf(alternatives);
        }
    }
}
