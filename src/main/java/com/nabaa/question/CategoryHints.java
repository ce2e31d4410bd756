package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.END;
import static com.nabaa.question.DatePhraseRule.START;

import com.nabaa.text.ArabicText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news section a question asks about, in the corpus's category names.
 *
 * <p>Explicit: a section named after a word for news or section — Arabic أخبار / الأخبار / نشرة /
 * قسم / صفحة followed by the section noun or adjective (أخبار الرياضة، الأخبار الاقتصادية، اخبار
 * الكورة، أخبار الشرق الأوسط), English "sports news", "business section", "news about technology".
 * A topic that names a section's subject (البورصة، الدوري) is searched, not turned into the section:
 * "أخبار البورصة" wants stock-market stories, not the newest of all economy news.
 * Topical: any word of the section on its own (الماتش، البورصة، الدولار، football, stocks),
 * attached و/ف/ب/ل allowed. An explicit hint wins over a topical one; among equals, the first in
 * the question.
 *
 * <p>Matching runs on {@link ArabicText#normalize}d, lower-cased text, so spellings with any
 * hamza, ة or ى match. Stateless and thread-safe.
 */
final class CategoryHints {
    public static final String SPORT = "sport";
    public static final String ECONOMY = "economy";
    public static final String TECHNOLOGY = "technology";
    public static final String CULTURE = "culture";
    public static final String MIDDLE_EAST = "middleEast";
    public static final String INTERNATIONAL = "internationalNews";

    private static final String ARABIC_NEWS = "[وف]?[بل]?(?:ال)?(?:اخبار|نشره|قسم|صفحه)\\s+";
    private static final String ENGLISH_NEWS = "\\s+(?:news|section|headlines|updates|stories)";
    private static final String NEWS_ABOUT = "news\\s+(?:about|on|from|in)\\s+(?:the\\s+)?";
    private static final String CLITICS = "[وف]?[بلك]?";

    private static final List<Section> SECTIONS = List.of(
            new Section(SPORT,
                    "الرياضه|رياضه|الرياضيه|رياضيه|الكوره|الكره|كره القدم|الملاعب",
                    "sports?|football|soccer",
                    "رياضه|الرياضه|رياضي|الرياضي|رياضيه|الرياضيه|الكره|كره القدم|كوره|الكوره|ماتش|الماتش|مباراه|المباراه"
                            + "|مباريات|المباريات|الدوري|المنتخب|كاس العالم|sports?|football|soccer|match|league"),
            new Section(ECONOMY,
                    "الاقتصاد|اقتصاد|الاقتصاديه|اقتصاديه|المال والاعمال|المال|الاعمال|الاسواق",
                    "economy|economic|business|markets?|financial|finance",
                    "اقتصاد|الاقتصاد|اقتصادي|الاقتصادي|اقتصاديه|الاقتصاديه|بورصه|البورصه|اسهم|الاسهم|اسعار|الاسعار|سعر"
                            + "|دولار|الدولار|الجنيه|التضخم|economy|economic|business|markets?|stocks?|inflation"
                            + "|dollar|prices"),
            new Section(TECHNOLOGY,
                    "التكنولوجيا|تكنولوجيا|التقنيه|تقنيه|التكنولوجيه|العلوم والتكنولوجيا",
                    "tech|technology|science and technology",
                    "تكنولوجيا|التكنولوجيا|تقنيه|التقنيه|تقني|التقني|تقنيات|التقنيات|الذكاء الاصطناعي|ذكاء اصطناعي"
                            + "|technology|tech|artificial intelligence|ai"),
            new Section(CULTURE,
                    "الفن|الثقافه|ثقافه|السينما|الفنانين|النجوم|الفنيه|فنيه|الثقافيه|ثقافيه",
                    "culture|arts?|entertainment|cinema|film",
                    "ثقافه|الثقافه|ثقافي|الثقافي|الثقافيه|فن|الفن|فنان|الفنان|فنانين|الفنانين|فنانه|الفنانه|سينما"
                            + "|السينما|مسلسل|مسلسلات|فيلم|افلام|culture|arts?|cinema|films?|movies?"),
            new Section(MIDDLE_EAST, "الشرق الاوسط", "middle east|mideast", "الشرق الاوسط|middle east|mideast"),
            new Section(INTERNATIONAL,
                    "العالم|الدوليه|دوليه|العالميه|عالميه",
                    "world|international|global",
                    "دولي|الدولي|دوليه|الدوليه|عالمي|العالمي|عالميه|العالميه|world|international|global"));

    private CategoryHints() {
    }

    /** The category names of every section, in the order they are matched. */
    static List<String> categories() {
        return SECTIONS.stream().map(Section::category).toList();
    }

    public static Optional<CategoryHint> find(String question) {
        Objects.requireNonNull(question, "question");
        QuestionTextView view = QuestionTextView.of(question);
        return first(view, true).or(() -> first(view, false));
    }

    private static Optional<CategoryHint> first(QuestionTextView view, boolean explicit) {
        CategoryHint best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Section section : SECTIONS) {
            Matcher m = (explicit ? section.explicit() : section.topical()).matcher(view.text());
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                bestStart = m.start();
                bestLength = m.end() - m.start();
                best = new CategoryHint(section.category(), view.originalStart(m.start()), view.originalEnd(m.end()),
                        explicit);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A section's patterns; words are written normalized, a space matching any run of spaces. */
    private record Section(String category, Pattern explicit, Pattern topical) {
        Section(String category, String arabicSection, String englishSection, String topicalWords) {
            this(category,
                    compile(ARABIC_NEWS + group(arabicSection) + "|" + group(englishSection) + ENGLISH_NEWS + "|"
                            + NEWS_ABOUT + group(englishSection)),
                    compile(CLITICS + group(topicalWords)));
        }

        private static String group(String words) {
            return "(?:" + words.replace(" ", "\\s+") + ")";
        }

        private static Pattern compile(String regex) {
            return Pattern.compile(START + "(?:" + regex + ")" + END);
        }
    }
}
