package com.nabaa.push;

/**
 * The port through which pushes reach readers: the bot renders a message in the chat's language and
 * sends it within Telegram's limits, behind readers' replies. Push knows nothing of Telegram.
 */
public interface Notifier {
    /** Sends one push; exactly one of the outcome's methods is called, once, later or at once. */
    void send(Push push, Outcome outcome);

    /** What became of a push. */
    interface Outcome {
        /** Telegram has it, as message {@code messageId}. */
        void sent(long messageId);

        /** The chat cannot be reached (blocked, kicked, gone): it will get nothing more. */
        void unreachable(String why);

        /** Telegram refused it or kept failing: it is not tried again. */
        void failed(String why);

        /** The carrier is stopping: the push stays queued for the next start. */
        void notNow();
    }
}
