package com.nabaa.conversation;

import java.time.Duration;
import java.util.Objects;

/**
 * The conversation's tunable limits.
 *
 * @param storiesPerPage     stories in one answer page (three fit a phone screen with their summaries)
 * @param contextLifetime    how long a short follow-up ("وبعدين؟") still refers to the chat's last answer
 * @param questionsPerMinute messages a reader may send in a minute before one "please wait" and then silence
 * @param pageRetention      how long answer pages are kept, so that their buttons and replies to them work
 * @param floodReaders       readers whose message counts are kept in memory at most (the oldest are forgotten)
 * @param inlineCacheSeconds how long Telegram may keep inline results for the same query
 */
public record Limits(int storiesPerPage, Duration contextLifetime, int questionsPerMinute, Duration pageRetention,
                     int floodReaders, int inlineCacheSeconds) {
    public Limits {
        if (storiesPerPage < 1 || storiesPerPage > 10) throw new IllegalArgumentException("1..10 stories a page");
        Objects.requireNonNull(contextLifetime, "contextLifetime");
        Objects.requireNonNull(pageRetention, "pageRetention");
        if (contextLifetime.isNegative() || pageRetention.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (questionsPerMinute < 1) throw new IllegalArgumentException("at least one question a minute");
        if (floodReaders < 1) throw new IllegalArgumentException("at least one reader is counted");
        if (inlineCacheSeconds < 0) throw new IllegalArgumentException("cache seconds must not be negative");
    }

    /**
     * Three stories a page; context for 30 minutes; 20 messages a minute; pages kept 7 days (a
     * button a week old is rarely pressed, and pages are the table that grows with every
     * question); 100,000 readers counted (a few MB); inline results cached 2 minutes, because news
     * moves by the minute while a query typed letter by letter repeats within seconds.
     */
    public static Limits defaults() {
        return new Limits(3, Duration.ofMinutes(30), 20, Duration.ofDays(7), 100_000, 120);
    }

    public Limits withContextLifetime(Duration lifetime) {
        return new Limits(storiesPerPage, lifetime, questionsPerMinute, pageRetention, floodReaders, inlineCacheSeconds);
    }

    public Limits withQuestionsPerMinute(int perMinute) {
        return new Limits(storiesPerPage, contextLifetime, perMinute, pageRetention, floodReaders, inlineCacheSeconds);
    }

    public Limits withPageRetention(Duration retention) {
        return new Limits(storiesPerPage, contextLifetime, questionsPerMinute, retention, floodReaders, inlineCacheSeconds);
    }
}
