package com.nabaa.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Who may change a chat's subscriptions: the reader of a private chat, a channel (its posts come
 * from the channel itself), and the admins of a group; anyone else is refused politely and nothing
 * changes. Looking (/following, the settings) is everyone's.
 */
final class AdminGate {
    private final ChatAdmins admins;

    AdminGate(ChatAdmins admins) {
        this.admins = admins;
    }

    boolean mayChange(Turn turn) {
        return switch (turn.chat().kind()) {
            case PRIVATE, CHANNEL -> true;
            case GROUP -> admins.isAdmin(turn.chat().id(), turn.reader().id());
        };
    }

    static List<Outgoing> refused(Turn turn) {
        return List.of(Replies.plain(turn, turn.alertTexts().adminsOnly()));
    }

    static List<Outgoing> refusedPress(Turn turn) {
        return List.of(new Outgoing.Notice(Optional.of(turn.alertTexts().adminsOnly()), true));
    }
}
