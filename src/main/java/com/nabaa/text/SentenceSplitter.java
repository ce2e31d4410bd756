package com.nabaa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Arabic and English news prose into sentences, keeping each sentence's terminal
 * punctuation (and a closing quote or bracket right after it).
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A line break always ends a sentence; blank pieces are dropped, sentences are stripped.
 *   <li>A sentence ends after {@code . ! ? ؟} or the Arabic semicolon {@code ؛}, or a run of them
 *       ({@code ؟!}), when whitespace or the end of text follows. So 3.5, bbc.com, a?b=1 and e-mail
 *       addresses never split. The Arabic comma {@code ،} never ends a sentence: news prose chains
 *       whole clauses with it, and splitting there leaves fragments. ١٫٥ uses the Arabic decimal
 *       separator and never splits either. The Latin {@code ;} does not split.
 *   <li>An ellipsis ({@code …} or two or more dots) does not end a sentence: news uses it for
 *       elided quotation inside sentences.
 *   <li>A period does not end a sentence after an abbreviation: a single letter (J., د., أ.), dotted
 *       initials (U.S., أ.د., ا.ف.ب.), a listed title or short form (Mr., Dr., Prof., Gen., Inc.,
 *       Jan., e.g., ...), or a list number at the start of a line (1.).
 *   <li>Inside a short quotation or bracket ({@code «»}, {@code “”}, {@code ""}, {@code ()}, at most
 *       {@value #SHORT_QUOTE} characters on one line) nothing splits; if the quotation itself ends
 *       with a terminator, the sentence ends after the closing quote unless a lowercase Latin
 *       word follows ({@code "Stop." he said}). Longer quotations are split like prose.
 * </ol>
 */
public final class SentenceSplitter {
    static final int SHORT_QUOTE = 200;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cpt",
            "gov", "sen", "rep", "rev", "pres", "inc", "ltd", "co", "corp", "vs", "no", "nos", "approx",
            "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "e.g", "i.e", "mt", "ft", "est", "dept", "univ");

    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int n = paragraph.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = paragraph.charAt(i);
            if (isLineBreak(c)) {
                add(out, paragraph, start, i);
                start = ++i;
                continue;
            }
            int close = closingQuote(paragraph, i);
            if (close > 0) {
                i = close + 1;
                if (endsWithTerminator(paragraph, close) && startsNewSentence(paragraph, i)) {
                    add(out, paragraph, start, i);
                    start = i;
                }
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminator(paragraph.charAt(end))) {
                end++;
            }
            boolean ellipsis = c == '…' || paragraph.startsWith("..", i);
            boolean abbreviation = c == '.' && end == i + 1 && isAbbreviation(paragraph, start, i);
            while (end < n && isCloser(paragraph.charAt(end))) {
                end++;
            }
            if (!ellipsis && !abbreviation && (end == n || Character.isWhitespace(paragraph.charAt(end)))) {
                add(out, paragraph, start, end);
                start = end;
            }
            i = end;
        }
        add(out, paragraph, start, n);
        return out;
    }

    /** The index of the quote or bracket closing the one opened at {@code open}; -1 if none near. */
    private static int closingQuote(String s, int open) {
        char closer = switch (s.charAt(open)) {
            case '«' -> '»';
            case '“' -> '”';
            case '"' -> '"';
            case '(' -> ')';
            default -> 0;
        };
        if (closer == 0 || (closer == '"' && open > 0 && isWordOrEnd(s.charAt(open - 1)))) {
            return -1; // a straight quote right after a word or terminator closes, it does not open
        }
        int limit = Math.min(s.length(), open + 1 + SHORT_QUOTE);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == closer) {
                return j;
            }
            if (isLineBreak(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean endsWithTerminator(String s, int close) {
        int j = close - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
            j--;
        }
        return j >= 0 && isTerminator(s.charAt(j)) && !s.startsWith("..", j - 1) && s.charAt(j) != '…';
    }

    private static boolean startsNewSentence(String s, int from) {
        if (from < s.length() && !Character.isWhitespace(s.charAt(from))) {
            return false;
        }
        int j = from;
        while (j < s.length() && Character.isWhitespace(s.charAt(j)) && !isLineBreak(s.charAt(j))) {
            j++;
        }
        if (j == s.length() || isLineBreak(s.charAt(j))) {
            return true;
        }
        char next = s.charAt(j);
        return !(Character.isLowerCase(next) && Character.UnicodeScript.of(next) == Character.UnicodeScript.LATIN);
    }

    /** Whether the word before the period at {@code dot} is an abbreviation or a list number. */
    private static boolean isAbbreviation(String s, int sentenceStart, int dot) {
        int from = dot;
        while (from > sentenceStart && !Character.isWhitespace(s.charAt(from - 1)) && !isOpener(s.charAt(from - 1))) {
            from--;
        }
        String word = s.substring(from, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (isInitials(word)) {
            return true;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return s.substring(sentenceStart, from).isBlank();
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A single letter, or letters each followed by a dot: J, د, U.S, أ.د, ا.ف.ب. */
    private static boolean isInitials(String word) {
        for (int k = 0; k < word.length(); k += 2) {
            if (!Character.isLetter(word.charAt(k)) || (k + 1 < word.length() && word.charAt(k + 1) != '.')) {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    private static boolean isWordOrEnd(char c) {
        return Character.isLetterOrDigit(c) || isTerminator(c);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '\'' || c == ')' || c == '’';
    }

    private static boolean isOpener(char c) {
        return c == '«' || c == '“' || c == '"' || c == '(' || c == '\'';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static void add(List<String> out, String s, int start, int end) {
        String sentence = s.substring(start, end).strip();
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
    }
}
