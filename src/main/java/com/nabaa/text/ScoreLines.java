package com.nabaa.text;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a score, the way Arabic sports news writes one:
 * <ul>
 *   <li>figures: "2-1", "(4-2)", "1 - 3", "102-99", "5-صفر", "3:1" (a colon only between single digits, so
 *       "9:30" and "20:00" are times); not a date ("15-7-2018") or a year range ("2018-2019");</li>
 *   <li>goals in words: "بهدفين مقابل هدف", "بثلاثة أهداف نظيفة", "بهدف دون رد", "بهدف لمثله",
 *       "بخماسية", "برباعية مقابل هدفين", "فوز خماسي";</li>
 *   <li>a draw: "التعادل السلبي", "تعادلا بهدف".</li>
 * </ul>
 * Patterns run on the text after {@link ArabicText#normalize} (hamzas, ة, Eastern digits), so
 * "٢-١" and "بهدفين" typed any way match. A figure pair alone may be a range ("3-4 أيام"): callers
 * ask for result words or the sides next to it. Stateless and thread-safe.
 */
public final class ScoreLines {
    private static final String COUNT_NOUN = "(?:ثناءيه|ثلاثيه|رباعيه|خماسيه|سداسيه|سباعيه|ثمانيه|تساعيه)";
    private static final String COUNT_ADJECTIVE = "(?:ثناءي|ثلاثي|رباعي|خماسي|سداسي|سباعي)";
    private static final String NUMBER_WORD = "(?:ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|[0-9]{1,2})";
    private static final String AFTER_GOALS = "(?:نظيف\\S*|مقابل|دون|لمثل\\S*|لهدف|وحيد)";
    private static final Pattern SCORE = Pattern.compile(String.join("|",
            "(?<![0-9.,/:\\-])[0-9]{1,3}\\s*[-–—]\\s*[0-9]{1,3}(?![0-9.,/%]|\\s*[-–—]\\s*[0-9])",
            "(?<![0-9.,/:\\-])[0-9]\\s*:\\s*[0-9](?![0-9.,/:%])",
            "(?<![0-9.,/:\\-])[0-9]{1,2}\\s*[-–—]\\s*صفر|(?<!\\S)صفر\\s*[-–—]\\s*[0-9]{1,2}(?![0-9])",
            "(?<!\\S)ب?(?:هدف|هدفين)\\s+" + AFTER_GOALS,
            "(?<!\\S)ب?" + NUMBER_WORD + "\\s+اهداف\\s+" + AFTER_GOALS,
            "(?<!\\S)ب" + COUNT_NOUN + "(?!\\S)",
            "(?<!\\S)" + COUNT_NOUN + "\\s+(?:نظيف\\S*|مقابل)",
            "(?<!\\S)(?:ب|ال)?(?:فوز|انتصار)\\s+(?:ال)?" + COUNT_ADJECTIVE + "(?!\\S)",
            "(?<!\\S)(?:ال|ب|بال)?تعادل\\s+(?:ال)?سلبي",
            "(?<!\\S)(?:ال)?تعادل\\S*\\s+ب(?:هدف|هدفين|" + NUMBER_WORD + "\\s+اهداف)",
            "(?<!\\S)بنتيجه\\s+[0-9]"));

    private ScoreLines() {
    }

    /**
     * Words one of {@link #SCORE}'s forms in words holds (normalized): a text with none of them, and
     * no figure before a dash or a colon, states no score, and the pattern is not run over it.
     */
    private static final List<String> SCORE_WORDS = List.of("هدف", "اهداف", "صفر", "فوز", "انتصار", "تعادل",
            "ثناءي", "ثلاثي", "رباعي", "خماسي", "سداسي", "سباعي", "ثمانيه", "تساعيه", "بنتيجه");

    /** Whether {@code text} states a score. */
    public static boolean in(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = ArabicText.normalize(text);
        return mayHold(normalized) && SCORE.matcher(normalized).find();
    }

    /** Whether a normalized text holds a figure before a dash or a colon, or a word of a score in words. */
    private static boolean mayHold(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            if (!isDigit(normalized.charAt(i))) continue;
            int j = i + 1;
            while (j < normalized.length() && (isDigit(normalized.charAt(j)) || Character.isWhitespace(normalized.charAt(j)))) j++;
            if (j < normalized.length() && "-–—:".indexOf(normalized.charAt(j)) >= 0) return true;
            i = j;
        }
        for (String word : SCORE_WORDS) {
            if (normalized.contains(word)) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
