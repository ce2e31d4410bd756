package com.nabaa.bot.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Measures sends per chat and overall against {@link RateLimits}; times are System.nanoTime values. */
final class RateMeter {
    private final Bucket overall;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final RateLimits limits;

    RateMeter(RateLimits limits) {
        this.limits = limits;
        this.overall = new Bucket(limits.overallPerSecond(), limits.overallPerSecond());
    }

    /** Counts one message to the chat; says which limit it broke, if any. */
    synchronized Optional<Violation.Rule> send(long chatId, boolean privateChat, long nanos) {
        Bucket chat = chats.computeIfAbsent(chatId, id -> privateChat
                ? new Bucket(limits.privateBurst(), limits.privatePerSecond())
                : new Bucket(limits.groupPerMinute(), limits.groupPerMinute() / 60.0));
        boolean chatOk = chat.take(nanos);
        boolean overallOk = overall.take(nanos);
        if (!chatOk) {
            return Optional.of(privateChat ? Violation.Rule.RATE_PRIVATE_CHAT : Violation.Rule.RATE_GROUP);
        }
        return overallOk ? Optional.empty() : Optional.of(Violation.Rule.RATE_OVERALL);
    }

    RateLimits limits() {
        return limits;
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = Long.MIN_VALUE;

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
        }

        boolean take(long nanos) {
            if (last != Long.MIN_VALUE) {
                tokens = Math.min(capacity, tokens + (nanos - last) * perNano);
            }
            last = nanos;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
