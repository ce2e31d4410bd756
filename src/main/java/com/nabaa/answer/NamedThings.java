package com.nabaa.answer;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the things a question asks about: the word after a kind of thing ({@code
 * named-things.txt}: "جائزة كتارا"، "كنيسة الطاهرة"، "مهرجان جرش"), or after a title that follows it
 * ("دير الأنبا صموئيل"). A story that matched the rest of the question but does not name the thing
 * tells of another of its kind: the Booker for Katara's prize, al-Nuri's mosque for al-Tahera's
 * church ({@link Evidence}). Stateless once loaded.
 */
final class NamedThings {
    private static final Map<String, Set<String>> LISTS = load();
    private static final Set<String> KINDS = LISTS.get("kinds");
    private static final Set<String> TITLES = LISTS.get("titles");
    private static final Set<String> NOT_NAMES = LISTS.get("not-names");

    private NamedThings() {
    }

    /**
     * The positions of {@code words} (a question's, as typed) that name a thing: each word after a
     * kind of thing, or after a title that follows one. A word without the article that ends as an
     * adjective does (ي، ية: "فيلم وثائقي"، "شركة عسكرية") describes the thing, it does not name it;
     * nor does a word of place or reference ("السفينة قدام كندا"، "المسلسل اللي…").
     */
    static List<Integer> names(String[] words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            if (!isKind(words[i - 1])) continue;
            int name = i;
            if (TITLES.contains(ArabicText.normalize(words[i])) && i + 1 < words.length) name = i + 1;
            String w = ArabicText.normalize(words[name]);
            if (NOT_NAMES.contains(w) || !Evidence.isDefinite(w) && (w.endsWith("ي") || w.endsWith("يه"))) continue;
            out.add(name);
        }
        return out;
    }

    /**
     * Whether a word is a kind of thing written without the article, as a name's first word is
     * ("شركة سيبكو"، "مهرجان جرش"), so that the word after it may name the thing even in a verb's
     * shape ({@link Evidence#namesAfterKind}). After the article the next word may be what the thing
     * did ("السفينة غرقت"، "الشركة قفلوها").
     */
    static boolean isNamingKind(String word) {
        return isKind(word) && !Evidence.isDefinite(ArabicText.normalize(word));
    }

    /** Whether a word is a kind of thing, with a conjunction, a preposition or the article attached. */
    static boolean isKind(String word) {
        for (String bare : Places.bareForms(ArabicText.normalize(word))) {
            if (KINDS.contains(bare)) return true;
        }
        return false;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String content : WordLists.content(NamedThings.class, "named-things.txt")) {
            int colon = content.indexOf(':');
            if (colon < 0) throw new IllegalStateException("named-things.txt: no 'list:' in " + content);
            Set<String> forms = out.computeIfAbsent(content.substring(0, colon).strip(), k -> new HashSet<>());
            for (String form : content.substring(colon + 1).strip().split("\\s+")) forms.add(ArabicText.normalize(form));
        }
        for (String list : List.of("kinds", "titles", "not-names")) {
            if (!out.containsKey(list)) throw new IllegalStateException("named-things.txt: no '" + list + ":' line");
        }
        return Map.copyOf(out);
    }
}
