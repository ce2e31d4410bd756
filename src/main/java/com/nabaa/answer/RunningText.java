package com.nabaa.answer;

import com.nabaa.text.ArabicText;
import com.nabaa.text.Datelines;
import com.nabaa.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a passage that belong to the article's running text, the only ones a summary or
 * a direct answer may quote. The index joins an article's short paragraphs into one passage without
 * line breaks, so what a page prints around the story reaches the summarizer as "sentences" too:
 *
 * <ul>
 *   <li>a link list ("اقرأ أيضاً: …", "شاهد أيضا", "للمزيد - …", "اقرأ المزيد"): its headlines, glued
 *       together, read as one long sentence that repeats the question's words and answers nothing;</li>
 *   <li>credits and captions: "*نقلاً عن الرياضية السعودية", "فرانس24/ أ ف ب", "صورة أرشيفية",
 *       "مصدر الصورة", "تصوير: …", "(رويترز)" alone;</li>
 *   <li>the site's own lines: "يمكنكم استلام إشعارات…" (BBC), "** جميع المقالات المنشورة تمثل رأي
 *       كتابها فقط" (Al Arabiya), "التوقيت: غرينتش + 3 ساعات", rules of dashes or ×××;</li>
 *   <li>sub-headings and list items ("1-لوكا مودريتش", "الافتتاح: 2018", "أزمة كوريا الشمالية في
 *       سطور"): fewer than {@value #MIN_WORDS} words, or at most {@value #HEADING_WORDS} without a final
 *       stop; and a short run of sub-headings glued into one line, whose first word comes back
 *       ("الجزء الاول الجزء التاني.", "الحلقة 1 الحلقة 2").</li>
 * </ul>
 *
 * CNN's dateline ("دبي، الإمارات العربية المتحدة (CNN)-- …") is not the sentence: it is cut off, and
 * where it was glued after the article's teaser, the teaser and the sentence are split there ({@link
 * Datelines}; an index written since schema 7 holds no datelines).
 * Patterns run on {@link ArabicText#normalize}d text. Stateless and thread-safe.
 */
final class RunningText {
    /** Fewer words than this is a heading, a list item or a credit, not a sentence of the story. */
    static final int MIN_WORDS = 3;
    /** A line this short without a final stop is a sub-heading or a headline. */
    static final int HEADING_WORDS = 8;

    private static final Pattern NOT_PROSE = Pattern.compile("^[\\s*\"«(\\-–—•]*(?:"
            + "(?:ا|و)?قرا\\s+(?:ايضا|كذلك|المزيد)|شاهد\\s+(?:ايضا|المزيد|الفيديو)|طالع\\s+ايضا|للمزيد|المزيد\\s*[:\\-–]"
            + "|مواضيع\\s+ذات\\s+صله|اخبار\\s+ذات\\s+صله"
            + "|نقلا\\s+عن|فرانس\\s*24\\s*/|صوره\\s+ارشيفيه|مصدر\\s+الصوره|حقوق\\s+الصوره|تعليق\\s+علي\\s+الصوره"
            + "|getty\\s+images|image\\s+caption|تصوير\\s*[:/]"
            + "|يمكنكم\\s+(?:استلام|تسلم)|جميع\\s+المقالات\\s+المنشوره|التوقيت\\s*:"
            + ")", Pattern.CASE_INSENSITIVE);
    /** A wire service's name alone, in brackets or not: "(رويترز)", "أ ف ب", "(AFP)". */
    private static final Pattern AGENCY_ALONE = Pattern.compile(
            "^[\\s(\\-–—]*(?:رويترز|ا\\s*ف\\s*ب|اف\\s*ب|الاناضول|reuters|afp|ap)[\\s).\\-–—]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String STOPS = ".!?؟…";
    private static final String CLOSERS = "»\"”’')]";

    private RunningText() {
    }

    /**
     * A figure typed against the word it counts ("لقي 14شخصا مصرعهم"): the sentence is shown, and
     * quoted, with a space between them. Not a unit's or an era's letters (1917م، 200كم، 1440هـ): a
     * word of three letters or more.
     */
    private static final Pattern DIGIT_THEN_LETTER = Pattern.compile("(?<=[0-9\u0660-\u0669])(?=[\u0621-\u064A]{3})");

    /** {@link #DIGIT_THEN_LETTER} applied, read first without the pattern: most sentences have no figure against a letter. */
    private static String spaced(String sentence) {
        for (int i = 0; i + 1 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            char next = sentence.charAt(i + 1);
            if ((c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669') && next >= '\u0621' && next <= '\u064A') {
                return DIGIT_THEN_LETTER.matcher(sentence).replaceAll(" ");
            }
        }
        return sentence;
    }

    /** The running-text sentences of {@code passage}, in reading order, datelines cut off. */
    static List<String> sentences(String passage) {
        List<String> out = new ArrayList<>();
        for (String s : SentenceSplitter.split(passage)) {
            for (String part : Datelines.cut(s)) {
                if (isProse(part)) out.add(spaced(part));
            }
        }
        return out;
    }

    /** Whether {@code sentence} is a sentence of the story, not a link, a credit, a caption or a heading. */
    static boolean isProse(String sentence) {
        String text = ArabicText.normalize(sentence).strip();
        if (NOT_PROSE.matcher(text).find() || AGENCY_ALONE.matcher(text).matches()) return false;
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) return false;
        if (headlinesRun(text, words)) return false;
        if (words.size() > HEADING_WORDS) return true;
        return endsWithStop(text) && !words.subList(1, words.size()).contains(words.get(0));
    }

    /**
     * Whether a line without a final stop is headlines of related stories run together, the first
     * word of the first coming back to open the next: "وفاة الروائية البريطانية دوريس ليسنغ الفائزة
     * بنوبل عن 94 عاما وفاة الكاتبة المتوجة بجائزة نوبل للآداب نادين غورديمر" (BBC's links at the foot
     * of an obituary, glued by the index into one line): at most {@value #HEADLINE_RUN_WORDS} words
     * ending in a letter or a digit, opening with a word of three letters or more. A sentence of the
     * story that repeats its first word has a stop or a comma at its end, opens with a particle (في
     * عام … في), or its word comes back with a prefix (قال … وقال).
     */
    private static boolean headlinesRun(String text, List<String> words) {
        String first = words.get(0);
        char last = text.charAt(text.length() - 1);
        return words.size() > HEADLINE_RUN_GAP && words.size() <= HEADLINE_RUN_WORDS && first.length() >= 3
                && Character.isLetterOrDigit(last) && words.subList(HEADLINE_RUN_GAP, words.size()).contains(first);
    }

    /** The next headline opens at least this many words after the first one does. */
    static final int HEADLINE_RUN_GAP = 4;
    /** Two or three headlines run together are at most this long; a run-on sentence may be longer. */
    static final int HEADLINE_RUN_WORDS = 30;


    /**
     * Whether {@code sentence} reads as a headline rather than a sentence: {@value #HEADLINE_WORDS}
     * words or fewer and no final stop ("كرواتيا تهزم إنجلترا 2-1 وتتأهل لنهائي كأس العالم 2018", a
     * link to another story at the foot of an article). A summary may still list it; it is no direct
     * answer, which must be a sentence the article tells.
     */
    static boolean readsAsHeadline(String sentence) {
        String text = ArabicText.normalize(sentence).strip();
        return words(text).size() <= HEADLINE_WORDS && !endsWithStop(text);
    }

    /** A line without a final stop and this short reads as a headline ({@link #readsAsHeadline}). */
    static final int HEADLINE_WORDS = 14;

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean endsWithStop(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || CLOSERS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && STOPS.indexOf(text.charAt(end - 1)) >= 0;
    }
}
