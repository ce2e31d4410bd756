package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chat the bot is in.
 *
 * @param id    chat id: the user's id for a private chat, negative for groups
 * @param type  "private", "group", "supergroup" or "channel"
 * @param title group title, or the user's first name for a private chat
 */
public record FakeChat(long id, String type, String title) {

    public FakeChat {
        if (!type.equals("private") && !type.equals("group") && !type.equals("supergroup") && !type.equals("channel")) {
            throw new IllegalArgumentException("unknown chat type " + type);
        }
        if (type.equals("private") != (id > 0)) {
            throw new IllegalArgumentException("private chats have positive ids, groups negative: " + id);
        }
    }

    /** The private chat between the bot and this user. */
    public static FakeChat privateWith(FakeUser user) {
        return new FakeChat(user.id(), "private", user.firstName());
    }

    /** A basic group; id must be negative. */
    public static FakeChat group(long id, String title) {
        return new FakeChat(id, "group", title);
    }

    /** A supergroup; Telegram's ids for these look like -100xxxxxxxxxx. */
    public static FakeChat supergroup(long id, String title) {
        return new FakeChat(id, "supergroup", title);
    }

    /** A channel; only its admins post, and its posts carry the channel as sender_chat, no from. */
    public static FakeChat channel(long id, String title) {
        return new FakeChat(id, "channel", title);
    }

    public boolean isPrivate() {
        return type.equals("private");
    }

    ObjectNode json() {
        ObjectNode chat = Json.object().put("id", id).put("type", type);
        return isPrivate() ? chat.put("first_name", title) : chat.put("title", title);
    }
}
