package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error answer of the Bot API: the HTTP status is the error_code, as Telegram sends it. */
final class ApiError extends Exception {
    private final int code;
    private final int retryAfter;

    ApiError(int code, String description, int retryAfter) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String what) {
        return new ApiError(400, "Bad Request: " + what, 0);
    }

    static ApiError queryTooOld() {
        return badRequest("query is too old and response timeout expired or query ID is invalid");
    }

    int code() {
        return code;
    }

    ObjectNode body() {
        ObjectNode body = Json.object().put("ok", false).put("error_code", code).put("description", getMessage());
        if (retryAfter > 0) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return body;
    }
}
