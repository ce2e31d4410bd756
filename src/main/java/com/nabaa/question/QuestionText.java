package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.END;
import static com.nabaa.question.DatePhraseRule.START;

import com.nabaa.text.ArabicText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a question asks about, without the asking: question words and fillers of MSA, Egyptian,
 * Levantine and Gulf Arabic and of English are dropped ({@link #stripFillers}), and questions that
 * want the newest news are recognized ({@link #asksForLatest}).
 *
 * <p>Words are compared after {@link ArabicText#normalize} and lower-casing; a filler with an
 * attached و (ومين، وليه) is a filler too. Date phrases are not fillers: remove them with
 * {@link DatePhraseMatch#removeFrom} first. Stateless and thread-safe.
 */
final class QuestionText {
    /** Single-word fillers, as normalized. */
    private static final Set<String> FILLERS = normalized(
            "ماذا بماذا فماذا وماذا مالذي ماالذي ماسم ما ماهو ماهي هو هي هل متي اين من لماذا كيف كم ايه ليه فين مين ازاي امتي اللي الي ده دي دا دول"
                    + " حصل بيحصل يحصل حدث يحدث شو وش ليش وين شلون ايش اش قولي قوللي قلي عرفني عايز عاوز عايزه عاوزه"
                    + " اعرف بدي اريد ياريت رجاء اخبار الاخبار خبر اخر احدث عن بخصوص بشان هيتم هتتم بيتم بتتم"
                    + " عاجل عاجله العاجله ابعتلي ابعتلنا ابعت هاتلي جيبلي وريني اديني ابغي ابغا قديش قديه قداش بكام كام"
                    + " what what's whats who who's whom when where why how which please pls tell me happened"
                    + " happening news latest breaking about regarding");
    /** Fillers of several words, each as normalized words joined by one space. */
    private static final Set<String> PHRASES = normalized(List.of(
            "قل لي", "قول لي", "ممكن تقولي", "ممكن تقول لي", "ممكن تعرفني", "يا ريت", "لو سمحت", "لو سمحتي",
            "من فضلك", "اريد ان اعرف", "ايه الجديد", "شو الجديد", "ايش الجديد", "وش الجديد",
            // "What happened" in Levantine and Gulf Arabic: صار alone is a content word (صار رئيسا).
            "شو صار", "وش صار", "ايش صار", "اش صار", "شلون صار", "شو اللي صار", "وش اللي صار", "ايش اللي صار",
            "شو عم يصير", "شو بيصير", "ايش بيصير", "وش يصير", "ليش صار", "ليش صارت", "كيف صار", "كيف صارت",
            "ابي اعرف", "ابغي اعرف", "ابغا اعرف",
            // "What's the story": القصة alone is a content word (قصة الببغاء).
            "شو القصه", "ايه القصه", "ايه الحكايه", "شو السالفه", "وش السالفه", "ايش السالفه",
            "any news", "what is", "what are", "what was", "can you tell", "could you tell", "i want to know",
            "let me know", "going on", "what's new", "whats new", "is there"));
    /** Function words trimmed from the ends of what remains (kept inside: "قمة في ألاسكا"). */
    private static final Set<String> EDGE = normalized(
            "في على الي من و عن مع ل the a an of on in to for with is are was were did do does any there");
    private static final int LONGEST_PHRASE = 4;
    static final int BARE_TOPIC_WORDS = 3;
    private static final String PUNCTUATION = "?؟!.,،:;؛\"'«»()[]{}…-";

    private static final Pattern LATEST = Pattern.compile(START + "(?:"
            + String.join("|", "اخر\\s+(?:ال)?(?:اخبار|مستجدات|تطورات|خبر|الاحداث)", "(?:ال)?احدث", "(?:ال)?مستجدات",
                    "(?:ايه|شو|ايش|وش)\\s+الجديد", "(?:ال)?عاجله?",
                    "^\\s*(?:(?:ايه|شو|ايش|وش|ما|ماهي|عايز|عاوز|ابغي|بدي)\\s+)?(?:(?:هي|اعرف)\\s+)?(?:ال)?اخبار", "الان", "دلوقتي", "دلوقت", "حاليا", "هلق",
                    "الحين", "هالحين", "حتي\\s+اللحظه", "latest", "breaking", "now", "currently", "recent(?:ly)?",
                    "what'?s\\s+new", "just\\s+in", "updates?", "developing")
            + ")" + END);

    private QuestionText() {
    }

    /**
     * The content words of {@code question} in their order and original spelling, edge
     * punctuation removed, joined by single spaces; names and numbers are kept.
     */
    public static String stripFillers(String question) {
        Objects.requireNonNull(question, "question");
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String token : question.strip().split("\\s+")) {
            String word = trimPunctuation(token);
            if (!word.isEmpty()) {
                words.add(word);
                keys.add(key(word));
            }
        }
        List<String> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int phrase = phraseLength(keys, i);
            if (phrase > 0) {
                i += phrase;
            } else if (isFiller(keys.get(i))) {
                i++;
            } else {
                kept.add(words.get(i));
                keptKeys.add(keys.get(i++));
            }
        }
        int from = 0;
        int to = kept.size();
        while (from < to && EDGE.contains(keptKeys.get(from))) {
            from++;
        }
        while (to > from && EDGE.contains(keptKeys.get(to - 1))) {
            to--;
        }
        return String.join(" ", kept.subList(from, to));
    }

    /**
     * True when the reader wants the newest news: "آخر الأخبار", "أخبار مصر", "ايه الجديد", "أحدث", "عاجل",
     * "دلوقتي", "الآن", "latest", "breaking", "now". "اليوم"/"today" is a date phrase, not this.
     */
    public static boolean asksForLatest(String question) {
        Objects.requireNonNull(question, "question");
        return LATEST.matcher(QuestionTextView.of(question).text()).find();
    }

    /**
     * True when the question only names a topic, the way one types into a news search box ("ترامب",
     * "سد النهضة", "الحوثيين الحديدة"): at most {@value #BARE_TOPIC_WORDS} words, no question word
     * or filler, no question mark. A reader who names a topic wants its newest stories.
     */
    public static boolean isBareTopic(String question) {
        Objects.requireNonNull(question, "question");
        if (question.indexOf('?') >= 0 || question.indexOf('؟') >= 0) return false;
        String[] words = question.strip().split("\\s+");
        if (question.isBlank() || words.length > BARE_TOPIC_WORDS) return false;
        String kept = stripFillers(question);
        return !kept.isEmpty() && kept.split("\\s+").length == words.length;
    }

    private static int phraseLength(List<String> keys, int start) {
        for (int length = Math.min(LONGEST_PHRASE, keys.size() - start); length >= 2; length--) {
            if (PHRASES.contains(String.join(" ", keys.subList(start, start + length)))) {
                return length;
            }
        }
        return 0;
    }

    private static boolean isFiller(String key) {
        return FILLERS.contains(key) || key.length() > 2 && key.charAt(0) == 'و' && FILLERS.contains(key.substring(1));
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static String key(String word) {
        return ArabicText.normalize(word).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Set<String> normalized(String spaceSeparated) {
        return normalized(Arrays.asList(spaceSeparated.split(" ")));
    }

    private static Set<String> normalized(List<String> entries) {
        return entries.stream().map(QuestionText::key).collect(Collectors.toUnmodifiableSet());
    }
}
