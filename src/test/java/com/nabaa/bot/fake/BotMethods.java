package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** getMe, getUpdates, the webhook methods, the command menu methods, close and logOut. */
final class BotMethods {
    static final int MAX_COMMANDS = 100;

    private final World world;
    private volatile List<String> allowedUpdates = List.of();

    BotMethods(World world) {
        this.world = world;
    }

    void register(Map<String, Handler> into) {
        into.put("getMe", p -> world.options.botJson().put("can_join_groups", true)
                .put("can_read_all_group_messages", false).put("supports_inline_queries", true));
        into.put("getUpdates", this::getUpdates);
        into.put("setWebhook", this::setWebhook);
        into.put("deleteWebhook", this::deleteWebhook);
        into.put("getWebhookInfo", p -> webhookInfo());
        into.put("setMyCommands", this::setCommands);
        into.put("getMyCommands", p -> world.commands(scope(p), language(p)).orElse(Json.MAPPER.createArrayNode()));
        into.put("deleteMyCommands", p -> {
            world.deleteCommands(scope(p), language(p));
            return BooleanNode.TRUE;
        });
        into.put("close", p -> BooleanNode.TRUE);
        into.put("logOut", p -> BooleanNode.TRUE);
    }

    private JsonNode getUpdates(Params p) throws ApiError, InterruptedException {
        if (world.webhook.url().isPresent()) {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active;"
                    + " use deleteWebhook to delete the webhook first", 0);
        }
        p.get("allowed_updates").ifPresent(list -> allowedUpdates = strings(list));
        int limit = (int) Math.max(1, Math.min(100, p.longOr("limit", 100)));
        Duration timeout = Duration.ofSeconds(Math.max(0, p.longOr("timeout", 0)));
        List<FakeUpdate> updates = world.updates.poll(p.longOr("offset", 0), limit, timeout, allowedUpdates);
        ArrayNode result = Json.MAPPER.createArrayNode();
        updates.forEach(u -> result.add(u.json()));
        return result;
    }

    private JsonNode setWebhook(Params p) throws ApiError {
        String url = p.text("url").orElse("");
        if (url.isEmpty()) {
            world.webhook.delete();
            return BooleanNode.TRUE;
        }
        URI uri = webhookUri(url, p);
        String secret = p.text("secret_token").orElse("");
        if (!secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            world.violation(Violation.Rule.SETTINGS, "secret_token must be 1-256 characters of A-Z a-z 0-9 _ -", p);
            throw ApiError.badRequest("secret token contains unallowed characters");
        }
        if (p.flag("drop_pending_updates")) {
            world.updates.clear();
        }
        world.webhook.set(uri, secret.isEmpty() ? Optional.empty() : Optional.of(secret),
                p.get("allowed_updates").map(BotMethods::strings).orElse(List.of()));
        return BooleanNode.TRUE;
    }

    /** Telegram wants HTTPS; the fake also takes plain HTTP to a loopback address, for local bots. */
    private URI webhookUri(String url, Params p) throws ApiError {
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost();
            boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
            if ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // falls through to the refusal below
        }
        world.violation(Violation.Rule.SETTINGS, "webhook url must be HTTPS: " + url, p);
        throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }

    private JsonNode deleteWebhook(Params p) {
        world.webhook.delete();
        if (p.flag("drop_pending_updates")) {
            world.updates.clear();
        }
        return BooleanNode.TRUE;
    }

    private JsonNode webhookInfo() {
        ObjectNode info = Json.object().put("url", world.webhook.url().map(URI::toString).orElse(""))
                .put("has_custom_certificate", false).put("pending_update_count", world.updates.size());
        if (world.webhook.url().isPresent()) {
            info.put("max_connections", 40);
            ArrayNode allowed = info.putArray("allowed_updates");
            world.webhook.allowedUpdates().forEach(allowed::add);
        }
        world.webhook.lastError().ifPresent(error -> info.put("last_error_message", error)
                .put("last_error_date", System.currentTimeMillis() / 1000));
        return info;
    }

    private JsonNode setCommands(Params p) throws ApiError {
        JsonNode commands = p.get("commands").filter(JsonNode::isArray)
                .orElseThrow(() -> ApiError.badRequest("commands must be an array of BotCommand"));
        List<String> problems = new ArrayList<>();
        if (commands.size() > MAX_COMMANDS) {
            problems.add("too many commands: " + commands.size() + " > " + MAX_COMMANDS);
        }
        for (JsonNode command : commands) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                problems.add("BOT_COMMAND_INVALID: \"" + name + "\" (1-32 of a-z 0-9 _)");
            }
            if (description.isBlank() || description.length() > 256) {
                problems.add("BOT_COMMAND_DESCRIPTION_INVALID: \"" + name + "\" needs a description of 1-256 characters");
            }
        }
        if (!language(p).matches("|[a-z]{2}")) {
            problems.add("invalid language_code \"" + language(p) + "\" (two-letter ISO 639-1 or empty)");
        }
        problems.forEach(problem -> world.violation(Violation.Rule.SETTINGS, problem, p));
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(problems.get(0));
        }
        world.commands(scope(p), language(p), (ArrayNode) commands);
        return BooleanNode.TRUE;
    }

    /** "default", "all_private_chats", "chat:-100123", "chat_member:-100123:42", ... */
    static String scope(Params p) {
        JsonNode scope = p.get("scope").orElse(Json.object().put("type", "default"));
        StringBuilder key = new StringBuilder(scope.path("type").asText("default"));
        if (scope.has("chat_id")) {
            key.append(':').append(scope.get("chat_id").asText());
        }
        if (scope.has("user_id")) {
            key.append(':').append(scope.get("user_id").asText());
        }
        return key.toString();
    }

    private static String language(Params p) {
        return p.text("language_code").orElse("");
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }
}
