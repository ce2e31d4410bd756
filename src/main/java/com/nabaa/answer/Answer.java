package com.nabaa.answer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Nabaa answers to a question, free of any presentation (Telegram or text).
 *
 * @param question     the question as asked
 * @param askedAt      the clock the answer was made against (ages such as "منذ ساعتين" count from it)
 * @param stories      the best stories, best first; empty when no article answers
 * @param directAnswer one sentence that clearly answers, when there is one
 * @param suggestion   a corrected spelling of the question when one of its first words is unknown to
 *                     the index and a close indexed word exists
 * @param related      when nothing answers: the latest headlines related to the question
 */
public record Answer(String question, ZonedDateTime askedAt, List<Story> stories, Optional<String> directAnswer,
                     Optional<String> suggestion, List<SourceLink> related) {
    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(askedAt, "askedAt");
        stories = List.copyOf(stories);
        Objects.requireNonNull(directAnswer, "directAnswer");
        Objects.requireNonNull(suggestion, "suggestion");
        related = List.copyOf(related);
    }

    /** True when no article answers the question. */
    public boolean noAnswer() {
        return stories.isEmpty();
    }
}
