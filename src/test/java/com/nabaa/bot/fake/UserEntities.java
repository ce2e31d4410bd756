package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities Telegram's clients attach to what a user types: "bot_command" for /start or
 * /start@bot and "mention" for @username, each starting a word. Offsets and lengths are in UTF-16
 * code units, which is what Java string indices are.
 */
final class UserEntities {
    private static final Pattern COMMAND = Pattern.compile("(?<![\\S])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?(?![\\w@])");
    private static final Pattern MENTION = Pattern.compile("(?<![\\S])@[A-Za-z0-9_]{3,32}(?!\\w)");

    private UserEntities() {
    }

    static ArrayNode scan(String text) {
        List<ObjectNode> found = new ArrayList<>();
        add(found, COMMAND.matcher(text), "bot_command");
        add(found, MENTION.matcher(text), "mention");
        found.sort(Comparator.comparingInt(e -> e.get("offset").asInt()));
        return Json.MAPPER.createArrayNode().addAll(found);
    }

    private static void add(List<ObjectNode> found, Matcher m, String type) {
        while (m.find()) {
            found.add(Json.object().put("offset", m.start()).put("length", m.end() - m.start()).put("type", type));
        }
    }
}
