package com.nabaa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot API server on the loopback address for {@code nabaa bench bot}: it hands out readers'
 * questions through long-polled {@code getUpdates}, takes the bot's replies, and times each question
 * from the moment it was queued to the moment its first reply arrived. It speaks the real HTTP
 * protocol to the real Telegram client; it does not check what it is sent (the tests' fake does
 * that), it counts.
 */
final class BenchBotApi implements AutoCloseable {
    static final String TOKEN = "1000001:bench-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A window is broken when more than the limit arrive within a second less 20 ms: this server
     * stamps a request when its thread runs, in the same JVM as the bot, so a GC pause of either
     * bunches a few arrivals together that left evenly.
     */
    private static final long SECOND_LESS_JITTER = TimeUnit.MILLISECONDS.toNanos(980);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ArrayDeque<ObjectNode> updates = new ArrayDeque<>();
    private final Map<Long, ArrayDeque<Long>> waiting = new HashMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();
    private final Map<Long, Long> lastToChat = new HashMap<>();
    private volatile int overallLimit = Integer.MAX_VALUE;
    private long violations;
    private long firstSend;
    private long lastSend;
    private long sends;
    private long nextUpdateId = 1;
    private long asked;
    private long answered;

    BenchBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(threads);
        server.createContext("/bot" + TOKEN + "/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues a reader's question in a private chat whose id is the reader's. */
    synchronized void ask(long reader, String text) {
        ObjectNode from = JSON.createObjectNode().put("id", reader).put("is_bot", false).put("first_name", "reader")
                .put("language_code", "ar");
        ObjectNode chat = JSON.createObjectNode().put("id", reader).put("type", "private");
        ObjectNode message = JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement())
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        message.set("from", from);
        message.set("chat", chat);
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId++);
        update.set("message", message);
        updates.addLast(update);
        waiting.computeIfAbsent(reader, r -> new ArrayDeque<>()).addLast(System.nanoTime());
        asked++;
        notifyAll();
    }

    /** Questions asked and not answered yet. */
    synchronized long backlog() {
        return asked - answered;
    }

    synchronized long answered() {
        return answered;
    }

    /** Question-to-first-reply times so far, in nanoseconds, and forgets them. */
    synchronized List<Long> takeLatencies() {
        List<Long> out = new ArrayList<>(latencies);
        latencies.clear();
        return out;
    }

    long replies() {
        return replies.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            JsonNode result = switch (method) {
                case "getme" -> JSON.createObjectNode().put("id", 1000001).put("is_bot", true)
                        .put("first_name", "Nabaa").put("username", "nabaa_bench_bot");
                case "getupdates" -> poll(params.path("offset").asLong(0), params.path("limit").asInt(100),
                        params.path("timeout").asInt(0));
                case "sendmessage", "editmessagetext" -> replied(params);
                default -> JSON.getNodeFactory().booleanNode(true);
            };
            ObjectNode response = JSON.createObjectNode().put("ok", true);
            response.set("result", result);
            byte[] out = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    private synchronized JsonNode poll(long offset, int limit, int timeoutSeconds) {
        while (!updates.isEmpty() && updates.peekFirst().path("update_id").asLong() < offset) updates.pollFirst();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (updates.isEmpty() && System.nanoTime() < deadline) {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var array = JSON.createArrayNode();
        for (ObjectNode u : updates) {
            if (array.size() >= limit) break;
            array.add(u);
        }
        return array;
    }

    /**
     * From now on, counts the sends that break Telegram's limits: more than {@code perSecond} in any
     * second overall, or two to one chat less than a second apart.
     */
    synchronized void meter(int perSecond) {
        overallLimit = perSecond;
        lastSecond.clear();
        lastToChat.clear();
        violations = 0;
        sends = 0;
    }

    /** Sends since {@link #meter}, the limit violations among them, and their rate from first to last. */
    synchronized String rate() {
        double seconds = Math.max(1e-9, (lastSend - firstSend) / 1e9);
        return String.format(Locale.ROOT, "%,d messages at %.1f messages/s, %d limit violations", sends,
                sends > 1 ? (sends - 1) / seconds : 0, violations);
    }

    synchronized double perSecond() {
        return sends > 1 ? (sends - 1) / Math.max(1e-9, (lastSend - firstSend) / 1e9) : 0;
    }

    synchronized long violations() {
        return violations;
    }

    synchronized long sends() {
        return sends;
    }

    private void count(long chatId, long now) {
        if (sends++ == 0) firstSend = now;
        lastSend = now;
        while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) lastSecond.pollFirst();
        lastSecond.addLast(now);
        if (lastSecond.size() > overallLimit && now - lastSecond.peekFirst() < SECOND_LESS_JITTER) violations++;
        Long previous = lastToChat.put(chatId, now);
        // A little slack for the network: Telegram measures on its side too.
        if (previous != null && now - previous < TimeUnit.MILLISECONDS.toNanos(950)) violations++;
    }

    private JsonNode replied(JsonNode params) {
        long chatId = params.path("chat_id").asLong();
        long now = System.nanoTime();
        replies.incrementAndGet();
        synchronized (this) {
            count(chatId, now);
            ArrayDeque<Long> queued = waiting.get(chatId);
            if (queued != null && !queued.isEmpty()) {
                latencies.add(now - queued.pollFirst());
                answered++;
                if (queued.isEmpty()) waiting.remove(chatId);
            }
        }
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "private");
        ObjectNode message = JSON.createObjectNode().put("message_id", params.has("message_id")
                ? params.path("message_id").asLong() : nextMessageId.getAndIncrement())
                .put("date", System.currentTimeMillis() / 1000).put("text", params.path("text").asText(""));
        message.set("chat", chat);
        return message;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
