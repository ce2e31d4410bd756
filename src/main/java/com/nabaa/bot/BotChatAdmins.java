package com.nabaa.bot;

import com.nabaa.conversation.ChatAdmins;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether a member of a group administers it, as Telegram says (getChatMember), remembered for a few
 * minutes so that a burst of settings presses asks once. When Telegram cannot tell, the answer is no:
 * a group's subscriptions change only when an admin surely asked.
 */
final class BotChatAdmins implements ChatAdmins {
    private static final Logger LOG = LoggerFactory.getLogger(BotChatAdmins.class);
    static final Duration REMEMBER = Duration.ofMinutes(5);
    /** Past this many answers remembered, they are forgotten at once: memory stays bounded. */
    static final int MAX_REMEMBERED = 10_000;

    private final TelegramClient client;
    private final Map<String, Answer> remembered = new ConcurrentHashMap<>();

    private record Answer(boolean admin, long until) {
    }

    BotChatAdmins(TelegramClient client) {
        this.client = client;
    }

    @Override
    public boolean isAdmin(long chatId, long userId) {
        String key = chatId + ":" + userId;
        long now = System.nanoTime();
        Answer known = remembered.get(key);
        if (known != null && known.until() - now > 0) return known.admin();
        boolean admin = ask(chatId, userId);
        if (remembered.size() >= MAX_REMEMBERED) remembered.clear();
        remembered.put(key, new Answer(admin, now + REMEMBER.toNanos()));
        return admin;
    }

    private boolean ask(long chatId, long userId) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            String status = member.getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (TelegramApiException e) {
            LOG.warn("cannot tell whether user {} administers chat {}: {}", userId, chatId, e.getMessage());
            return false;
        }
    }
}
