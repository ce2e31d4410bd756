package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * An update the fake made, as Telegram sends it to getUpdates and webhooks.
 *
 * @param updateId update_id, increasing
 * @param json     the Update object
 */
public record FakeUpdate(int updateId, ObjectNode json) {

    public FakeUpdate {
        json = json.deepCopy();
    }

    /** "message", "callback_query", "inline_query", "my_chat_member", ... */
    public String type() {
        return json.properties().stream().map(Map.Entry::getKey).filter(k -> !k.equals("update_id")).findFirst()
                .orElseThrow();
    }

    /** The id of the callback query this update carries. */
    public Optional<String> callbackQueryId() {
        return Optional.ofNullable(json.path("callback_query").path("id").textValue());
    }

    /** The id of the inline query this update carries. */
    public Optional<String> inlineQueryId() {
        return Optional.ofNullable(json.path("inline_query").path("id").textValue());
    }

    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }

    String body() {
        return Json.write(json);
    }
}
