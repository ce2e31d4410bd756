package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One request the bot made to the fake, with the answer it got.
 *
 * @param method      Bot API method as called
 * @param params      parameters, however they were sent (form and multipart values are strings)
 * @param contentType the request's Content-Type, e.g. "application/json" or "multipart/form-data; ..."
 * @param at          when the request arrived
 * @param nanos       System.nanoTime() when it arrived, to measure gaps between calls
 * @param status      HTTP status answered: 200, or the error_code
 */
public record Call(String method, ObjectNode params, String contentType, Instant at, long nanos, int status) {

    public Call {
        params = params.deepCopy();
    }

    public boolean succeeded() {
        return status == 200;
    }

    /** The chat the call was about, when it named one by numeric id. */
    public Optional<Long> chatId() {
        JsonNode id = params.path("chat_id");
        return id.asText().matches("-?[0-9]+") ? Optional.of(Long.parseLong(id.asText())) : Optional.empty();
    }

    /** A parameter as text ("" when absent). */
    public String param(String name) {
        return params.path(name).asText("");
    }

    /** How long after the other call this one arrived. */
    public Duration after(Call earlier) {
        return Duration.ofNanos(nanos - earlier.nanos);
    }

    @Override
    public ObjectNode params() {
        return params.deepCopy();
    }

    @Override
    public String toString() {
        return method + " -> " + status + " " + params;
    }
}
