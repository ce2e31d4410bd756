package com.nabaa.text;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
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
    /**
     * The forms in figures, which open with a digit: a text with no figure before a dash or a colon
     * holds none, and the pattern is not run over it ({@link #figureBeforeDashOrColon}).
     */
    private static final Pattern IN_FIGURES = Pattern.compile(String.join("|",
            "(?<![0-9.,/:\\-])[0-9]{1,3}\\s*[-–—]\\s*[0-9]{1,3}(?![0-9.,/%]|\\s*[-–—]\\s*[0-9])",
            "(?<![0-9.,/:\\-])[0-9]\\s*:\\s*[0-9](?![0-9.,/:%])",
            "(?<![0-9.,/:\\-])[0-9]{1,2}\\s*[-–—]\\s*صفر"));
    /**
     * The forms that open a word: one test of the word's start for all of them, not one per form at
     * every letter of the text (a long article naming a هدف, an aim, was read a form at a time). A text
     * with none of {@link #SCORE_WORDS} holds none, and the pattern is not run over it.
     */
    private static final Pattern IN_WORDS = Pattern.compile("(?<!\\S)(?:" + String.join("|",
            "صفر\\s*[-–—]\\s*[0-9]{1,2}(?![0-9])",
            "ب?(?:هدف|هدفين)\\s+" + AFTER_GOALS,
            "ب?" + NUMBER_WORD + "\\s+اهداف\\s+" + AFTER_GOALS,
            "ب" + COUNT_NOUN + "(?!\\S)",
            COUNT_NOUN + "\\s+(?:نظيف\\S*|مقابل)",
            "(?:ب|ال)?(?:فوز|انتصار)\\s+(?:ال)?" + COUNT_ADJECTIVE + "(?!\\S)",
            "(?:ال|ب|بال)?تعادل\\s+(?:ال)?سلبي",
            "(?:ال)?تعادل\\S*\\s+ب(?:هدف|هدفين|" + NUMBER_WORD + "\\s+اهداف)",
            "بنتيجه\\s+[0-9]") + ")");

    private ScoreLines() {
    }

    /** Words one of the forms in words holds (normalized), one of them at least. */
    private static final List<String> SCORE_WORDS = List.of("هدف", "اهداف", "صفر", "فوز", "انتصار", "تعادل",
            "ثناءي", "ثلاثي", "رباعي", "خماسي", "سداسي", "سباعي", "ثمانيه", "تساعيه", "بنتيجه");

    /** Whether {@code text} states a score. */
    public static boolean in(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = ArabicText.normalize(text);
        return figureBeforeDashOrColon(normalized) && foundFrom(IN_FIGURES, normalized, ScoreLines::opensFigure)
                || holdsScoreWord(normalized) && foundFrom(IN_WORDS, normalized, ScoreLines::opensWord);
    }

    /**
     * {@code pattern.matcher(text).find()}, tried only where a match may start ({@code opens}): the
     * pattern's own look-behind, tried at every letter of a long article, cost a fifth of a count
     * question's answer. The bounds are transparent, so look-behinds and look-aheads see the whole text.
     */
    private static boolean foundFrom(Pattern pattern, String text, BiPredicate<String, Integer> opens) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
            if (opens.test(text, i) && m.region(i, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** A digit that no digit, point, comma, slash, colon or dash comes before. */
    private static boolean opensFigure(String text, int i) {
        return isDigit(text.charAt(i)) && (i == 0 || "0123456789.,/:-".indexOf(text.charAt(i - 1)) < 0);
    }

    /** The start of the text or a letter after a space ({@code (?<!\S)}: {@code \s} is ASCII white space). */
    private static boolean opensWord(String text, int i) {
        return i == 0 || " \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Whether a normalized text holds a figure before a dash or a colon, spaces between them allowed. */
    private static boolean figureBeforeDashOrColon(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            if (!isDigit(normalized.charAt(i))) continue;
            int j = i + 1;
            while (j < normalized.length() && (isDigit(normalized.charAt(j)) || Character.isWhitespace(normalized.charAt(j)))) j++;
            if (j < normalized.length() && "-–—:".indexOf(normalized.charAt(j)) >= 0) return true;
            i = j;
        }
        return false;
    }

    private static boolean holdsScoreWord(String normalized) {
        for (String word : SCORE_WORDS) {
            if (normalized.contains(word)) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
