package com.nabaa.conversation;

import java.util.List;
import java.util.Optional;

/** "🔔 Follow this topic" under an answer: the chat follows the answer's topic words, at once. */
final class FollowTopicButton {
    private final FollowCommand follow;
    private final AdminGate gate;

    FollowTopicButton(FollowCommand follow, AdminGate gate) {
        this.follow = follow;
        this.gate = gate;
    }

    List<Outgoing> handle(Presses.Pressed p) {
        Turn turn = p.turn();
        if (p.page().topic().isBlank()) return Presses.notice(turn.texts().forged());
        if (!gate.mayChange(turn)) return AdminGate.refusedPress(turn);
        String said = follow.follow(turn, p.page().topic());
        return List.of(new Outgoing.Notice(Optional.of(UnfollowButton.clip(said)), false));
    }
}
