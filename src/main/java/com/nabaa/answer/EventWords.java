package com.nabaa.answer;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of event a question asks about ({@code event-words.txt}: a death, a resignation, a fire,
 * a flood…), each with the words news writes for it. A story that names none of a kind's words tells
 * of something else: the Queen meeting Trump does not say when she died. Stateless once loaded.
 */
final class EventWords {
    private static final List<Set<String>> KINDS = load();

    private EventWords() {
    }

    /**
     * The kinds {@code asked} names, each as the analyzed terms of its words ({@code terms}: how the
     * question's and the story's words are analyzed).
     */
    static List<Set<String>> askedIn(String asked, QueryTerms terms) {
        Set<String> words = new HashSet<>();
        for (String w : ArabicText.normalize(asked).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) words.add(w.length() > 3 && "وفب".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w);
        }
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> kind : KINDS) {
            if (words.stream().noneMatch(w -> names(kind, w))) continue;
            Set<String> analyzed = new HashSet<>();
            kind.forEach(k -> analyzed.addAll(terms.analyze(k)));
            out.add(analyzed);
        }
        return out;
    }

    /** The kind holds the word, with or without the article (الحريق، حريق). */
    private static boolean names(Set<String> kind, String word) {
        return kind.contains(word) || kind.contains("ال" + word) || word.startsWith("ال") && kind.contains(word.substring(2));
    }

    private static List<Set<String>> load() {
        List<Set<String>> kinds = new ArrayList<>();
        for (String content : WordLists.content(EventWords.class, "event-words.txt")) {
            int colon = content.indexOf(':');
            if (colon < 0) throw new IllegalStateException("event-words.txt: no 'kind:' in " + content);
            Set<String> words = new HashSet<>();
            for (String w : content.substring(colon + 1).strip().split("\\s+")) {
                words.add(ArabicText.normalize(w).toLowerCase(Locale.ROOT));
            }
            kinds.add(Set.copyOf(words));
        }
        return List.copyOf(kinds);
    }
}
