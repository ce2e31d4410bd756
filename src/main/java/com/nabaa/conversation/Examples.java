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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Example questions that work on the news loaded now: made from the newest headlines, each by the
 * two adjacent words most shared with other new headlines ("ايه آخر أخبار جمال خاشقجي؟"), each asked once to check that it gets stories, the reader's
 * language first; a fixed list fills in when the index gives too few. Made again every
 * {@link #FRESH} (one entry per language, so the cache stays tiny).
 */
final class Examples {
    static final int SHOWN = 3;
    static final Duration FRESH = Duration.ofMinutes(10);
    /** Headlines tried: each costs one question. */
    static final int TRIED = 12;
    /** Headlines whose words say what the news of the moment is about. */
    static final int HEADLINES = 40;
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
        List<Story> newest = new ArrayList<>(desk.latest(Optional.empty(), false, HEADLINES, 0, now).stories());
        Map<String, List<String>> words = new HashMap<>();
        Map<String, Integer> headlinesWith = new HashMap<>();
        for (Story s : newest) {
            List<String> w = contentWords(s.headline(), now);
            words.put(s.articleId(), w);
            new HashSet<>(w).forEach(x -> headlinesWith.merge(key(x), 1, Integer::sum));
        }
        // Headlines in the reader's language first; the rest keep their newest-first order.
        newest.sort(Comparator.comparing((Story s) -> languageOf(s.headline()) != language));
        Set<String> out = new LinkedHashSet<>();
        for (Story s : newest.subList(0, Math.min(TRIED, newest.size()))) {
            if (out.size() >= SHOWN) break;
            Optional<String> topic = topic(words.get(s.articleId()), headlinesWith);
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

    /** A headline's content words as typed, without numbers or punctuation-laden tokens. */
    private static List<String> contentWords(String headline, ZonedDateTime now) {
        return QuestionParser.parse(headline, now).topicWords().stream()
                .map(w -> w.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", ""))
                .filter(w -> w.length() > 1 && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\''))
                .toList();
    }

    /**
     * The two adjacent words of a headline that most other new headlines share ("جمال خاشقجي",
     * "البورصة المصرية"): what the news of the moment is about, in the headline's order so that
     * names stay whole; the first two words when no word is shared.
     */
    private static Optional<String> topic(List<String> words, Map<String, Integer> headlinesWith) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (TRAILING.contains(words.get(i + 1).toLowerCase(Locale.ROOT))
                    || TRAILING.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int score = headlinesWith.getOrDefault(key(words.get(i)), 0)
                    + headlinesWith.getOrDefault(key(words.get(i + 1)), 0);
            if (best < 0 || score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(words.get(best) + " " + words.get(best + 1));
    }

    /** A headline word as counted: lower case, diacritics and tatweel dropped, alef and yeh forms and teh marbuta folded. */
    private static String key(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0640') continue; // harakat, tatweel
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            });
        }
        return out.toString();
    }

    static Language languageOf(String text) {
        boolean arabic = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return arabic ? Language.ARABIC : Language.ENGLISH;
    }

}
