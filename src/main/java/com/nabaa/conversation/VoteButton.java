package com.nabaa.conversation;

import com.nabaa.store.Feedback;
import com.nabaa.store.FeedbackStore;
import java.time.Clock;
import java.util.List;

/** 👍 / 👎 under an answer: stored with the page, chat, reader and time; a second vote replaces the first. */
final class VoteButton {
    private final FeedbackStore feedback;
    private final Clock clock;

    VoteButton(FeedbackStore feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    List<Outgoing> handle(Presses.Pressed p, boolean helpful) {
        feedback.vote(new Feedback(p.pageId(), p.turn().chat().id(), p.press().from().id(), helpful ? 1 : -1,
                p.page().query(), p.page().stories(), clock.instant()));
        return Presses.notice(p.turn().texts().thanks());
    }
}
