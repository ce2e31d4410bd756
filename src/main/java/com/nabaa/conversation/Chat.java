package com.nabaa.conversation;

import java.util.Objects;

/**
 * Where a conversation happens, whatever carries it (Telegram, the terminal).
 *
 * @param id   the chat's id (Telegram's chat id; the terminal uses one fixed id)
 * @param kind a private chat with one reader, a group, or a channel
 */
public record Chat(long id, Kind kind) {
    public Chat {
        Objects.requireNonNull(kind, "kind");
    }

    /** What kind of chat: the bot answers every message in a private chat, only those addressed to it elsewhere. */
    public enum Kind { PRIVATE, GROUP, CHANNEL }
}
