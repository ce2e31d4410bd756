package com.nabaa.question;

import java.util.List;
import java.util.Objects;

/**
 * A question about a result: who won, and by what score ("نتيجة مباراة السعودية وروسيا"، "مين كسب
 * كاس العالم 2018؟"، "من فاز بـ…"، "who won …"). Such a question is answered by a story that names
 * both sides and reports the result, and its score line is the direct answer.
 *
 * @param sides       the two sides the reader names (teams, candidates), each as typed, in the
 *                    question's order; empty when the question names none ("مين كسب كاس العالم")
 * @param askingWords the words of {@link Question#searchText()} that ask for the result (نتيجة،
 *                    مباراة، فاز) rather than name what it is about: any word news reports a result
 *                    with ({@link #RESULT_WORDS}) answers them
 * @param topic       the other words of the search text, what the result is of ("السعودية وروسيا"،
 *                    "كاس العالم 2018"); blank when the question names nothing ("مين كسب الماتش؟")
 */
public record ResultQuestion(List<String> sides, List<String> askingWords, String topic) {
    /**
     * The words news prose reports a result with, one of each family (the analysis makes their
     * other forms the same term: فاز، يفوز، الفائز; توجت، تتويج; خسرت، خسارة، خسائر; نتيجة، نتائج).
     * A second form of one family would be searched twice, and weigh twice.
     */
    public static final List<String> RESULT_WORDS = List.of("فوز", "تتويج", "بطل", "لقب", "تغلب", "هزيمة", "خسارة",
            "انتصار", "حسم", "تعادل", "نتيجة");

    public ResultQuestion {
        sides = List.copyOf(sides);
        askingWords = List.copyOf(askingWords);
        Objects.requireNonNull(topic, "topic");
        if (sides.size() == 1 || sides.size() > 2) throw new IllegalArgumentException("two sides or none: " + sides);
        sides.forEach(s -> Objects.requireNonNull(s, "side"));
    }

    /**
     * Whether the reader asks who won ("من فاز بجائزة كتارا؟"، "who won the Ballon d'Or"), not how a
     * match or an election came out ("نتائج الانتخابات"، "نتيجة الماتش").
     */
    public boolean asksWhoWon() {
        return askingWords.stream().anyMatch(ResultQuestions::asksWhoWon);
    }

    /** Whether the reader names two sides, both of which an answer must name. */
    public boolean hasSides() {
        return !sides.isEmpty();
    }
}
