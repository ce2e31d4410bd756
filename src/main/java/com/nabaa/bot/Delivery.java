package com.nabaa.bot;

import java.io.Serializable;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * One message to send (or edit) in one chat, with what to do when it has gone or failed for good.
 *
 * @param group whether the chat is a group or channel (20 messages a minute) rather than a private chat
 */
record Delivery(long chatId, boolean group, Sender.Priority priority, BotApiMethod<? extends Serializable> method,
                Outcome outcome) {
    Delivery {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What becomes of a delivery. Called once, on a sender thread. */
    interface Outcome {
        void sent(Serializable result);

        void failed(Failure failure, String description);
    }

    /** Why a delivery failed for good. */
    enum Failure {
        /** The reader blocked the bot, or the chat is gone (403, "chat not found"): the chat is deactivated. */
        UNREACHABLE,
        /** Telegram refused this request (400): sending it again would fail again. */
        REJECTED,
        /** Telegram or the network kept failing through every retry. */
        GAVE_UP,
        /** The sender was closed before it could send. */
        CLOSED
    }
}
