package com.nabaa.eval;

import com.nabaa.answer.Answers;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * How the conversation reads a follow-up after an answer: the evaluation replays the reader set's
 * follow-ups through it, so they are asked as a chat asks them ({@code app} hands in the
 * conversation's own reading).
 */
public interface FollowUpReader {
    /** Whether {@code text} points back at the last answer rather than asking a question of its own. */
    boolean pointsBack(String text, ZonedDateTime now);

    /** The question asked for a follow-up about {@code topic}, the last answer's topic words. */
    String about(String topic, String text, ZonedDateTime now);

    /**
     * The question a message asks when it goes on from the last answer in words of its own ("وشو اسم
     * الرواية؟"), or empty for a question of its own: {@code lead} are the articles of the last
     * answer's first story, {@code shown} those of all its stories.
     */
    Optional<String> goingOn(Answers answers, String topic, Set<String> lead, Set<String> shown, String text,
                             ZonedDateTime now);
}
