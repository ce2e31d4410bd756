package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.END;
import static com.nabaa.question.DatePhraseRule.START;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways a reader asks for what is true now rather than what was ever said:
 * <ul>
 *   <li>"what is new" in any dialect (ما الجديد في اليمن؟، ما هو الجديد، هل من جديد، شنو الجديد، واش
 *       كاين شي جديد): the words are the asking, not the topic, and are cut from the question;</li>
 *   <li>a value that changes, a price or a rate (قديش سعر برميل النفط برنت؟، الدولار بكام، price of
 *       gold), unless the question puts it in the past (كم كان سعر…، what was the price…). Not
 *       بكم: in MSA it asks "by how much" (بكم يقدر عدد سكان العراق؟).</li>
 * </ul>
 * Patterns run on {@link QuestionTextView#text()} (normalized, lower case). Stateless, thread-safe.
 */
final class NewsIntent {
    private static final Pattern WHATS_NEW = Pattern.compile(START + "(?:"
            + "(?:ما|ماذا|ماهو|ماهي|ايه|اي|شو|ايش|اش|وش|شنو|شنوه|شنوا|واش|هل\\s+من|هل\\s+هناك|هل\\s+يوجد|هل\\s+في"
            + "|فيه|فيش)\\s+(?:(?:هو|هي|كاين|كاينه|فيه|في)\\s+)?(?:شي\\s+|اي\\s+)?(?:ال)?جديد"
            + "|^\\s*(?:ال)?جديد(?=\\s+(?:في|عن|بخصوص|بشان))"
            + ")" + END);
    private static final Pattern CHANGING_VALUE = Pattern.compile(START + "(?:"
            + "[وف]?(?:بال|لل|ال|ب|ل)?(?:سعر|اسعار|تسعيره)|بكام|prices?|rates?|how\\s+much|costs?"
            + ")" + END);
    /**
     * A running count asked as it stands: how many, this season, this year or so far ("كم هدف سجل
     * صلاح هذا الموسم؟"، "كم عدد الحجاج هالسنة؟"، "how many goals so far"): last month's figure is
     * not the answer.
     */
    private static final Pattern RUNNING_COUNT = Pattern.compile(START + "(?:كم|قديش|قداش|شحال|كام|how\\s+many)" + END
            + ".*" + START + "(?:هذا\\s+الموسم|هالموسم|الموسم\\s+الحالي|حتي\\s+الان|لحد\\s+الان|لحد\\s+دلوقتي|لغايه\\s+دلوقتي"
            + "|للحين|this\\s+season|so\\s+far"
            // the year still running: "كم عدد الحجاج هالسنة؟" asks the newest total
            + "|هذا\\s+العام|هذه\\s+السنه|هالسنه|هالعام|السنه\\s+دي|العام\\s+الحالي|السنه\\s+الحاليه|this\\s+year)" + END);
    private static final Pattern IN_THE_PAST = Pattern.compile(START + "(?:كان|كانت|كانوا|was|were|did|used\\s+to)" + END);

    private NewsIntent() {
    }

    /**
     * {@code question} without its "what is new" words, when it asks that ("ما الجديد في اليمن؟" →
     * "في اليمن؟"); empty when it does not.
     */
    static Optional<String> withoutWhatsNew(String question) {
        Objects.requireNonNull(question, "question");
        QuestionTextView view = QuestionTextView.of(question);
        Matcher m = WHATS_NEW.matcher(view.text());
        if (!m.find()) return Optional.empty();
        String cut = question.substring(0, view.originalStart(m.start())) + " "
                + question.substring(view.originalEnd(m.end()));
        return Optional.of(cut.strip().replaceAll("\\s{2,}", " "));
    }

    /** Whether the question asks for a price, a rate or a running count as it stands, not as it was. */
    static boolean asksChangingValue(String question) {
        Objects.requireNonNull(question, "question");
        String text = QuestionTextView.of(question).text();
        return (CHANGING_VALUE.matcher(text).find() || RUNNING_COUNT.matcher(text).find()) && !IN_THE_PAST.matcher(text).find();
    }
}
