package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side: {@code /bot<token>/<method>} on a loopback port, answered as api.telegram.org does
 * (401 for a wrong token, 404 for an unknown method, the error_code as HTTP status). Every call is
 * logged with its arrival time, after its answer is decided.
 */
final class ApiServer implements AutoCloseable {
    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/(?:test/)?([A-Za-z]+)/?");
    private static final String GATEWAY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private final World world;
    /** Handlers by lower-cased name: Telegram's method names are case-insensitive. */
    private final Map<String, Handler> methods = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final HttpServer server;
    private final ExecutorService threads;

    ApiServer(World world) throws IOException {
        this.world = world;
        Map<String, Handler> byName = new HashMap<>();
        new BotMethods(world).register(byName);
        new MessageMethods(world).register(byName);
        new QueryMethods(world).register(byName);
        new ChatMethods(world).register(byName);
        byName.forEach((name, handler) -> {
            methods.put(name.toLowerCase(Locale.ROOT), handler);
            canonical.put(name.toLowerCase(Locale.ROOT), name);
        });
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-telegram-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long nanos = System.nanoTime();
            Instant at = Instant.now();
            Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
            if (!path.matches()) {
                send(exchange, Reply.of(new ApiError(404, "Not Found", 0)));
                return;
            }
            if (!path.group(1).equals(world.options.token())) {
                send(exchange, Reply.of(new ApiError(401, "Unauthorized", 0)));
                return;
            }
            String method = canonical.getOrDefault(path.group(2).toLowerCase(Locale.ROOT), path.group(2));
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            ObjectNode values = Json.object();
            Reply reply;
            try {
                values = RequestReader.read(exchange.getRequestURI().getRawQuery(), contentType,
                        exchange.getRequestBody());
                reply = answer(new Params(method, values));
            } catch (ApiError e) {
                reply = Reply.of(e);
            } catch (RuntimeException e) {
                e.printStackTrace();
                reply = Reply.of(new ApiError(500, "Internal Server Error: the fake failed: " + e, 0));
            }
            // logged before answering, so that a test sees the call as soon as the client has its answer
            world.log.add(new Call(method, values, contentType, at, nanos, reply.status));
            send(exchange, reply);
        }
    }

    private Reply answer(Params params) throws ApiError {
        Optional<Fault> fault = world.faults.take(params.method(), params.chatId());
        if (fault.isPresent() && fault.get().gatewayPage()) {
            return new Reply(fault.get().errorCode(), "text/html", GATEWAY_PAGE);
        }
        if (fault.isPresent()) {
            throw fault.get().toError();
        }
        Handler handler = methods.get(params.method().toLowerCase(Locale.ROOT));
        if (handler == null) {
            world.violation(Violation.Rule.UNKNOWN_METHOD, "Telegram answers 404 Not Found; the fake lacks it or"
                    + " it does not exist", params);
            throw new ApiError(404, "Not Found", 0);
        }
        JsonNode result;
        try {
            result = handler.call(params);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(500, "Internal Server Error: the fake is closing", 0);
        }
        ObjectNode ok = Json.object().put("ok", true);
        ok.set("result", result);
        return new Reply(200, "application/json", Json.write(ok));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.type);
        exchange.sendResponseHeaders(reply.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client went away (a long poll it gave up on); the answer is lost, as it would be with Telegram
        }
    }

    private record Reply(int status, String type, String body) {
        static Reply of(ApiError error) {
            return new Reply(error.code(), "application/json", Json.write(error.body()));
        }
    }

    @Override
    public void close() {
        world.updates.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake Telegram threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while stopping", e));
        }
    }
}
