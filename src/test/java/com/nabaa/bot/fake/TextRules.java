package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Telegram checks in a message text: it must parse (for parse_mode=HTML), be 1..limit UTF-16 code
 * units after parsing, and carry at most 100 entities. MarkdownV2 and Markdown text is only measured
 * raw: the fake does not parse Markdown.
 */
final class TextRules {
    static final int MESSAGE_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    static final int MAX_ENTITIES = 100;

    private TextRules() {
    }

    /** A broken rule; {@code refused} when Telegram answers 400 rather than taking the message. */
    record Problem(Violation.Rule rule, String description, boolean refused) {
    }

    /** The text a reader sees, its entities as Telegram returns them, and the rules it broke. */
    record Checked(String plain, ArrayNode entities, List<Problem> problems) {
        Checked {
            problems = List.copyOf(problems);
        }

        Optional<Problem> refusal() {
            return problems.stream().filter(Problem::refused).findFirst();
        }
    }

    static Checked check(String text, Optional<String> parseMode, Optional<JsonNode> entities, int limit) {
        List<Problem> problems = new ArrayList<>();
        String mode = parseMode.orElse("").toLowerCase(Locale.ROOT);
        String plain = text;
        ArrayNode out = Json.MAPPER.createArrayNode();
        switch (mode) {
            case "html" -> {
                TelegramHtmlCheck.Parsed parsed = TelegramHtmlCheck.parse(text);
                plain = parsed.text();
                parsed.entities().forEach(e -> out.add(entity(e)));
                parsed.error().ifPresent(error -> problems.add(new Problem(Violation.Rule.HTML, error, true)));
            }
            case "" -> entities.filter(JsonNode::isArray).ifPresent(given -> given.forEach(out::add));
            case "markdown", "markdownv2" -> {
            }
            default -> problems.add(new Problem(Violation.Rule.HTML, "unsupported parse_mode \"" + mode + "\"", true));
        }
        if (plain.isBlank()) {
            problems.add(new Problem(Violation.Rule.TEXT_EMPTY, "message text is empty", true));
        }
        if (plain.length() > limit) {
            problems.add(new Problem(Violation.Rule.TEXT_TOO_LONG, (limit == MESSAGE_LIMIT ? "message is too long"
                    : "message caption is too long") + " (" + plain.length() + " > " + limit + " UTF-16 units)",
                    true));
        }
        if (out.size() > MAX_ENTITIES) {
            problems.add(new Problem(Violation.Rule.TOO_MANY_ENTITIES,
                    out.size() + " entities, Telegram keeps only " + MAX_ENTITIES, false));
        }
        return new Checked(plain, out, problems);
    }

    private static ObjectNode entity(TelegramHtmlCheck.Entity e) {
        ObjectNode node = Json.object().put("type", e.type()).put("offset", e.offset()).put("length", e.length());
        e.extra().forEach(node::put);
        return node;
    }
}
