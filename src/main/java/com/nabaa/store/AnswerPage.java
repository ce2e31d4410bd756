package com.nabaa.store;

import com.nabaa.news.Language;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One page the bot showed in a chat, as much as is needed to show the next page, a story of it, or
 * to answer a follow-up: the request (what produced it, its text, clock, offset and size) and what
 * it showed (each story's article ids, lead first), never the rendered text.
 *
 * @param kind   what produced the page, as the conversation names it ("ask", "latest", "story"…)
 * @param query  the question, search words or section it was made for ("" when none)
 * @param askedAt the clock of the request: the next page continues the same ranking
 * @param topic  what a follow-up about this page is about (the question's topic words, a headline)
 */
public record AnswerPage(long chatId, String kind, String query, ZonedDateTime askedAt, int offset, int pageSize,
                         Language language, String topic, List<List<String>> stories) {
    public AnswerPage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topic, "topic");
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (pageSize < 1) throw new IllegalArgumentException("a page holds at least 1 story, not " + pageSize);
        stories = stories.stream().map(List::copyOf).toList();
        if (stories.stream().anyMatch(List::isEmpty)) throw new IllegalArgumentException("a story has an article");
    }
}
