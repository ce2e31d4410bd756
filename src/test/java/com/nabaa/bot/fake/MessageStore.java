package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every message in every chat as it stands now; message ids count up per chat, as in Telegram. */
final class MessageStore {
    private final Map<Long, TreeMap<Integer, FakeMessage>> chats = new HashMap<>();
    private final Map<Long, Integer> lastId = new HashMap<>();

    /** Adds a new message; its id is the chat's next one. A channel's own post has no sender (from is null). */
    synchronized FakeMessage add(FakeChat chat, ObjectNode from, boolean fromBot, String source, String text,
            ArrayNode entities, Optional<JsonNode> markup, Optional<FakeMessage> replyTo) {
        int id = lastId.merge(chat.id(), 1, Integer::sum);
        ObjectNode json = Json.object().put("message_id", id);
        if (from == null) {
            json.set("sender_chat", chat.json());
        } else {
            json.set("from", from);
        }
        json.set("chat", chat.json());
        json.put("date", Instant.now().getEpochSecond());
        replyTo.ifPresent(original -> json.set("reply_to_message", original.json()));
        json.put("text", text);
        if (!entities.isEmpty()) {
            json.set("entities", entities);
        }
        markup.filter(m -> m.has("inline_keyboard")).ifPresent(m -> json.set("reply_markup", m));
        FakeMessage message = new FakeMessage(chat.id(), id, fromBot, source, json);
        chats.computeIfAbsent(chat.id(), c -> new TreeMap<>()).put(id, message);
        return message;
    }

    /** Replaces a message's text, entities and keyboard, marking it edited. */
    synchronized FakeMessage edit(FakeMessage old, String source, String text, ArrayNode entities,
            Optional<JsonNode> markup) {
        ObjectNode json = old.json();
        json.put("text", text);
        json.remove("entities");
        if (!entities.isEmpty()) {
            json.set("entities", entities);
        }
        json.remove("reply_markup");
        markup.filter(m -> m.has("inline_keyboard")).ifPresent(m -> json.set("reply_markup", m));
        json.put("edit_date", Instant.now().getEpochSecond());
        FakeMessage edited = new FakeMessage(old.chatId(), old.messageId(), old.fromBot(), source, json);
        chats.get(old.chatId()).put(old.messageId(), edited);
        return edited;
    }

    synchronized Optional<FakeMessage> find(long chatId, long messageId) {
        return Optional.ofNullable(chats.getOrDefault(chatId, new TreeMap<>()).get((int) messageId));
    }

    synchronized boolean delete(long chatId, long messageId) {
        return chats.getOrDefault(chatId, new TreeMap<>()).remove((int) messageId) != null;
    }

    synchronized List<FakeMessage> inChat(long chatId) {
        return List.copyOf(chats.getOrDefault(chatId, new TreeMap<>()).values());
    }
}
