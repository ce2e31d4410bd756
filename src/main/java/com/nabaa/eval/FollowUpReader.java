package com.nabaa.eval;

import java.time.ZonedDateTime;

/**
 * How the conversation reads a follow-up after an answer: the evaluation replays the reader set's
 * follow-ups through it, so they are asked as a chat asks them ({@code app} hands in the
 * conversation's own reading).
 */
public interface FollowUpReader {
    /** Whether {@code text} points back at the last answer rather than asking a question of its own. */
    boolean pointsBack(String text, ZonedDateTime now);

    /** The question asked for a follow-up about {@code topic}, the last answer's topic words. */
    String about(String topic, String text);
}
