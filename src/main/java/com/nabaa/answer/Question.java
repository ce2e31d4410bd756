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
 * @param variants   other spellings of names in it (ترمب for ترامب), searched at a lower weight
 * @param filter     date range and section the reader asked for
 * @param latest     the reader asks for what is new ("آخر الأخبار", "ايه الجديد", "latest")
 * @param language   the question's language
 * @param now        the clock the date phrases were resolved against
 */
public record Question(String asked, String searchText, List<String> variants, SearchFilter filter, boolean latest,
                       Language language, ZonedDateTime now) {
    public Question {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(searchText, "searchText");
        variants = List.copyOf(variants);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
    }
}
