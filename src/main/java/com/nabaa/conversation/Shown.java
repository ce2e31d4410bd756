package com.nabaa.conversation;

import com.nabaa.answer.Story;
import com.nabaa.news.Language;
import java.util.List;
import java.util.Objects;

/**
 * A page ready to show: its text, each story's article ids (for its buttons and to store), whether
 * more follow, the language it speaks, and the topic a follow-up about it is about.
 *
 * @param preview whether the carrier may preview the first link: for one story, not for a list
 * @param saved   whether to store it as a page (an answer that found nothing is kept, for votes and
 *                replies; an empty list is not)
 */
record Shown(Rich body, List<List<String>> storyIds, boolean more, boolean preview, Language language, String topic,
             boolean saved) {
    Shown {
        Objects.requireNonNull(body, "body");
        storyIds = storyIds.stream().map(List::copyOf).toList();
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topic, "topic");
    }

    /** A list of stories; a preview only when it holds one. */
    static Shown of(Rich body, List<Story> stories, boolean more, Language language, String topic, boolean saved) {
        return new Shown(body, stories.stream().map(Story::articleIds).toList(), more, stories.size() == 1, language,
                topic, saved);
    }
}
