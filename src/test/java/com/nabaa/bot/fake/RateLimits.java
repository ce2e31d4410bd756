package com.nabaa.bot.fake;

/**
 * How fast the bot may send before the fake records a violation. Each limit is a token bucket, which
 * is how Telegram behaves in practice: a short burst passes, a sustained rate above the limit does not.
 * Telegram's published guidance is about 1 message a second to one chat, 20 a minute to one group and
 * 30 a second overall. Sending and editing messages count; answering callback queries, chat actions,
 * deleting and reading do not.
 *
 * @param overallPerSecond  messages a second over all chats; also the overall burst
 * @param privatePerSecond  sustained messages a second to one private chat
 * @param privateBurst      messages one private chat may get at once before that rate applies
 * @param groupPerMinute    messages a minute to one group; also the group's burst
 */
public record RateLimits(double overallPerSecond, double privatePerSecond, int privateBurst, int groupPerMinute) {

    /** 30/s overall; 1/s per private chat after a burst of 3 (a reply, its edit and one more); 20/min per group. */
    public static final RateLimits TELEGRAM = new RateLimits(30, 1, 3, 20);

    /** No limits, for tests about something else that send in bulk on purpose. */
    public static final RateLimits NONE = new RateLimits(Double.MAX_VALUE, Double.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    public RateLimits {
        if (overallPerSecond <= 0 || privatePerSecond <= 0 || privateBurst < 1 || groupPerMinute < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
