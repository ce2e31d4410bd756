package com.nabaa.conversation;

import java.util.List;

/** /help: how to ask and follow up, and every command with what it does. */
final class HelpCommand implements CommandHandler {
    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        Texts t = turn.texts();
        return List.of(Replies.plain(turn, Rich.builder().bold(t.helpTitle()).paragraph()
                .plain(String.join("\n", t.helpTips())).paragraph()
                .plain(String.join("\n", turn.alertTexts().helpTips())).paragraph()
                .add(commandList(t)).build()));
    }

    /** "/latest — أحدث الأخبار…", one line per command of the menu, under its title. */
    static Rich.Span commandList(Texts t) {
        StringBuilder s = new StringBuilder(t.availableCommands());
        for (String c : Commands.MENU) s.append("\n/").append(c).append(" — ").append(t.commandDescription(c));
        return Rich.Span.plain(s.toString());
    }
}
