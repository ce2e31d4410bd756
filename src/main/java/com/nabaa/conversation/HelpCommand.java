package com.nabaa.conversation;

import com.nabaa.admin.Newsroom;
import java.util.List;

/** /help: how to ask and follow up, and every command with what it does; an admin also sees the newsroom's. */
final class HelpCommand implements CommandHandler {
    private final Newsroom newsroom;

    HelpCommand(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        Texts t = turn.texts();
        Rich.Builder help = Rich.builder().bold(t.helpTitle()).paragraph()
                .plain(String.join("\n", t.helpTips())).paragraph()
                .plain(String.join("\n", turn.alertTexts().helpTips())).paragraph()
                .add(commandList(t)).paragraph();
        if (newsroom.isAdmin(turn.reader().id())) {
            AdminTexts admin = AdminTexts.of(turn.language());
            help.bold(admin.commandsTitle()).paragraph().plain(String.join("\n", admin.commands()));
        }
        return List.of(Replies.plain(turn, help.build()));
    }

    /** "/latest — أحدث الأخبار…", one line per command of the menu, under its title. */
    static Rich.Span commandList(Texts t) {
        StringBuilder s = new StringBuilder(t.availableCommands());
        for (String c : Commands.MENU) s.append("\n/").append(c).append(" — ").append(t.commandDescription(c));
        return Rich.Span.plain(s.toString());
    }
}
