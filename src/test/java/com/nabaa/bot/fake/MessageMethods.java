package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** sendMessage, editMessageText, editMessageReplyMarkup, deleteMessage, sendChatAction. */
final class MessageMethods {
    private static final Set<String> ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";

    private final World world;

    MessageMethods(World world) {
        this.world = world;
    }

    void register(Map<String, Handler> into) {
        into.put("sendMessage", this::sendMessage);
        into.put("editMessageText", this::editText);
        into.put("editMessageReplyMarkup", this::editMarkup);
        into.put("deleteMessage", this::delete);
        into.put("sendChatAction", this::chatAction);
    }

    private JsonNode sendMessage(Params p) throws ApiError {
        FakeChat chat = world.chats.reachable(p.requireLong("chat_id"));
        TextRules.Checked text = text(p);
        Optional<JsonNode> markup = markup(p);
        Optional<FakeMessage> replyTo = replyTarget(chat, p);
        countSend(chat, p);
        return world.messages.add(chat, world.options.botJson(), true, p.requireText("text"), text.plain(),
                text.entities(), markup, replyTo).json();
    }

    private JsonNode editText(Params p) throws ApiError {
        TextRules.Checked text = text(p);
        Optional<JsonNode> markup = markup(p);
        if (p.get("inline_message_id").isPresent()) {
            return BooleanNode.TRUE;
        }
        FakeChat chat = world.chats.reachable(p.requireLong("chat_id"));
        FakeMessage old = editable(chat, p);
        boolean sameText = old.text().equals(text.plain())
                && old.json().path("entities").equals(entitiesOrMissing(text));
        if (sameText && sameMarkup(old, markup)) {
            world.violation(Violation.Rule.EDIT_NOT_MODIFIED, NOT_MODIFIED, p);
            throw ApiError.badRequest(NOT_MODIFIED);
        }
        countSend(chat, p);
        return world.messages.edit(old, p.requireText("text"), text.plain(), text.entities(), markup).json();
    }

    private JsonNode editMarkup(Params p) throws ApiError {
        Optional<JsonNode> markup = markup(p);
        if (p.get("inline_message_id").isPresent()) {
            return BooleanNode.TRUE;
        }
        FakeChat chat = world.chats.reachable(p.requireLong("chat_id"));
        FakeMessage old = editable(chat, p);
        if (sameMarkup(old, markup)) {
            world.violation(Violation.Rule.EDIT_NOT_MODIFIED, NOT_MODIFIED, p);
            throw ApiError.badRequest(NOT_MODIFIED);
        }
        countSend(chat, p);
        ArrayNode entities = Json.MAPPER.createArrayNode();
        old.json().path("entities").forEach(entities::add);
        return world.messages.edit(old, old.source(), old.text(), entities, markup).json();
    }

    private JsonNode delete(Params p) throws ApiError {
        long chatId = p.requireLong("chat_id");
        world.chats.find(chatId).orElseThrow(() -> ApiError.badRequest("chat not found"));
        if (!world.messages.delete(chatId, p.requireLong("message_id"))) {
            throw ApiError.badRequest("message to delete not found");
        }
        return BooleanNode.TRUE;
    }

    private JsonNode chatAction(Params p) throws ApiError {
        world.chats.reachable(p.requireLong("chat_id"));
        String action = p.requireText("action");
        if (!ACTIONS.contains(action)) {
            throw ApiError.badRequest("wrong parameter action in request");
        }
        return BooleanNode.TRUE;
    }

    private TextRules.Checked text(Params p) throws ApiError {
        String source = p.text("text").orElse("");
        TextRules.Checked checked = TextRules.check(source, p.text("parse_mode"), p.get("entities"),
                TextRules.MESSAGE_LIMIT);
        for (TextRules.Problem problem : checked.problems()) {
            world.violation(problem.rule(), problem.description(), p);
        }
        Optional<TextRules.Problem> refusal = checked.refusal();
        if (refusal.isPresent()) {
            throw ApiError.badRequest(refusal.get().description());
        }
        return checked;
    }

    private Optional<JsonNode> markup(Params p) throws ApiError {
        Optional<JsonNode> markup = p.get("reply_markup");
        if (markup.isPresent() && !markup.get().isObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        List<String> problems = markup.map(MarkupRules::check).orElse(List.of());
        problems.forEach(problem -> world.violation(Violation.Rule.BUTTON, problem, p));
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(problems.get(0));
        }
        return markup;
    }

    private Optional<FakeMessage> replyTarget(FakeChat chat, Params p) throws ApiError {
        long id = p.get("reply_parameters").map(r -> r.path("message_id").asLong(0))
                .orElse(p.longOr("reply_to_message_id", 0));
        if (id == 0) {
            return Optional.empty();
        }
        Optional<FakeMessage> original = world.messages.find(chat.id(), id);
        boolean allowMissing = p.get("reply_parameters").map(r -> r.path("allow_sending_without_reply").asBoolean())
                .orElse(p.flag("allow_sending_without_reply"));
        if (original.isEmpty() && !allowMissing) {
            throw ApiError.badRequest("message to be replied not found");
        }
        return original;
    }

    private FakeMessage editable(FakeChat chat, Params p) throws ApiError {
        long id = p.requireLong("message_id");
        Optional<FakeMessage> old = world.messages.find(chat.id(), id).filter(FakeMessage::fromBot);
        if (old.isEmpty()) {
            String why = world.messages.find(chat.id(), id).isPresent() ? "message can't be edited"
                    : "message to edit not found";
            world.violation(Violation.Rule.EDIT_MISSING, why + " (message " + id + ")", p);
            throw ApiError.badRequest(why);
        }
        return old.get();
    }

    private static boolean sameMarkup(FakeMessage old, Optional<JsonNode> markup) {
        JsonNode now = markup.filter(m -> m.has("inline_keyboard")).orElse(MissingNode.getInstance());
        return old.replyMarkup().equals(now);
    }

    private static JsonNode entitiesOrMissing(TextRules.Checked text) {
        return text.entities().isEmpty() ? MissingNode.getInstance() : text.entities();
    }

    private void countSend(FakeChat chat, Params p) {
        world.rate.send(chat.id(), chat.isPrivate(), System.nanoTime()).ifPresent(rule -> {
            RateLimits limits = world.rate.limits();
            String limit = switch (rule) {
                case RATE_PRIVATE_CHAT -> "a burst of " + limits.privateBurst() + ", then "
                        + limits.privatePerSecond() + "/s to one private chat";
                case RATE_GROUP -> limits.groupPerMinute() + "/min to one group";
                default -> limits.overallPerSecond() + "/s overall";
            };
            world.violation(rule, "sent faster than " + limit + " (chat " + chat.id() + ")", p);
        });
    }
}
