package com.nabaa.question;

import com.nabaa.news.Language;
import com.nabaa.text.InvisibleCharacters;
import com.nabaa.text.LanguageDetector;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a typed question into a {@link Question}: a date phrase becomes a time range (and leaves
 * the search text), an explicit section ("أخبار الرياضة") a section to keep to, question words and
 * fillers are dropped, dialect words become the words news uses (ماتش → مباراة), and each remaining
 * word brings its other spellings (ترمب / ترامب).
 */
public final class QuestionParser {
    /** Every spelling rule is tried only for this many words, so long questions stay fast; the sure ones for all. */
    static final int MAX_VARIANT_WORDS = 6;
    /**
     * A "what happened" question about a topic of at most this many words asks for its newest
     * stories ("شو صار مع الأولاد اللي علقوا بكهف بتايلاند؟" on the day they were all brought out,
     * not the day they were found). At 3, as for a bare topic, that question got the stories of
     * their rescue's first days; at 4, in nabaa eval, the reader set went 0.895 → 0.900 (the cave's
     * follow-up 5th → 1st, "شو صار بقمة ترامب وبوتين بهلسنكي؟" 2nd → 1st) and nothing else moved; 5
     * changed nothing more.
     */
    static final int WHAT_HAPPENED_WORDS = 4;
    private static final java.util.regex.Pattern ARABIC_WORD = java.util.regex.Pattern.compile("[\\p{IsArabic}&&\\p{L}]{2,}");

    private QuestionParser() {
    }

    /**
     * The question typed at {@code now} (in the reader's time zone, which date phrases are counted
     * in). Invisible characters are stripped before anything reads it: {@link Question#asked()} is
     * the question without them.
     */
    public static Question parse(String asked, ZonedDateTime now) {
        String text = QuestionTextWords.plainText(asked).strip();
        Language language = language(text);
        Optional<DatePhraseMatch> date = DatePhrases.find(text, now);
        String undated = date.map(d -> d.removeFrom(text)).orElse(text);
        // "ما الجديد في اليمن؟" asks for the newest on اليمن: الجديد is the asking, not the topic.
        Optional<String> withoutWhatsNew = NewsIntent.withoutWhatsNew(undated);
        undated = withoutWhatsNew.orElse(undated);
        String rest = undated;
        Optional<CategoryHint> section = CategoryHints.find(rest).filter(CategoryHint::explicit);
        if (section.isPresent()) {
            rest = (rest.substring(0, section.get().start()) + " " + rest.substring(section.get().end())).strip();
        }
        // In a result question the dialects' verbs of winning mean "won" (مين كسب): news writes فاز.
        String search = ResultQuestions.inNewsWords(text, QuestionTextWords.searchWords(rest));
        boolean latest = QuestionText.asksForLatest(text) || withoutWhatsNew.isPresent() || QuestionText.isBareTopic(rest)
                || date.isEmpty() && QuestionText.asksWhatHappened(rest) && isShortTopic(search);
        boolean dateMayBeTopic = date.isPresent() && !date.get().relative();
        return new Question(text, search, QuestionTextWords.topicWords(undated), variants(search),
                date.map(DatePhraseMatch::range), section.map(CategoryHint::category), dateMayBeTopic, latest,
                language, now, List.of());
    }

    /**
     * The news section a reader names on its own ("رياضة", "الاقتصاد", "sport", "الكورة"), as the
     * corpus's category name ({@code sport}, {@code economy}…); empty for a name that is no section.
     */
    public static Optional<String> section(String name) {
        String n = InvisibleCharacters.strip(name).strip();
        if (n.isEmpty()) return Optional.empty();
        return CategoryHints.find("أخبار " + n).filter(CategoryHint::explicit)
                .or(() -> CategoryHints.find(n + " news").filter(CategoryHint::explicit))
                .or(() -> CategoryHints.find(n).filter(h -> h.start() == 0 && h.end() == n.length()))
                .map(CategoryHint::category);
    }

    /** Every section {@link #section} knows, by category name, in a stable order. */
    public static List<String> sections() {
        return CategoryHints.categories();
    }

    /**
     * The question's language by its letters, but any Arabic word makes it Arabic: an Arabic reader
     * names brands and people in Latin letters ("ايه اخبار iPhone XS Max") and reads Arabic labels.
     */
    private static Language language(String text) {
        Language byLetters = LanguageDetector.detect(text);
        return byLetters == Language.ENGLISH && ARABIC_WORD.matcher(text).find() ? Language.ARABIC : byLetters;
    }

    /** A topic of a few words ("تونس"، "سد النهضة"): what a "what happened in…" asks the news of ({@link #WHAT_HAPPENED_WORDS}). */
    private static boolean isShortTopic(String search) {
        return !search.isBlank() && search.split("\\s+").length <= WHAT_HAPPENED_WORDS;
    }

    private static List<Question.Spelling> variants(String search) {
        List<Question.Spelling> out = new ArrayList<>();
        String[] words = search.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            // Past the first words only the sure spellings: a long question's search stays small.
            List<String> forms = i < MAX_VARIANT_WORDS ? NameVariants.variants(words[i]) : NameVariants.sureVariants(words[i]);
            // The first form is the word itself (normalized): only the other spellings are variants.
            if (forms.size() > 1) out.add(new Question.Spelling(words[i], forms.subList(1, forms.size())));
        }
        return out;
    }
}
