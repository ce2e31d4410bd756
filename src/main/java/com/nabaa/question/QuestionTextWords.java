package com.nabaa.question;

import com.nabaa.text.InvisibleCharacters;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Search text helpers shared by the parser and the relaxed retry, so both search alike. */
final class QuestionTextWords {
    /**
     * A question is searched by its first this many words once fillers are gone: far more than a
     * question has, and it keeps a pasted article within Lucene's clause limit.
     */
    static final int MAX_WORDS = 50;
    /** A tag pasted into a question (<b>, <script>…</script>) is markup, not words of it. */
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");

    private QuestionTextWords() {
    }

    /**
     * The question as plain text, the first reading of it: invisible characters (bidi controls,
     * zero-width marks) go before any rule sees the words, and pasted markup is read as HTML (tags
     * and script bodies dropped; its no-break spaces are spaces).
     */
    static String plainText(String asked) {
        String visible = InvisibleCharacters.strip(asked);
        return MARKUP.matcher(visible).find() ? InvisibleCharacters.strip(Jsoup.parse(visible).text()) : visible;
    }

    /** The words to search for in {@code text}: its typed words with dialect words in news wording. */
    static String searchWords(String text) {
        return DialectWords.toNews(typedWords(text));
    }

    /** The question's own words as typed (fillers dropped, capped): what a spelling suggestion rewrites. */
    static String typedWords(String asked) {
        String[] split = QuestionText.stripFillers(plainText(asked)).split("\\s+");
        return split.length <= MAX_WORDS ? String.join(" ", split) : String.join(" ", Arrays.copyOf(split, MAX_WORDS));
    }

    /**
     * The content words of {@code text} as typed, one per element: what a reader who follows the
     * topic of the question follows. A section the reader named stays ("أخبار الرياضة" → الرياضة).
     */
    static List<String> topicWords(String text) {
        String words = typedWords(text);
        return words.isBlank() ? List.of() : List.of(words.split(" "));
    }

    /** The question's search words including those of its date phrase. */
    static String withDatePhrase(String asked, String searchText) {
        String all = ResultQuestions.inNewsWords(asked, searchWords(asked));
        return all.isBlank() ? searchText : all;
    }
}
