package com.nabaa.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What reaches the conversation: a message, a press of one of its buttons, or an inline search. */
public sealed interface Incoming permits Incoming.Text, Incoming.Press, Incoming.Inline {

    /**
     * A text message (a question, a command, a follow-up).
     *
     * @param text            what the reader wrote, a mention of the bot removed ("/start payload",
     *                        "ايه اخبار الدهب؟"); a command addressed as /cmd@bot arrives as /cmd
     * @param replyTo         the id of the bot's own message this one replies to, when it does
     * @param addressedToBot  true in a private chat; elsewhere true only for a command, a mention of
     *                        the bot, or a reply to one of its messages (the bot ignores the rest)
     * @param at              when it was sent
     */
    record Text(Chat chat, Reader from, String text, Optional<Long> replyTo, boolean addressedToBot, Instant at)
            implements Incoming {
        public Text {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(replyTo, "replyTo");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A press of a button the conversation attached to one of its messages. Every press gets exactly
     * one {@link Outgoing.Notice} back (Telegram requires each callback to be answered).
     *
     * @param messageId the message that carries the button
     * @param data      the button's data, as the conversation made it, or as someone forged it
     */
    record Press(Chat chat, Reader from, long messageId, String data, Instant at) implements Incoming {
        public Press {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An inline search ("@bot words" typed in any chat).
     *
     * @param offset the offset of the page asked for: empty for the first, else what the previous
     *               {@link Outgoing.InlineAnswer#nextOffset} said
     */
    record Inline(Reader from, String query, String offset, Instant at) implements Incoming {
        public Inline {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(at, "at");
        }
    }
}
