package com.nabaa.bot.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Error answers to give instead of the real ones: the next N calls of a method, or to a chat. */
public final class Faults {
    private final List<Planned> planned = new ArrayList<>();

    Faults() {
    }

    /** The next {@code times} calls of {@code method} (any chat) answer with the fault. */
    public synchronized void failNext(String method, int times, Fault fault) {
        planned.add(new Planned(method.toLowerCase(Locale.ROOT), Optional.empty(), times, fault));
    }

    /** The next {@code times} calls naming this chat_id (any method) answer with the fault. */
    public synchronized void failNextInChat(long chatId, int times, Fault fault) {
        planned.add(new Planned("", Optional.of(chatId), times, fault));
    }

    /** Takes the fault planned for this call, if any; the earliest plan that matches wins. */
    synchronized Optional<Fault> take(String method, Optional<Long> chatId) {
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            boolean matches = p.chatId.isPresent() ? p.chatId.equals(chatId)
                    : p.method.equals(method.toLowerCase(Locale.ROOT));
            if (matches) {
                planned.set(i, new Planned(p.method, p.chatId, p.times - 1, p.fault));
                planned.removeIf(left -> left.times <= 0);
                return Optional.of(p.fault);
            }
        }
        return Optional.empty();
    }

    private record Planned(String method, Optional<Long> chatId, int times, Fault fault) {
    }
}
