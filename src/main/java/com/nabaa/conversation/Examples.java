package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Story;
import com.nabaa.news.Language;
import com.nabaa.question.QuestionParser;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Example questions that work on the news loaded now: made from the newest headlines' first words
 * ("ايه آخر أخبار ميناء دمياط؟"), each asked once to check that it gets stories, the reader's
 * language first; a fixed list fills in when the index gives too few. Made again every
 * {@link #FRESH} (one entry per language, so the cache stays tiny).
 */
final class Examples {
    static final int SHOWN = 3;
    static final Duration FRESH = Duration.ofMinutes(10);
    /** Headlines tried: each costs one question. */
    static final int TRIED = 12;
    /** Not the last word of a topic ("الأهلي يفوز على"). */
    private static final Set<String> TRAILING = Set.of("في", "على", "من", "عن", "إلى", "الى", "مع", "بعد", "قبل",
            "بين", "و", "أو", "the", "of", "in", "on", "to", "for", "and", "a", "an", "at", "by", "with");

    private final Answers answers;
    private final NewsDesk desk;
    private final Map<Language, Made> made = new ConcurrentHashMap<>();

    Examples(Answers answers, NewsDesk desk) {
        this.answers = answers;
        this.desk = desk;
    }

    private record Made(List<String> questions, ZonedDateTime at) {
    }

    List<String> of(Language language, ZonedDateTime now) {
        Made m = made.get(language);
        if (m == null || now.isAfter(m.at().plus(FRESH)) || now.isBefore(m.at())) {
            m = new Made(make(language, now), now);
            made.put(language, m);
        }
        return m.questions();
    }

    /** A message, then "try for example" and the examples, one per paragraph. */
    Rich withExamples(String message, Language language, ZonedDateTime now) {
        Rich.Builder b = Rich.builder().plain(message).paragraph();
        return appendTo(b, language, now).build();
    }

    Rich.Builder appendTo(Rich.Builder b, Language language, ZonedDateTime now) {
        b.plain(Texts.of(language).examplesTitle()).paragraph();
        of(language, now).forEach(e -> b.plain("– " + e).paragraph());
        return b;
    }

    private List<String> make(Language language, ZonedDateTime now) {
        List<Story> newest = new ArrayList<>(desk.latest(Optional.empty(), false, TRIED, 0, now).stories());
        // Headlines in the reader's language first; the rest keep their newest-first order.
        newest.sort(Comparator.comparing((Story s) -> languageOf(s.headline()) != language));
        Set<String> out = new LinkedHashSet<>();
        for (Story s : newest) {
            if (out.size() >= SHOWN) break;
            Optional<String> topic = topic(s.headline(), now);
            if (topic.isEmpty()) continue;
            String question = Texts.of(languageOf(s.headline())).exampleAbout(topic.get());
            if (!out.contains(question) && answers(question, language, now)) out.add(question);
        }
        for (String fallback : Texts.of(language).fallbackExamples()) {
            if (out.size() >= SHOWN) break;
            out.add(fallback);
        }
        return List.copyOf(out);
    }

    private boolean answers(String question, Language language, ZonedDateTime now) {
        Answer a = answers.ask(new AskRequest(question, Optional.of(language), now, 1, 0));
        return !a.noAnswer() && !a.stories().isEmpty();
    }

    /** The headline's first content words, without numbers, not ending on a preposition. */
    private static Optional<String> topic(String headline, ZonedDateTime now) {
        List<String> words = QuestionParser.parse(headline, now).topicWords().stream()
                .filter(w -> w.chars().noneMatch(Character::isDigit))
                .filter(w -> w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\''))
                .toList();
        // Two words name most topics ("ميناء دمياط", "البورصة المصرية"); a third only when it agrees
        // with the second as a definite adjective ("البنك المركزي المصري"), never a verb that follows.
        int take = Math.min(2, words.size());
        if (words.size() > 2 && definite(words.get(1)) && definite(words.get(2))) take = 3;
        List<String> topic = new ArrayList<>(words.subList(0, take));
        while (!topic.isEmpty() && TRAILING.contains(topic.get(topic.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            topic.remove(topic.size() - 1);
        }
        if (topic.size() < 2) return Optional.empty();
        return Optional.of(String.join(" ", topic));
    }

    private static boolean definite(String word) {
        return word.startsWith("ال") && word.length() > 3;
    }

    static Language languageOf(String text) {
        boolean arabic = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return arabic ? Language.ARABIC : Language.ENGLISH;
    }

}
