package com.nabaa.conversation;

import com.nabaa.store.ChatStore;
import com.nabaa.store.StoredChat;
import java.util.List;
import java.util.Optional;

/** /settings: the chat's language (and where it comes from) and its subscriptions, with buttons to change the language. */
final class SettingsCommand implements CommandHandler {
    private final ChatStore chats;

    SettingsCommand(ChatStore chats) {
        this.chats = chats;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        return List.of(new Outgoing.Send(turn.chat().id(), body(turn), LangCommand.languageButtons(), false,
                Optional.empty(), Optional.empty()));
    }

    Rich body(Turn turn) {
        Texts t = turn.texts();
        boolean chosen = chats.find(turn.chat().id()).flatMap(StoredChat::language).isPresent();
        return Rich.builder().bold(t.settingsTitle()).paragraph()
                .plain(t.settingsLanguage(t.languageName(turn.language()), chosen) + "\n" + t.settingsSubscriptions())
                .build();
    }
}
