package com.nabaa.conversation;

/**
 * Who administers a group: only its admins change its subscriptions. The carrier answers it (the
 * bot asks Telegram's getChatMember); the conversation asks only about groups, since a private
 * chat's reader and a channel (whose posts come from the channel itself) always may.
 */
@FunctionalInterface
public interface ChatAdmins {
    /** Whether {@code userId} is an admin (or the creator) of group {@code chatId}. */
    boolean isAdmin(long chatId, long userId);

    /** Knows no admin: nobody changes a group's subscriptions. */
    static ChatAdmins none() {
        return (chatId, userId) -> false;
    }
}
