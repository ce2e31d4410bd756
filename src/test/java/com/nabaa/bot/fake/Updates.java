package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes the updates Telegram would send when people use the bot, and queues them for getUpdates
 * (or hand them to {@link Webhook#post(FakeUpdate)}). Each one counts in the chat's message ids and
 * makes its chat and user known, as talking to the bot does in Telegram.
 */
public final class Updates {
    private final World world;

    Updates(World world) {
        this.world = world;
    }

    /** A text message in the user's private chat; "/start" gets a bot_command entity, "@x" a mention. */
    public FakeUpdate text(FakeUser from, String text) {
        return message(FakeChat.privateWith(from), from, text, Optional.empty());
    }

    /** A text message in a group. */
    public FakeUpdate groupText(FakeChat group, FakeUser from, String text) {
        return message(group, from, text, Optional.empty());
    }

    /** A post in a channel, which only its admins can write: a channel_post with the channel as sender_chat. */
    public FakeUpdate channelPost(FakeChat channel, String text) {
        if (!channel.type().equals("channel")) throw new IllegalArgumentException("not a channel: " + channel);
        world.chats.know(channel);
        FakeMessage post = world.messages.add(channel, null, false, text, text, UserEntities.scan(text),
                Optional.empty(), Optional.empty());
        return world.updates.add(updateId -> update(updateId, "channel_post", post.json()));
    }

    /** A text message replying to a message (usually the bot's), in that message's chat. */
    public FakeUpdate replyTo(FakeMessage original, FakeUser from, String text) {
        FakeChat chat = world.chats.find(original.chatId())
                .orElseThrow(() -> new IllegalArgumentException("unknown chat " + original.chatId()));
        return message(chat, from, text, Optional.of(current(original)));
    }

    /** The user presses the button showing {@code buttonText} on the bot's message. */
    public FakeUpdate pressButton(FakeUser from, FakeMessage message, String buttonText) {
        FakeMessage now = current(message);
        String data = now.callbackData(buttonText).orElseThrow(() -> new IllegalArgumentException(
                "no callback button \"" + buttonText + "\" on message " + now.messageId() + ": " + now.buttonTexts()));
        return callback(from, now, data);
    }

    /** A callback query on the message with any data, e.g. forged or from an old keyboard. */
    public FakeUpdate callback(FakeUser from, FakeMessage message, String data) {
        FakeMessage now = current(message);
        String id = world.queries.newCallback();
        return world.updates.add(updateId -> update(updateId, "callback_query", Json.object()
                .put("id", id)
                .<ObjectNode>set("from", from.json())
                .<ObjectNode>set("message", now.json())
                .put("chat_instance", Long.toString(now.chatId() * 31 + 7))
                .put("data", data)));
    }

    /** An inline query ("@bot query") with the offset of the page asked for ("" for the first). */
    public FakeUpdate inlineQuery(FakeUser from, String query, String offset) {
        String id = world.queries.newInline();
        return world.updates.add(updateId -> update(updateId, "inline_query", Json.object()
                .put("id", id)
                .<ObjectNode>set("from", from.json())
                .put("query", query)
                .put("offset", offset)
                .put("chat_type", "sender")));
    }

    /** The user blocks the bot: my_chat_member to "kicked"; sends to them answer 403 from now on. */
    public FakeUpdate botBlocked(FakeUser user) {
        FakeChat chat = FakeChat.privateWith(user);
        world.chats.seen(chat, user);
        world.chats.refuse(chat.id(), "Forbidden: bot was blocked by the user");
        return chatMember(chat, user, "member", "kicked");
    }

    /** The user unblocks the bot (restarts it). */
    public FakeUpdate botUnblocked(FakeUser user) {
        FakeChat chat = FakeChat.privateWith(user);
        world.chats.accept(chat.id());
        return chatMember(chat, user, "kicked", "member");
    }

    /** An admin removes the bot from a group; sends there answer 403 from now on. */
    public FakeUpdate botRemoved(FakeChat group, FakeUser by) {
        world.chats.seen(group, by);
        world.chats.refuse(group.id(), "Forbidden: bot was kicked from the " + group.type() + " chat");
        return chatMember(group, by, "member", group.type().equals("supergroup") ? "kicked" : "left");
    }

    /** Someone adds the bot to a group. */
    public FakeUpdate botAdded(FakeChat group, FakeUser by) {
        world.chats.seen(group, by);
        world.chats.accept(group.id());
        return chatMember(group, by, "left", "member");
    }

    private FakeUpdate message(FakeChat chat, FakeUser from, String text, Optional<FakeMessage> replyTo) {
        world.chats.seen(chat, from);
        FakeMessage message = world.messages.add(chat, from.json(), false, text, text, UserEntities.scan(text),
                Optional.empty(), replyTo);
        return world.updates.add(updateId -> update(updateId, "message", message.json()));
    }

    private FakeUpdate chatMember(FakeChat chat, FakeUser from, String oldStatus, String newStatus) {
        ObjectNode change = Json.object().<ObjectNode>set("chat", chat.json()).<ObjectNode>set("from", from.json())
                .put("date", Instant.now().getEpochSecond());
        change.putObject("old_chat_member").put("status", oldStatus).set("user", world.options.botJson());
        ObjectNode now = change.putObject("new_chat_member").put("status", newStatus);
        now.set("user", world.options.botJson());
        if (newStatus.equals("kicked")) {
            now.put("until_date", 0);
        }
        return world.updates.add(updateId -> update(updateId, "my_chat_member", change));
    }

    private FakeMessage current(FakeMessage message) {
        return world.messages.find(message.chatId(), message.messageId()).orElseThrow(() -> new IllegalStateException(
                "message " + message.messageId() + " in chat " + message.chatId() + " was deleted"));
    }

    private static ObjectNode update(int updateId, String type, ObjectNode content) {
        ObjectNode update = Json.object().put("update_id", updateId);
        update.set(type, content);
        return update;
    }
}
