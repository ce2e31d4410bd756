package com.nabaa.conversation;

import java.util.List;

/** /breaking: the newest stories their outlets marked as breaking. */
final class BreakingCommand implements CommandHandler {
    private final FirstPage lists;

    BreakingCommand(FirstPage lists) {
        this.lists = lists;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        return List.of(lists.show(turn, PageKind.BREAKING, ""));
    }
}
