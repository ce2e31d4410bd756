package com.nabaa.conversation;

import com.nabaa.admin.Action;
import com.nabaa.admin.Admin;
import com.nabaa.admin.Broadcast;
import com.nabaa.admin.Newsroom;
import com.nabaa.admin.Step;
import java.util.List;
import java.util.Optional;

/**
 * Send or Cancel under an announcement: Send queues it once and turns the preview into its progress
 * message; Cancel drops the draft, or stops the broadcast under way. Only an admin's press counts
 * (a group's other members see the buttons too); a second press of Send sends nothing.
 */
final class AnnouncementButton {
    private final Newsroom newsroom;

    AnnouncementButton(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    List<Outgoing> handle(Turn turn, Incoming.Press press, ButtonData.Announcement pressed) {
        AdminTexts t = AdminTexts.of(turn.language());
        Optional<Admin> admin = newsroom.admin(turn.reader().id(), turn.chat().id(),
                pressed.send() ? Action.ANNOUNCE_SEND : Action.ANNOUNCE_CANCEL);
        if (admin.isEmpty()) return Presses.notice(t.refused());
        Optional<Step> step = pressed.send() ? admin.get().send(pressed.id(), press.messageId())
                : admin.get().cancel(pressed.id(), press.messageId());
        if (step.isEmpty()) return Presses.notice(t.unknownAnnouncement());
        Broadcast b = step.get().broadcast();
        if (!step.get().changed()) {
            boolean sent = b.phase() != Broadcast.Phase.CANCELLED && b.phase() != Broadcast.Phase.DRAFT;
            return Presses.notice(pressed.send() && sent ? t.alreadySent() : t.alreadyOver());
        }
        String said = switch (b.phase()) {
            case SENDING, DONE -> t.sending();
            case STOPPED -> t.stopped();
            case CANCELLED, DRAFT -> t.cancelled();
        };
        return List.of(BroadcastView.progress(b), new Outgoing.Notice(Optional.of(said), false));
    }
}
