package com.nabaa.conversation;

import com.nabaa.question.FollowUps;
import java.time.ZonedDateTime;

/**
 * How the conversation reads a short follow-up ("وبعدين؟", "ومين المسؤول؟") sent after an answer:
 * the one place that turns it into the question asked, for the chat and for {@code nabaa eval},
 * which replays the reader set's follow-ups the way a chat would.
 */
public final class FollowUpQuestions {
    private FollowUpQuestions() {
    }

    /** Whether the message points back at the last answer rather than asking a question of its own. */
    public static boolean pointsBack(String text, ZonedDateTime now) {
        return FollowUps.isFollowUp(text, now);
    }

    /**
     * The question asked for a follow-up about {@code topic} (the last answer's topic words): the
     * topic with what the follow-up adds to it ("المسؤول"), and the question mark it asked with;
     * the topic alone when it adds nothing ("وبعدين؟" asks for the topic's newest stories).
     */
    public static String about(String topic, String text) {
        String added = FollowUps.aspects(text);
        if (added.isBlank()) return topic;
        return topic + " " + added + (text.indexOf('?') >= 0 || text.indexOf('؟') >= 0 ? "؟" : "");
    }
}
