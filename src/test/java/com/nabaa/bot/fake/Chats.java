package com.nabaa.bot.fake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chats the fake knows, who was seen in each, their admins, and which chats refuse the bot. */
final class Chats {
    private final Map<Long, FakeChat> chats = new HashMap<>();
    private final Map<Long, Map<Long, FakeUser>> members = new HashMap<>();
    private final Map<Long, List<FakeUser>> admins = new HashMap<>();
    private final Map<Long, String> refusing = new HashMap<>();

    synchronized void seen(FakeChat chat, FakeUser user) {
        chats.put(chat.id(), chat);
        members.computeIfAbsent(chat.id(), id -> new LinkedHashMap<>()).put(user.id(), user);
    }

    synchronized void know(FakeChat chat) {
        chats.put(chat.id(), chat);
    }

    synchronized Optional<FakeChat> find(long chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    /** The chat the bot may send to: 400 if Telegram does not know it, 403 if it refuses the bot. */
    synchronized FakeChat reachable(long chatId) throws ApiError {
        FakeChat chat = chats.get(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        String refusal = refusing.get(chatId);
        if (refusal != null) {
            throw new ApiError(403, refusal, 0);
        }
        return chat;
    }

    synchronized void refuse(long chatId, String description) {
        refusing.put(chatId, description);
    }

    synchronized void accept(long chatId) {
        refusing.remove(chatId);
    }

    synchronized void admins(FakeChat chat, List<FakeUser> owners) {
        chats.put(chat.id(), chat);
        admins.put(chat.id(), List.copyOf(owners));
        owners.forEach(user -> members.computeIfAbsent(chat.id(), id -> new LinkedHashMap<>()).put(user.id(), user));
    }

    synchronized List<FakeUser> admins(long chatId) {
        return admins.getOrDefault(chatId, List.of());
    }

    /** "creator" for the first admin, "administrator" for the others, "member" for anyone seen. */
    synchronized Optional<String> status(long chatId, long userId) {
        List<FakeUser> chatAdmins = admins(chatId);
        for (int i = 0; i < chatAdmins.size(); i++) {
            if (chatAdmins.get(i).id() == userId) {
                return Optional.of(i == 0 ? "creator" : "administrator");
            }
        }
        return Optional.ofNullable(members.getOrDefault(chatId, Map.of()).get(userId)).map(user -> "member");
    }

    synchronized Optional<FakeUser> member(long chatId, long userId) {
        return Optional.ofNullable(members.getOrDefault(chatId, Map.of()).get(userId));
    }
}
