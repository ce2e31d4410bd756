package com.nabaa.push;

import java.time.Instant;
import java.util.Objects;

/**
 * One message for one chat, as the outbox keeps it until Telegram has it.
 *
 * @param key       unique per chat: a second push with the same (chat, key) is not queued ("story:…"
 *                  makes one alert per story, "announce:…" one copy of an announcement)
 * @param priority  lower goes first among pushes that are due (alerts before announcements)
 * @param silent    delivered without a notification sound (quiet hours)
 * @param notBefore not sent before this time (quiet hours deferred, a digest's hour)
 */
public record Push(long chatId, String key, PushMessage message, int priority, boolean silent, Instant notBefore) {
    /** Breaking news and topic alerts. */
    public static final int ALERT = 1;
    /** Digests at their hour. */
    public static final int DIGEST = 2;
    /** Announcements to many chats. */
    public static final int ANNOUNCEMENT = 3;

    public Push {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(notBefore, "notBefore");
        if (key.isBlank() || key.length() > 200) throw new IllegalArgumentException("a push key is 1..200 characters");
    }
}
