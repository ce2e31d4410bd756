package com.nabaa.conversation;

import java.util.List;

/** A command the bot does not have: said politely, with the commands it has. */
final class UnknownCommand {
    List<Outgoing> handle(Turn turn, String command) {
        Texts t = turn.texts();
        return List.of(Replies.plain(turn, Rich.builder().plain(t.unknownCommand(command)).paragraph()
                .add(HelpCommand.commandList(t)).build()));
    }
}
