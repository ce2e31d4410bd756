package com.nabaa.bot.fake;

/**
 * An error answer to inject instead of the real one, shaped as Telegram sends it.
 *
 * @param errorCode   HTTP status and error_code
 * @param description Telegram's description
 * @param retryAfter  parameters.retry_after in seconds, 0 for none
 * @param gatewayPage true for a proxy's HTML page instead of a JSON body, as Telegram's front sends on 502
 */
public record Fault(int errorCode, String description, int retryAfter, boolean gatewayPage) {

    /** 429 "Too Many Requests: retry after N" with parameters.retry_after = N. */
    public static Fault tooManyRequests(int retryAfterSeconds) {
        return new Fault(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds, false);
    }

    /** 403 "Forbidden: bot was blocked by the user". */
    public static Fault blockedByUser() {
        return new Fault(403, "Forbidden: bot was blocked by the user", 0, false);
    }

    /** 400 "Bad Request: chat not found". */
    public static Fault chatNotFound() {
        return new Fault(400, "Bad Request: chat not found", 0, false);
    }

    /** 500 "Internal Server Error" as a JSON error. */
    public static Fault serverError() {
        return new Fault(500, "Internal Server Error", 0, false);
    }

    /** 502 with an HTML page and no JSON at all. */
    public static Fault badGateway() {
        return new Fault(502, "Bad Gateway", 0, true);
    }

    ApiError toError() {
        return new ApiError(errorCode, description, retryAfter);
    }
}
