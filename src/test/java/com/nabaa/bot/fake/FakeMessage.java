package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message as it stands in a chat now (after edits), as Telegram would return it.
 *
 * @param chatId    chat id
 * @param messageId id within the chat
 * @param fromBot   whether the bot sent it
 * @param source    the text exactly as the bot sent it (HTML included); the user's text otherwise
 * @param json      the Message object (text without tags, entities, reply_markup, edit_date)
 */
public record FakeMessage(long chatId, int messageId, boolean fromBot, String source, ObjectNode json) {

    public FakeMessage {
        json = json.deepCopy();
    }

    /** The text a reader sees: tags removed, entities decoded. */
    public String text() {
        return json.path("text").asText("");
    }

    /** The inline keyboard, or a missing node when there is none. */
    public JsonNode replyMarkup() {
        return json.path("reply_markup");
    }

    /** The buttons' texts, row by row, left to right. */
    public List<String> buttonTexts() {
        List<String> texts = new ArrayList<>();
        replyMarkup().path("inline_keyboard").forEach(row -> row.forEach(b -> texts.add(b.path("text").asText())));
        return texts;
    }

    /** The callback_data of the button showing this text. */
    public Optional<String> callbackData(String buttonText) {
        for (JsonNode row : replyMarkup().path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(buttonText) && button.has("callback_data")) {
                    return Optional.of(button.get("callback_data").asText());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }
}
