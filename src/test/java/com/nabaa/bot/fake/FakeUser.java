package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram user who writes to the bot.
 *
 * @param id           user id, positive; also the id of the private chat with the bot
 * @param firstName    first name
 * @param username     username without "@", empty for none
 * @param languageCode IETF language tag of the user's app, e.g. "ar" or "en"
 */
public record FakeUser(long id, String firstName, String username, String languageCode) {

    public FakeUser {
        if (id <= 0) {
            throw new IllegalArgumentException("a user id is positive: " + id);
        }
        if (firstName.isBlank()) {
            throw new IllegalArgumentException("a user has a first name");
        }
    }

    /** A user without a username. */
    public static FakeUser of(long id, String firstName, String languageCode) {
        return new FakeUser(id, firstName, "", languageCode);
    }

    ObjectNode json() {
        ObjectNode user = Json.object().put("id", id).put("is_bot", false).put("first_name", firstName);
        if (!username.isEmpty()) {
            user.put("username", username);
        }
        if (!languageCode.isEmpty()) {
            user.put("language_code", languageCode);
        }
        return user;
    }
}
