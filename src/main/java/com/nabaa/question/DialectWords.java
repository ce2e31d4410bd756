package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dialect words of a question replaced by the words news prose uses ({@code dialect-words.txt}):
 * "نتيجة الماتش" is searched as "نتيجة مباراة", since articles say "المباراة". A word is looked up
 * as typed, then without an attached و, ال, وال or فال, or a preposition (لطيارة، بالماتش); a two-word entry (جاب جون) is matched as typed,
 * before its words alone. Stateless and thread-safe.
 */
public final class DialectWords {
    private static final Map<String, String> TABLE = load();
    /**
     * Attached words: و, the article, the Maghrebi في written as ف (فالفينال، فالدزاير), and the
     * prepositions ل and ب ("وش صار لطيارة المنتخب"، "بالماتش").
     */
    private static final List<String> PREFIXES = List.of("وال", "فال", "بال", "لل", "ال", "و", "ل", "ب");
    /**
     * Before the first word of a two-word entry also ع for على with the article, as the Levant types
     * it ("عالسوشال ميديا"): the second word must match too, so it cannot turn عالمية into مية.
     */
    private static final List<String> PAIR_PREFIXES = List.of("عال", "وال", "فال", "بال", "لل", "ال", "و", "ل", "ب");

    private DialectWords() {
    }

    /** The words of {@code text} (split on white space), each dialect word replaced by its news word. */
    public static String toNews(String text) {
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            // Punctuation after a word ("السيارة؟") stays after the news word.
            String next = i + 1 < words.length ? words[i + 1] : "";
            String nextTail = next.substring(lettersEnd(next));
            String pair = next.isEmpty() ? null : pairWord(words[i], next.substring(0, lettersEnd(next)));
            if (pair != null) {
                out.add(pair + nextTail);
                i++;
            } else {
                int end = lettersEnd(words[i]);
                String tail = words[i].substring(end);
                out.add(newsWord(words[i].substring(0, end)).map(w -> w + tail).orElse(words[i]));
            }
        }
        return String.join(" ", out);
    }

    /** Where the word's trailing punctuation begins (its length when it has none). */
    private static int lettersEnd(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return end;
    }

    /** The news word of a two-word dialect entry, its first word maybe with an attached word. */
    private static String pairWord(String first, String second) {
        String key = ArabicText.normalize(first);
        String rest = " " + ArabicText.normalize(second);
        String hit = TABLE.get(key + rest);
        for (int i = 0; hit == null && i < PAIR_PREFIXES.size(); i++) {
            String prefix = PAIR_PREFIXES.get(i);
            if (key.startsWith(prefix) && key.length() > prefix.length() + 2) hit = TABLE.get(key.substring(prefix.length()) + rest);
        }
        return hit;
    }

    static Optional<String> newsWord(String word) {
        String key = ArabicText.normalize(word);
        Optional<String> hit = lookUp(key);
        return hit.isPresent() ? hit : negated(key).flatMap(DialectWords::lookUp);
    }

    private static Optional<String> lookUp(String key) {
        String hit = TABLE.get(key);
        for (int i = 0; hit == null && i < PREFIXES.size(); i++) {
            String prefix = PREFIXES.get(i);
            if (key.startsWith(prefix) && key.length() > prefix.length() + 2) hit = TABLE.get(key.substring(prefix.length()));
        }
        return Optional.ofNullable(hit);
    }

    /**
     * A verb negated as Egypt and the Maghreb write it, ما… ش ("ما رجعاتش"، "مارجعتش": did not return),
     * without its negation; only ever looked up in the table, so a word that merely ends in ش (مراكش)
     * is left as typed.
     */
    private static Optional<String> negated(String key) {
        if (key.length() < 4 || !key.endsWith("ش")) return Optional.empty();
        String verb = key.substring(0, key.length() - 1);
        if (verb.startsWith("ما") && verb.length() >= 5) verb = verb.substring(2);
        return verb.length() >= 3 ? Optional.of(verb) : Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        for (String content : WordLists.content(DialectWords.class, "dialect-words.txt")) {
            String[] pair = content.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalStateException("dialect-words.txt: not \"dialect = news word\": " + content);
            }
            table.put(ArabicText.normalize(pair[0].strip()), pair[1].strip());
        }
        return Map.copyOf(table);
    }
}
