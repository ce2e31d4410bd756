package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** answerCallbackQuery and answerInlineQuery, with the checks Telegram makes on each. */
final class QueryMethods {
    static final int MAX_ALERT_CHARS = 200;
    static final int MAX_INLINE_RESULTS = 50;
    static final int MAX_ID_BYTES = 64;

    private final World world;

    QueryMethods(World world) {
        this.world = world;
    }

    void register(Map<String, Handler> into) {
        into.put("answerCallbackQuery", this::answerCallback);
        into.put("answerInlineQuery", this::answerInline);
    }

    private JsonNode answerCallback(Params p) throws ApiError {
        String id = p.requireText("callback_query_id");
        String text = p.text("text").orElse("");
        if (text.length() > MAX_ALERT_CHARS) {
            world.violation(Violation.Rule.TEXT_TOO_LONG, "callback answer text is " + text.length()
                    + " characters, allowed " + MAX_ALERT_CHARS, p);
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        try {
            world.queries.answerCallback(id);
        } catch (ApiError e) {
            world.violation(Violation.Rule.CALLBACK_ANSWER, "unknown or already answered callback query " + id, p);
            throw e;
        }
        return BooleanNode.TRUE;
    }

    private JsonNode answerInline(Params p) throws ApiError {
        String id = p.requireText("inline_query_id");
        JsonNode results = p.get("results").filter(JsonNode::isArray)
                .orElseThrow(() -> ApiError.badRequest("results must be an array of InlineQueryResult"));
        List<String> problems = new ArrayList<>(resultProblems(results));
        String nextOffset = p.text("next_offset").orElse("");
        if (bytes(nextOffset) > MAX_ID_BYTES) {
            problems.add("NEXT_OFFSET_INVALID: next_offset is " + bytes(nextOffset) + " bytes, allowed "
                    + MAX_ID_BYTES);
        }
        problems.forEach(problem -> world.violation(Violation.Rule.INLINE_ANSWER, problem, p));
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(problems.get(0));
        }
        try {
            world.queries.answerInline(id);
        } catch (ApiError e) {
            world.violation(Violation.Rule.INLINE_ANSWER, "unknown or already answered inline query " + id, p);
            throw e;
        }
        return BooleanNode.TRUE;
    }

    private List<String> resultProblems(JsonNode results) {
        List<String> problems = new ArrayList<>();
        if (results.size() > MAX_INLINE_RESULTS) {
            problems.add("RESULTS_TOO_MUCH: " + results.size() + " results, allowed " + MAX_INLINE_RESULTS);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText("");
            if (id.isEmpty() || bytes(id) > MAX_ID_BYTES) {
                problems.add("RESULT_ID_INVALID: result id \"" + id + "\" is " + bytes(id) + " bytes, allowed 1-"
                        + MAX_ID_BYTES);
            }
            if (!ids.add(id)) {
                problems.add("RESULT_ID_DUPLICATE: result id \"" + id + "\" appears twice");
            }
            JsonNode content = result.path("input_message_content");
            if (content.has("message_text")) {
                TextRules.check(content.get("message_text").asText(),
                        Optional.ofNullable(content.get("parse_mode")).map(JsonNode::asText),
                        Optional.ofNullable(content.get("entities")), TextRules.MESSAGE_LIMIT)
                        .problems().forEach(problem -> problems.add("result \"" + id + "\": " + problem.description()));
            }
            if (result.has("reply_markup")) {
                MarkupRules.check(result.get("reply_markup"))
                        .forEach(problem -> problems.add("result \"" + id + "\": " + problem));
            }
        }
        return problems;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
