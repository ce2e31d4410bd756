package com.nabaa.answer;

import java.util.List;

/**
 * A page of stories listed rather than ranked for a question: the newest ({@code /latest},
 * {@code /breaking}) or the newest matching a plain search ({@code /search}, inline mode).
 *
 * @param stories the page's stories, newest first; each summary is the article's opening sentence,
 *                or for a search the first sentence of its newest matching passage
 * @param offset  the page's first story within the whole list, from 0
 * @param more    stories follow this page
 */
public record Headlines(List<Story> stories, int offset, boolean more) {
    public Headlines {
        stories = List.copyOf(stories);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (more && stories.isEmpty()) throw new IllegalArgumentException("more stories follow only a page of stories");
    }

    public boolean isEmpty() {
        return stories.isEmpty();
    }
}
