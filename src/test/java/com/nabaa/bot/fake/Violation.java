package com.nabaa.bot.fake;

/**
 * Something the bot did that Telegram would refuse or punish, with the request that did it.
 *
 * @param rule    which rule was broken
 * @param detail  what Telegram would say, or what the fake measured
 * @param method  the Bot API method called
 * @param request the request's parameters as JSON
 */
public record Violation(Rule rule, String detail, String method, String request) {

    /** The rules the fake enforces, each named after what Telegram checks. */
    public enum Rule {
        /** parse_mode=HTML text Telegram can't parse. */
        HTML,
        /** Text over 4,096 UTF-16 code units after entity parsing (1,024 for captions, 200 for alerts). */
        TEXT_TOO_LONG,
        /** Text empty after entity parsing. */
        TEXT_EMPTY,
        /** More than 100 entities in one message. */
        TOO_MANY_ENTITIES,
        /** An inline keyboard button Telegram refuses (callback_data over 64 bytes, no action, bad url). */
        BUTTON,
        /** An answerInlineQuery Telegram refuses (too many results, bad or duplicate ids, long next_offset). */
        INLINE_ANSWER,
        /** answerCallbackQuery for an unknown query or one answered already. */
        CALLBACK_ANSWER,
        /** A callback query the bot never answered. */
        CALLBACK_UNANSWERED,
        /** Editing a message that does not exist. */
        EDIT_MISSING,
        /** Editing a message to the same text and markup. */
        EDIT_NOT_MODIFIED,
        /** More messages to one private chat than its limit allows. */
        RATE_PRIVATE_CHAT,
        /** More messages to one group than its limit allows. */
        RATE_GROUP,
        /** More messages overall than the bot's limit allows. */
        RATE_OVERALL,
        /** Bot commands or webhook settings Telegram refuses. */
        SETTINGS,
        /** A method the fake does not know (Telegram answers 404; maybe the fake lacks it). */
        UNKNOWN_METHOD
    }

    @Override
    public String toString() {
        return rule + " in " + method + ": " + detail + "\n    request: " + request;
    }
}
