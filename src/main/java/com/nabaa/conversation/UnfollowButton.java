package com.nabaa.conversation;

import com.nabaa.push.Subscriptions;
import com.nabaa.push.Topic;
import java.util.List;
import java.util.Optional;

/**
 * An unfollow button (/following) drops its topic, and the list shows what is left; the
 * "stop following all" button (/unsubscribe) drops every topic. A topic of another chat is never
 * touched: it is not found among this chat's.
 */
final class UnfollowButton {
    private final Subscriptions subscriptions;
    private final AdminGate gate;

    UnfollowButton(Subscriptions subscriptions, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.gate = gate;
    }

    List<Outgoing> one(Turn turn, Incoming.Press press, long topicId) {
        if (!gate.mayChange(turn)) return AdminGate.refusedPress(turn);
        long chat = turn.chat().id();
        Optional<Topic> removed = subscriptions.unfollow(chat, topicId);
        List<Topic> left = subscriptions.topics(chat);
        String notice = removed.map(t -> clip(turn.alertTexts().unfollowed(t.typed()))).orElse(turn.texts().stale());
        return List.of(new Outgoing.Edit(chat, press.messageId(), TopicList.body(turn, left), TopicList.buttons(turn, left),
                false, Optional.empty()), new Outgoing.Notice(Optional.of(notice), false));
    }

    List<Outgoing> all(Turn turn, Incoming.Press press) {
        if (!gate.mayChange(turn)) return AdminGate.refusedPress(turn);
        int n = subscriptions.unfollowAll(turn.chat().id());
        String said = turn.alertTexts().unsubscribedAll(n);
        return List.of(new Outgoing.Edit(turn.chat().id(), press.messageId(), Rich.plain(said), List.of(), false,
                Optional.empty()), new Outgoing.Notice(Optional.of(clip(said)), false));
    }

    /** A notice holds under 200 characters. */
    static String clip(String text) {
        return text.length() <= 190 ? text : text.substring(0, 189) + "…";
    }
}
