package com.nabaa.conversation;

import java.util.List;

/** /search words: stories with every word, newest first; without words, a request for them. */
final class SearchCommand implements CommandHandler {
    private final FirstPage lists;

    SearchCommand(FirstPage lists) {
        this.lists = lists;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        if (!InputText.hasWords(argument)) return List.of(Replies.plain(turn, turn.texts().searchNeedsWords()));
        return List.of(lists.show(turn, PageKind.SEARCH, InputText.cut(argument)));
    }
}
