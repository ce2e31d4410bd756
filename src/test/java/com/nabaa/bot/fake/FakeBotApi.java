package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API server on a loopback port, for driving the real TelegramBots client and
 * long-polling application end to end. It answers the Bot API over real HTTP, queues updates that
 * tests make, records every call, injects failures, and checks what the bot sends as strictly as
 * Telegram does: each violation is recorded and {@link #assertNoViolations()} fails the test.
 *
 * <pre>{@code
 * try (FakeBotApi telegram = FakeBotApi.start()) {
 *     TelegramClient client = new OkHttpTelegramClient(telegram.token(), telegram.telegramUrl());
 *     telegram.updates().text(reader, "/start");
 *     telegram.awaitSent(reader.id(), 1, Duration.ofSeconds(5));
 *     telegram.assertNoViolations();
 * }
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {
    private final World world;
    private final ApiServer server;
    private final Updates updates;

    private FakeBotApi(FakeOptions options) throws IOException {
        this.world = new World(options);
        this.server = new ApiServer(world);
        this.updates = new Updates(world);
    }

    /** Starts a fake with {@link FakeOptions#defaults()}. */
    public static FakeBotApi start() {
        return start(FakeOptions.defaults());
    }

    public static FakeBotApi start(FakeOptions options) {
        try {
            return new FakeBotApi(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the fake Telegram", e);
        }
    }

    /** Where the real client should send its calls: http://127.0.0.1:port. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", server.port(), false);
    }

    /** The fake's base address, e.g. for plain HTTP calls in tests. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public FakeOptions options() {
        return world.options;
    }

    public String token() {
        return world.options.token();
    }

    /** Makes and queues updates from users. */
    public Updates updates() {
        return updates;
    }

    /** Plans error answers. */
    public Faults faults() {
        return world.faults;
    }

    /** The webhook set by the bot, and deliveries to it. */
    public Webhook webhook() {
        return world.webhook;
    }

    /** Makes a chat known without an update, as one whose user started the bot earlier. */
    public void knowChat(FakeChat chat) {
        world.chats.know(chat);
    }

    /** The group's admins: the first is its creator, the others administrators. */
    public void admins(FakeChat group, FakeUser... admins) {
        world.chats.admins(group, List.of(admins));
    }

    /** Updates queued and not yet confirmed by getUpdates (or delivered to the webhook). */
    public int pendingUpdates() {
        return world.updates.size();
    }

    /** Waits until a getUpdates long poll is waiting on the fake, i.e. the bot is polling. */
    public void awaitPolling(Duration timeout) {
        await("a getUpdates call waiting", () -> world.updates.waiting() > 0, timeout);
    }

    /** Every call so far, in the order answered. */
    public List<Call> calls() {
        return world.log.all();
    }

    /** Every call of one method (case-insensitive), in order. */
    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /**
     * What the bot did to a chat, in order: the successful calls naming it, except reads (get*) and
     * sendChatAction, so sendMessage, edits, deleteMessage and the like.
     */
    public List<Call> sent(long chatId) {
        return calls().stream().filter(c -> c.succeeded() && c.chatId().equals(Optional.of(chatId)))
                .filter(c -> !c.method().toLowerCase(Locale.ROOT).startsWith("get")
                        && !c.method().equalsIgnoreCase("sendChatAction"))
                .toList();
    }

    /** Waits until the bot did at least {@code count} things to the chat; returns them all. */
    public List<Call> awaitSent(long chatId, int count, Duration timeout) {
        await(count + " sends to chat " + chatId, () -> sent(chatId).size() >= count, timeout);
        return sent(chatId);
    }

    /** Waits until the condition holds, re-checking after every call; fails the test on timeout. */
    public void await(String what, BooleanSupplier condition, Duration timeout) {
        try {
            if (!world.log.await(condition, timeout)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what
                        + "\ncalls so far:\n" + describe(calls()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** The message as it stands now, after edits; empty if it never existed or was deleted. */
    public Optional<FakeMessage> message(long chatId, int messageId) {
        return world.messages.find(chatId, messageId);
    }

    /** The bot's messages in the chat as they stand now, oldest first. */
    public List<FakeMessage> botMessages(long chatId) {
        return world.messages.inChat(chatId).stream().filter(FakeMessage::fromBot).toList();
    }

    /** The bot's latest message in the chat. */
    public Optional<FakeMessage> lastBotMessage(long chatId) {
        List<FakeMessage> messages = botMessages(chatId);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /** The command menu set with setMyCommands for the default scope and this language ("" for all). */
    public Optional<Map<String, String>> commands(String languageCode) {
        return commands("default", languageCode);
    }

    /** The command menu for a scope key: "default", "all_private_chats", "chat:&lt;id&gt;", ... */
    public Optional<Map<String, String>> commands(String scope, String languageCode) {
        return world.commands(scope, languageCode).map(list -> {
            Map<String, String> menu = new LinkedHashMap<>();
            for (JsonNode command : list) {
                menu.put(command.path("command").asText(), command.path("description").asText());
            }
            return menu;
        });
    }

    public List<Violation> violations() {
        return world.violations.all();
    }

    /** Forgets the violations so far, for tests that provoke some on purpose. */
    public void clearViolations() {
        world.violations.clear();
    }

    /** Fails with every violation recorded, each with its request. */
    public void assertNoViolations() {
        List<Violation> all = violations();
        if (!all.isEmpty()) {
            throw new AssertionError(all.size() + " Telegram rule violation(s):\n"
                    + all.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Waits for every callback query made so far to be answered; records and fails with those that
     * were not, as a reader would see a spinning button.
     */
    public void assertEveryCallbackAnswered(Duration timeout) {
        try {
            world.log.await(() -> world.queries.unansweredCallbacks().isEmpty(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> open = world.queries.unansweredCallbacks();
        if (!open.isEmpty()) {
            open.forEach(id -> world.violations.add(Violation.Rule.CALLBACK_UNANSWERED,
                    "callback query " + id + " was not answered within " + timeout, "answerCallbackQuery",
                    new Params("answerCallbackQuery", Json.object().put("callback_query_id", id))));
            throw new AssertionError("callback queries never answered: " + open);
        }
    }

    /** Stops the server; waiting long polls end empty. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            world.webhook.close();
        }
    }

    private static String describe(List<Call> calls) {
        return calls.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    }
}
