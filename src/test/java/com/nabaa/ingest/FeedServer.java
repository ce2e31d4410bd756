package com.nabaa.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds over real HTTP on 127.0.0.1: each path answers as the test says (a feed with an ETag and a
 * Last-Modified date that honours conditional requests, any status and body, a slow answer), and
 * every request is recorded with its conditional headers and when it came.
 */
final class FeedServer implements AutoCloseable {
    /** A request as received. */
    record Request(String path, Optional<String> ifNoneMatch, Optional<String> ifModifiedSince, long nanos) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> active = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code xml} as an RSS feed; its ETag and date change with its content, and a request naming them gets 304. */
    void feed(String path, String xml) {
        String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
        String modified = "Wed, 25 Nov 2026 " + String.format("%02d", Math.floorMod(xml.hashCode(), 24)) + ":00:00 GMT";
        routes.put(path, ex -> {
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
            boolean unchanged = ifNoneMatch != null ? ifNoneMatch.equals(etag) : modified.equals(ifModifiedSince);
            if (unchanged) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            ex.getResponseHeaders().add("Last-Modified", modified);
            send(ex, 200, "application/rss+xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
        });
    }

    void reply(String path, int status, String contentType, String body) {
        routes.put(path, ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers after {@code delay}, or never when the server stops first. */
    void slow(String path, Duration delay, String xml) {
        routes.put(path, ex -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            send(ex, 200, "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8));
        });
    }

    void route(String path, Handler handler) {
        routes.put(path, handler);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The most requests for {@code path} that were being answered at the same time. */
    int mostAtOnce(String path) {
        return mostAtOnce.getOrDefault(path, new AtomicInteger()).get();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(path, Optional.ofNullable(ex.getRequestHeaders().getFirst("If-None-Match")),
                Optional.ofNullable(ex.getRequestHeaders().getFirst("If-Modified-Since")), System.nanoTime()));
        AtomicInteger now = active.computeIfAbsent(path, p -> new AtomicInteger());
        mostAtOnce.computeIfAbsent(path, p -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            Handler handler = routes.get(path);
            if (handler == null) {
                send(ex, 404, "text/html", "<html><body>not here</body></html>".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(ex);
            }
        } catch (IOException clientWentAway) {
            // the fetcher gave up (timeout, size limit)
        } finally {
            now.decrementAndGet();
            ex.close();
        }
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** An RSS 2.0 feed of these items. */
    static String rss(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://feeds.nabaa.example/</link><language>ar</language>\n"
                + String.join("\n", items) + "\n</channel></rss>\n";
    }

    /** One item whose body is {@code body} (make it unique: the same body under two links is a duplicate). */
    static String item(String link, String title, String body, String... categories) {
        StringBuilder xml = new StringBuilder("<item><title>").append(title).append("</title><link>").append(link)
                .append("</link><pubDate>Wed, 25 Nov 2026 10:00:00 +0200</pubDate>");
        for (String c : categories) xml.append("<category>").append(c).append("</category>");
        return xml.append("<description><![CDATA[<p>").append(body).append("</p>]]></description></item>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
