package com.nabaa.answer;

import com.nabaa.index.SearchFilter;
import com.nabaa.news.Language;
import com.nabaa.text.CategoryHint;
import com.nabaa.text.CategoryHints;
import com.nabaa.text.DatePhraseMatch;
import com.nabaa.text.DatePhrases;
import com.nabaa.text.LanguageDetector;
import com.nabaa.text.NameVariants;
import com.nabaa.text.QuestionText;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a typed question into a {@link Question}: a date phrase becomes a time filter (and leaves
 * the search text), an explicit section ("أخبار الرياضة") a category filter, question words and
 * fillers are dropped, dialect words become the words news uses (ماتش → مباراة), and each remaining
 * word brings its other spellings (ترمب / ترامب).
 */
public final class QuestionParser {
    /** Variants are searched only for this many words, so long questions stay fast. */
    static final int MAX_VARIANT_WORDS = 6;


    private QuestionParser() {
    }

    public static Question parse(String asked, ZonedDateTime now) {
        String text = QuestionTextWords.plainText(asked).strip();
        Language language = LanguageDetector.detect(text);
        SearchFilter filter = SearchFilter.NONE;
        String rest = text;
        Optional<DatePhraseMatch> date = DatePhrases.find(text, now);
        if (date.isPresent()) {
            filter = SearchFilter.between(date.get().range().from(), date.get().range().to());
            rest = date.get().removeFrom(text);
        }
        Optional<CategoryHint> section = CategoryHints.find(rest).filter(CategoryHint::explicit);
        if (section.isPresent()) {
            filter = filter.withCategory(section.get().category());
            rest = (rest.substring(0, section.get().start()) + " " + rest.substring(section.get().end())).strip();
        }
        boolean latest = QuestionText.asksForLatest(text) || QuestionText.isBareTopic(rest);
        String search = QuestionTextWords.searchWords(rest);
        boolean dateMayBeTopic = date.isPresent() && !date.get().relative();
        return new Question(text, search, variants(search), filter, dateMayBeTopic, latest, language, now);
    }

    private static List<Question.Spelling> variants(String search) {
        List<Question.Spelling> out = new ArrayList<>();
        String[] words = search.split("\\s+");
        for (int i = 0; i < Math.min(words.length, MAX_VARIANT_WORDS); i++) {
            List<String> forms = NameVariants.variants(words[i]);
            // The first form is the word itself (normalized): only the other spellings are variants.
            if (forms.size() > 1) out.add(new Question.Spelling(words[i], forms.subList(1, forms.size())));
        }
        return out;
    }
}
