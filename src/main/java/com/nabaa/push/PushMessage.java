package com.nabaa.push;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a push says, free of wording and markup: the carrier renders it in the reader's language
 * when it sends it. Kept in the outbox as JSON, so it is self-contained (a story pushed today still
 * renders after its article was pruned).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PushMessage.StoryAlert.class, name = "story"),
        @JsonSubTypes.Type(value = PushMessage.Digest.class, name = "digest"),
        @JsonSubTypes.Type(value = PushMessage.Announcement.class, name = "announcement"),
        @JsonSubTypes.Type(value = PushMessage.Notice.class, name = "notice")})
public sealed interface PushMessage {

    /**
     * One story for a subscriber: breaking news, or a story on a topic the chat follows.
     *
     * @param storyKey  the story's id: one alert per (chat, story), whichever outlet reported first
     * @param topic     the followed topic that matched, as the reader typed it; empty for breaking news
     * @param articleId the article shown (its headline, link, source, date, summary)
     * @param summary   one or two sentences of it
     * @param alsoBy    other outlets that reported the same story, by the time it was sent
     */
    record StoryAlert(String storyKey, Optional<String> topic, boolean breaking, String articleId, String headline,
                      String url, String source, Optional<Instant> published, List<String> summary,
                      List<String> alsoBy) implements PushMessage {
        public StoryAlert {
            Objects.requireNonNull(storyKey, "storyKey");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(published, "published");
            summary = List.copyOf(summary);
            alsoBy = List.copyOf(alsoBy);
        }
    }

    /** The stories a chat that reads a daily digest collected since its last one. */
    record Digest(LocalDate day, List<StoryAlert> stories) implements PushMessage {
        public Digest {
            Objects.requireNonNull(day, "day");
            stories = List.copyOf(stories);
        }
    }

    /** An admin's announcement to the readers; its text is as the admin wrote it. */
    record Announcement(long id, String text) implements PushMessage {
        public Announcement {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A short message for the admins (a feed was disabled, a broadcast finished). */
    record Notice(String text) implements PushMessage {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }
}
