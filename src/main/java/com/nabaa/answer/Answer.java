package com.nabaa.answer;

import java.util.List;
import java.util.Objects;

/**
 * What Nabaa answers to a question, free of any presentation (Telegram or text).
 *
 * @param question the question as asked
 * @param stories  the best stories, best first; empty when nothing answers
 */
public record Answer(String question, List<Story> stories) {
    public Answer {
        Objects.requireNonNull(question, "question");
        stories = List.copyOf(stories);
    }

    /** True when no article answers the question. */
    public boolean noAnswer() {
        return stories.isEmpty();
    }
}
