package com.nabaa.conversation;

import com.nabaa.push.Subscriptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * /unsubscribe: breaking news stops, and a chat that follows topics is offered to drop them all;
 * "/unsubscribe all" (الكل) stops everything at once; "/unsubscribe words" drops one topic, as
 * /unfollow does.
 */
final class UnsubscribeCommand implements CommandHandler {
    private static final Set<String> ALL = Set.of("all", "الكل", "كل", "كله", "كلها", "الجميع");

    private final Subscriptions subscriptions;
    private final UnfollowCommand unfollow;
    private final AdminGate gate;

    UnsubscribeCommand(Subscriptions subscriptions, UnfollowCommand unfollow, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.unfollow = unfollow;
        this.gate = gate;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        long chat = turn.chat().id();
        boolean all = ALL.contains(argument.strip().toLowerCase(Locale.ROOT));
        if (!argument.isBlank() && !all) return unfollow.handle(turn, argument);
        if (!gate.mayChange(turn)) return AdminGate.refused(turn);
        AlertTexts a = turn.alertTexts();
        boolean was = subscriptions.of(chat).breaking();
        subscriptions.unsubscribeBreaking(chat);
        if (all) return List.of(Replies.plain(turn, a.unsubscribedAll(subscriptions.unfollowAll(chat))));
        int topics = subscriptions.topics(chat).size();
        List<List<Button>> offer = topics == 0 ? List.of()
                : List.of(List.of(Button.press(a.unfollowAllButton(topics), new ButtonData.UnfollowAll().encode())));
        return List.of(new Outgoing.Send(chat, Rich.plain(a.unsubscribed(was)), offer, false, Optional.empty(),
                Optional.empty()));
    }
}
