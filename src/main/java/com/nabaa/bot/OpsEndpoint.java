package com.nabaa.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code /health} and {@code /metrics} on a local port, for the operator's monitoring: health says
 * 200 "ok" while the bot is receiving updates and 503 otherwise; metrics are Prometheus' text format.
 * Bound to the loopback address: it is not for the internet.
 */
public final class OpsEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;

    private OpsEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static OpsEndpoint start(int port, BotMetrics metrics, BooleanSupplier healthy) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> new Thread(r, "nabaa-ops"));
        server.setExecutor(threads);
        server.createContext("/health", exchange -> {
            boolean ok = healthy.getAsBoolean();
            respond(exchange, ok ? 200 : 503, "text/plain; charset=utf-8",
                    (ok ? "ok\n" : "not receiving updates\n").getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/metrics", exchange -> {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            metrics.write(body);
            respond(exchange, 200, BotMetrics.contentType(), body.toByteArray());
        });
        server.start();
        return new OpsEndpoint(server, threads);
    }

    /** The port actually bound (0 in the settings picks a free one, as tests do). */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
