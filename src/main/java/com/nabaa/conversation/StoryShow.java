package com.nabaa.conversation;

import com.nabaa.answer.Story;
import java.util.List;

/**
 * Shows one story in full as a page of its own (from its summary button or a deep link), so that a
 * reply to it asks about that story and its timeline button works. A new message rather than an
 * edit of the list it came from: the reader keeps the list and may open several stories of it.
 */
final class StoryShow {
    private final Replies replies;
    private final AnswerView view;

    StoryShow(Replies replies, AnswerView view) {
        this.replies = replies;
        this.view = view;
    }

    /** {@code topic}: what follow-ups are about; the story's headline when blank. */
    Outgoing.Send show(Turn turn, Story story, String query, String topic) {
        Shown shown = Shown.of(view.story(story, turn.language(), turn.now()), List.of(story), false, turn.language(),
                topic.isBlank() ? story.headline() : topic, true);
        return replies.send(turn, new Replies.Request(PageKind.STORY, query, turn.now(), 0, 1), shown);
    }
}
