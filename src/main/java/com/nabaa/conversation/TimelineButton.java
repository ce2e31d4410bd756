package com.nabaa.conversation;

import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.SourceLink;
import java.util.List;

/**
 * A story's timeline button: its reports and developments oldest first, as a message of its own
 * (stored as a page, so a reply to it asks about the story).
 */
final class TimelineButton {
    static final int REPORTS = 10;

    private final NewsDesk desk;
    private final AnswerView view;
    private final Replies replies;

    TimelineButton(NewsDesk desk, AnswerView view, Replies replies) {
        this.desk = desk;
        this.view = view;
        this.replies = replies;
    }

    List<Outgoing> handle(Presses.Pressed p, int story) {
        List<List<String>> shown = p.page().stories();
        if (story >= shown.size()) return Presses.notice(p.turn().texts().forged());
        List<String> ids = shown.get(story);
        List<SourceLink> reports = desk.timeline(ids, REPORTS, p.turn().now());
        if (reports.isEmpty()) return Presses.notice(p.turn().texts().storyGone());
        String headline = reports.stream().filter(r -> r.articleId().equals(ids.get(0))).findFirst()
                .orElse(reports.get(0)).headline();
        Turn turn = p.pageTurn();
        String topic = p.page().topic().isBlank() ? headline : p.page().topic();
        Shown timeline = new Shown(view.timeline(headline, reports, turn.language(), turn.now()), List.of(ids), false,
                false, turn.language(), topic, true);
        return List.of(replies.send(turn, new Replies.Request(PageKind.TIMELINE, p.page().query(), turn.now(), 0, 1),
                timeline), Presses.silent());
    }
}
