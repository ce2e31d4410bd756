package com.nabaa.conversation;

import java.util.List;
import java.util.Optional;

/**
 * /settings: the chat's language (and where it comes from), its subscriptions and how alerts reach
 * it, with buttons to change each ({@link SettingsView}).
 */
final class SettingsCommand implements CommandHandler {
    private final SettingsView view;

    SettingsCommand(SettingsView view) {
        this.view = view;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        return List.of(new Outgoing.Send(turn.chat().id(), view.body(turn), view.buttons(turn), false,
                Optional.empty(), Optional.empty()));
    }
}
