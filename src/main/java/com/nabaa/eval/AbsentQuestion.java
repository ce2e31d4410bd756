package com.nabaa.eval;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A question of the reader set about a topic the corpus does not hold (an event after 2018, an
 * invented place, a local fact no outlet reported), written in the same styles as the answerable
 * ones: any story given in answer is wrong.
 */
record AbsentQuestion(String id, String slice, String text, ZonedDateTime now) {
    AbsentQuestion {
        ReaderQuestion.requireText(id, "id");
        ReaderQuestion.requireText(slice, "slice");
        ReaderQuestion.requireText(text, "question");
        Objects.requireNonNull(now, "now");
    }

    /** The held-out fifth, chosen by id. */
    boolean heldOut() {
        return Math.floorMod(id.hashCode(), 5) == 0;
    }
}
