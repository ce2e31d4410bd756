package com.nabaa.bot;

/** The bot cannot start: the message tells the operator what to fix (token, API address, webhook secret). */
public final class BotStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BotStartException(String message) {
        super(message);
    }

    BotStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
