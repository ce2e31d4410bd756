package com.nabaa.conversation;

import com.nabaa.news.Language;
import java.util.List;

/**
 * The conversation as its carriers see it: Telegram (the bot package) and the terminal (nabaa chat)
 * drive the same implementation. Thread-safe; a carrier hands it one chat's messages in order and
 * different chats' messages concurrently.
 */
public interface Dialog {
    /** What to do about one incoming message, button press or inline search, in order. */
    List<Outgoing> handle(Incoming incoming);

    /**
     * The carrier sent (or edited) a message whose {@code shows} was set: replies to message
     * {@code messageId} and presses of its buttons now find what it shows.
     */
    void sent(long chatId, long messageId, String shows);

    /** The chat cannot be reached any more (the reader blocked the bot, it was removed from the group). */
    void unreachable(long chatId);

    /** The command menu in a language, for the carrier to publish (Telegram's setMyCommands). */
    List<CommandInfo> menu(Language language);

    /** One entry of the command menu: the command without its slash, and what it does. */
    record CommandInfo(String command, String description) {
    }
}
