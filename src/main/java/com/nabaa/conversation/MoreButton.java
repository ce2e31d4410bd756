package com.nabaa.conversation;

import com.nabaa.store.AnswerPage;
import java.util.List;
import java.util.Optional;

/**
 * "More": the next page of the same list, with the same clock so it continues the same ranking, in
 * place of the page shown (an edit of the same message keeps the chat short).
 */
final class MoreButton {
    private final PageRunner runner;
    private final Replies replies;

    MoreButton(PageRunner runner, Replies replies) {
        this.runner = runner;
        this.replies = replies;
    }

    List<Outgoing> handle(Presses.Pressed p) {
        AnswerPage page = p.page();
        Optional<PageKind> kind = PageKind.of(page.kind()).filter(PageKind::lists);
        if (kind.isEmpty()) return Presses.notice(p.turn().texts().forged());
        int offset = page.offset() + page.pageSize();
        Shown next = runner.run(kind.get(), page.query(), page.askedAt(), offset, page.language());
        if (next.storyIds().isEmpty()) return Presses.notice(p.turn().texts().noMore());
        return List.of(replies.edit(p.pageTurn(), p.press().messageId(),
                new Replies.Request(kind.get(), page.query(), page.askedAt(), offset, page.pageSize()), next),
                Presses.silent());
    }
}
