package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The parameters of one Bot API call, however they were sent, with the look-ups the methods need. */
final class Params {
    private final String method;
    private final ObjectNode values;

    Params(String method, ObjectNode values) {
        this.method = method;
        this.values = values;
    }

    String method() {
        return method;
    }

    Optional<JsonNode> get(String name) {
        JsonNode node = values.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    Optional<String> text(String name) {
        return get(name).map(JsonNode::asText);
    }

    String requireText(String name) throws ApiError {
        return text(name).orElseThrow(() -> ApiError.badRequest(name + " is empty"));
    }

    long requireLong(String name) throws ApiError {
        Optional<JsonNode> node = get(name);
        if (node.isEmpty() || node.get().asText().isEmpty()) {
            throw ApiError.badRequest(name + " is empty");
        }
        try {
            return Long.parseLong(node.get().asText());
        } catch (NumberFormatException e) {
            throw name.equals("chat_id") ? ApiError.badRequest("chat not found")
                    : ApiError.badRequest("invalid " + name + " \"" + node.get().asText() + "\"");
        }
    }

    Optional<Long> chatId() {
        return get("chat_id").map(JsonNode::asText).filter(s -> s.matches("-?[0-9]+")).map(Long::parseLong);
    }

    long longOr(String name, long otherwise) {
        return get(name).map(n -> n.asLong(otherwise)).orElse(otherwise);
    }

    boolean flag(String name) {
        return get(name).map(JsonNode::asBoolean).orElse(false);
    }

    @Override
    public String toString() {
        return Json.write(values);
    }
}
