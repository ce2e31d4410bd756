package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What Telegram checks in an inline keyboard: every button has a text and exactly one action,
 * callback_data is 1..64 bytes of UTF-8, a url is http(s) or tg, and there are at most 100 buttons.
 */
final class MarkupRules {
    static final int MAX_CALLBACK_BYTES = 64;
    static final int MAX_BUTTONS = 100;
    private static final Set<String> ACTIONS = Set.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");

    private MarkupRules() {
    }

    /** Telegram's descriptions of what is wrong with the markup; empty when it is fine. */
    static List<String> check(JsonNode markup) {
        List<String> problems = new ArrayList<>();
        if (!markup.has("inline_keyboard")) {
            return problems;
        }
        JsonNode rows = markup.get("inline_keyboard");
        if (!rows.isArray()) {
            problems.add("can't parse inline keyboard: inline_keyboard is not an array of rows");
            return problems;
        }
        int buttons = 0;
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                problems.add("can't parse inline keyboard: a row is not an array of buttons");
                continue;
            }
            for (JsonNode button : row) {
                buttons++;
                problems.addAll(button(button));
            }
        }
        if (buttons > MAX_BUTTONS) {
            problems.add("reply markup is too long (" + buttons + " buttons > " + MAX_BUTTONS + ")");
        }
        return problems;
    }

    private static List<String> button(JsonNode button) {
        List<String> problems = new ArrayList<>();
        String text = button.path("text").asText("");
        if (text.isBlank()) {
            problems.add("BUTTON_TEXT_EMPTY: a button without text");
        }
        List<String> actions = new ArrayList<>();
        button.fieldNames().forEachRemaining(name -> {
            if (ACTIONS.contains(name)) {
                actions.add(name);
            }
        });
        if (actions.isEmpty()) {
            problems.add("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                    + " (button \"" + text + "\" has neither url nor callback_data)");
        } else if (actions.size() > 1) {
            problems.add("can't parse inline keyboard button: button \"" + text + "\" has several actions " + actions);
        }
        if (button.has("callback_data")) {
            int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_CALLBACK_BYTES) {
                problems.add("BUTTON_DATA_INVALID: callback_data of button \"" + text + "\" is " + bytes
                        + " bytes, allowed 1-" + MAX_CALLBACK_BYTES);
            }
        }
        if (button.has("url") && !button.get("url").asText().matches("(?i)(https?|tg)://\\S+")) {
            problems.add("BUTTON_URL_INVALID: \"" + button.get("url").asText() + "\"");
        }
        return problems;
    }
}
