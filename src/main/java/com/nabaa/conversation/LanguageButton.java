package com.nabaa.conversation;

import com.nabaa.store.ChatStore;
import java.util.List;
import java.util.Optional;

/** A language button (/lang, /settings): the chat's language is chosen, and the message shows the settings in it. */
final class LanguageButton {
    private final ChatStore chats;
    private final SettingsView settings;

    LanguageButton(ChatStore chats, SettingsView settings) {
        this.chats = chats;
        this.settings = settings;
    }

    List<Outgoing> handle(Turn turn, Incoming.Press press, ButtonData.ChooseLanguage choose) {
        chats.chooseLanguage(turn.chat().id(), choose.language());
        Turn chosen = turn.withLanguage(choose.language());
        return List.of(new Outgoing.Edit(turn.chat().id(), press.messageId(), settings.body(chosen),
                settings.buttons(chosen), false, Optional.empty()),
                new Outgoing.Notice(Optional.of(chosen.texts().languageChosen()), false));
    }
}
