package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the fake presents its bot.
 *
 * @param token       the bot token it accepts; any other answers 401 (Telegram's form: "&lt;bot id&gt;:&lt;secret&gt;")
 * @param botUsername the bot's username, without "@"
 * @param botName     the bot's first name
 * @param limits      send rates above which it records violations
 */
public record FakeOptions(String token, String botUsername, String botName, RateLimits limits) {

    public FakeOptions {
        if (!token.matches("[0-9]+:[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a bot token looks like 123456:ABC-def: " + token);
        }
    }

    /** Token "7000001:fake-token", bot @nabaa_test_bot named "Nabaa", Telegram's rate limits. */
    public static FakeOptions defaults() {
        return new FakeOptions("7000001:fake-token", "nabaa_test_bot", "Nabaa", RateLimits.TELEGRAM);
    }

    public FakeOptions withToken(String newToken) {
        return new FakeOptions(newToken, botUsername, botName, limits);
    }

    public FakeOptions withBotUsername(String username) {
        return new FakeOptions(token, username, botName, limits);
    }

    public FakeOptions withLimits(RateLimits newLimits) {
        return new FakeOptions(token, botUsername, botName, newLimits);
    }

    /** The bot's user id: the digits before the colon of its token, as with Telegram. */
    public long botId() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    ObjectNode botJson() {
        return Json.object().put("id", botId()).put("is_bot", true).put("first_name", botName)
                .put("username", botUsername);
    }
}
