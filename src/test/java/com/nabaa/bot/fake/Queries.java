package com.nabaa.bot.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Callback and inline queries the fake made, and whether the bot answered each exactly once. */
final class Queries {
    private final Map<String, Boolean> callbacks = new LinkedHashMap<>();
    private final Map<String, Boolean> inline = new LinkedHashMap<>();
    private long last = 4_000_000_000_000_000L;

    synchronized String newCallback() {
        String id = Long.toString(++last);
        callbacks.put(id, false);
        return id;
    }

    synchronized String newInline() {
        String id = Long.toString(++last);
        inline.put(id, false);
        return id;
    }

    /** Marks a callback query answered; refuses unknown ids and second answers as Telegram does. */
    synchronized void answerCallback(String id) throws ApiError {
        answer(callbacks, id);
    }

    synchronized void answerInline(String id) throws ApiError {
        answer(inline, id);
    }

    private static void answer(Map<String, Boolean> queries, String id) throws ApiError {
        Boolean answered = queries.get(id);
        if (answered == null || answered) {
            throw ApiError.queryTooOld();
        }
        queries.put(id, true);
    }

    synchronized List<String> unansweredCallbacks() {
        List<String> open = new ArrayList<>();
        callbacks.forEach((id, answered) -> {
            if (!answered) {
                open.add(id);
            }
        });
        return open;
    }
}
