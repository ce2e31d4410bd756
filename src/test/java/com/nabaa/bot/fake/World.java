package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the fake Telegram knows; each part is thread-safe on its own. */
final class World {
    final FakeOptions options;
    final Chats chats = new Chats();
    final MessageStore messages = new MessageStore();
    final UpdateQueue updates = new UpdateQueue();
    final Queries queries = new Queries();
    final Violations violations = new Violations();
    final CallLog log = new CallLog();
    final Faults faults = new Faults();
    final RateMeter rate;
    final Webhook webhook;
    private final Map<String, ArrayNode> commands = new HashMap<>();

    World(FakeOptions options) {
        this.options = options;
        this.rate = new RateMeter(options.limits());
        this.webhook = new Webhook(updates);
    }

    synchronized void commands(String scope, String language, ArrayNode list) {
        commands.put(scope + "|" + language, list.deepCopy());
    }

    synchronized Optional<ArrayNode> commands(String scope, String language) {
        return Optional.ofNullable(commands.get(scope + "|" + language)).map(ArrayNode::deepCopy);
    }

    synchronized void deleteCommands(String scope, String language) {
        commands.remove(scope + "|" + language);
    }

    void violation(Violation.Rule rule, String detail, Params request) {
        violations.add(rule, detail, request.method(), request);
    }
}
