package com.nabaa.conversation;

import com.nabaa.push.Subscriptions;
import com.nabaa.push.Topic;
import java.util.List;
import java.util.Optional;

/** /unfollow n or /unfollow words: stops following a topic (by its number in /following, or as typed); without one, the list. */
final class UnfollowCommand implements CommandHandler {
    private final Subscriptions subscriptions;
    private final AdminGate gate;

    UnfollowCommand(Subscriptions subscriptions, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.gate = gate;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        long chat = turn.chat().id();
        if (argument.isBlank()) return List.of(TopicList.send(turn, subscriptions.topics(chat)));
        if (!gate.mayChange(turn)) return AdminGate.refused(turn);
        Optional<Topic> removed = subscriptions.unfollow(chat, argument);
        if (removed.isPresent()) return List.of(Replies.plain(turn, turn.alertTexts().unfollowed(removed.get().typed())));
        return List.of(Replies.plain(turn, turn.alertTexts().noSuchTopic(argument)),
                TopicList.send(turn, subscriptions.topics(chat)));
    }
}
