package com.nabaa.text;

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

    /** Whether {@code text} states a score. */
    public static boolean in(String text) {
        Objects.requireNonNull(text, "text");
        return SCORE.matcher(ArabicText.normalize(text)).find();
    }
}
