package com.nabaa.conversation;

import com.nabaa.push.Subscriptions;
import java.util.List;

/** /following: the topics the chat follows, numbered, each with its unfollow button. Anyone may look. */
final class FollowingCommand implements CommandHandler {
    private final Subscriptions subscriptions;

    FollowingCommand(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        return List.of(TopicList.send(turn, subscriptions.topics(turn.chat().id())));
    }
}
