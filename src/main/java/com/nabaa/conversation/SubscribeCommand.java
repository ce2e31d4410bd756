package com.nabaa.conversation;

import com.nabaa.push.Subscription;
import com.nabaa.push.Subscriptions;
import java.util.List;
import java.util.Optional;

/**
 * /subscribe: the chat gets breaking news from now on, at once, and is offered how alerts reach it
 * (instant or a daily digest, quiet hours). "/subscribe words" follows a topic, as /follow does.
 */
final class SubscribeCommand implements CommandHandler {
    private final Subscriptions subscriptions;
    private final SettingsView settings;
    private final FollowCommand follow;
    private final AdminGate gate;

    SubscribeCommand(Subscriptions subscriptions, SettingsView settings, FollowCommand follow, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.follow = follow;
        this.gate = gate;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        if (!argument.isBlank()) return follow.handle(turn, argument);
        if (!gate.mayChange(turn)) return AdminGate.refused(turn);
        long chat = turn.chat().id();
        boolean already = subscriptions.of(chat).breaking();
        Subscription now = subscriptions.subscribeBreaking(chat);
        return List.of(new Outgoing.Send(chat, Rich.plain(turn.alertTexts().subscribed(already)),
                settings.alertRows(turn, now), false, Optional.empty(), Optional.empty()));
    }
}
