package com.nabaa.conversation;

import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Story;
import java.util.List;
import java.util.Optional;

/** A story's summary button: the story in full with its other sources, as a message of its own ({@link StoryShow}). */
final class SummaryButton {
    private final NewsDesk desk;
    private final StoryShow stories;

    SummaryButton(NewsDesk desk, StoryShow stories) {
        this.desk = desk;
        this.stories = stories;
    }

    List<Outgoing> handle(Presses.Pressed p, int story) {
        List<List<String>> shown = p.page().stories();
        if (story >= shown.size()) return Presses.notice(p.turn().texts().forged());
        Optional<Story> full = desk.story(shown.get(story), p.turn().now());
        if (full.isEmpty()) return Presses.notice(p.turn().texts().storyGone());
        return List.of(stories.show(p.pageTurn(), full.get(), p.page().query(), p.page().topic()), Presses.silent());
    }
}
