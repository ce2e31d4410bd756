package com.nabaa.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot's own HTTP endpoint in webhook mode: Telegram POSTs each update here with the secret
 * given at {@code setWebhook}. A request without that exact secret is refused (401) and nothing of
 * it is read further; a good one is handed over and answered 200 at once, so Telegram never waits
 * for an answer to be made.
 */
final class WebhookEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are small; anything bigger is not from Telegram. */
    static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads;

    private WebhookEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static WebhookEndpoint start(int port, String path, String secret, ObjectMapper json, Consumer<Update> updates)
            throws IOException {
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(threads);
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
                if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                    LOG.warn("webhook request from {} without the right secret refused", exchange.getRemoteAddress());
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                Update update = read(exchange, json);
                if (update == null) return;
                updates.accept(update);
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        return new WebhookEndpoint(server, threads);
    }

    private static Update read(HttpExchange exchange, ObjectMapper json) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                exchange.sendResponseHeaders(413, -1);
                return null;
            }
            return json.readValue(body, Update.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warn("webhook request that is not an update refused: {}", e.getOriginalMessage());
            exchange.sendResponseHeaders(400, -1);
            return null;
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
