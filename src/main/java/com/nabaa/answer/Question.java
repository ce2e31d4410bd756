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
 * @param latest     the reader asks for what is new ("آخر الأخبار", "ايه الجديد", "latest")
 * @param language   the question's language
 * @param now        the clock the date phrases were resolved against
 */
public record Question(String asked, String searchText, List<Spelling> spellings, SearchFilter filter, boolean latest,
                       Language language, ZonedDateTime now) {
    public Question {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(searchText, "searchText");
        spellings = List.copyOf(spellings);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
    }

    /** The same question with its date phrase read as words of the topic, not as a time filter. */
    public Question withoutTimeFilter() {
        return new Question(asked, QuestionTextWords.withDatePhrase(asked, searchText), spellings,
                filter.withoutTime(), latest, language, now);
    }

    /** A word of the question and its other spellings. */
    public record Spelling(String word, List<String> alternatives) {
        public Spelling {
            Objects.requireNonNull(word, "word");
            alternatives = List.copyOf(alternatives);
        }
    }
}
