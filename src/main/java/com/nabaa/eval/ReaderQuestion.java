package com.nabaa.eval;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question of the reader set, as a reader wrote it, with the clock it was asked at and every
 * corpus article that answers it.
 *
 * @param id       unique within the set
 * @param story    the news story it asks about: questions about one story share it, and the held-out
 *                 fifth is chosen by it, so no story has questions on both sides
 * @param slice    the style it is written in (egyptian, english, relative-date, follow-up, …)
 * @param text     the question
 * @param now      the reader's clock: date phrases count from it, and no article published after it
 *                 is relevant
 * @param relevant the ids of every article that answers it, from every outlet that carried the story
 * @param answers  short gold answers (a name, a number, a score), any of which a direct answer must
 *                 contain to be right; empty when the question has none
 * @param context  for a follow-up, the question the chat asked just before it
 */
record ReaderQuestion(String id, String story, String slice, String text, ZonedDateTime now, Set<String> relevant,
                      List<String> answers, Optional<String> context) {
    ReaderQuestion {
        requireText(id, "id");
        requireText(story, "story");
        requireText(slice, "slice");
        requireText(text, "question");
        Objects.requireNonNull(now, "now");
        relevant = Set.copyOf(relevant);
        if (relevant.isEmpty()) throw new IllegalArgumentException("question " + id + " names no relevant article");
        answers = List.copyOf(answers);
        if (answers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("question " + id + " has a blank gold answer");
        }
        Objects.requireNonNull(context, "context");
    }

    /** The held-out fifth, never looked at while tuning: chosen by story, as {@link QaSet} chooses by paragraph. */
    boolean heldOut() {
        return Math.floorMod(story.hashCode(), 5) == 0;
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("missing " + name);
    }
}
