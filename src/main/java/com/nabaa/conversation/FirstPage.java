package com.nabaa.conversation;

/** Shows the first page of a list of stories: what /latest, /breaking and /search share. */
final class FirstPage {
    private final PageRunner runner;
    private final Replies replies;

    FirstPage(PageRunner runner, Replies replies) {
        this.runner = runner;
        this.replies = replies;
    }

    Outgoing show(Turn turn, PageKind kind, String query) {
        Shown shown = runner.run(kind, query, turn.now(), 0, turn.language());
        return replies.send(turn, new Replies.Request(kind, query, turn.now(), 0, runner.pageSize()), shown);
    }
}
