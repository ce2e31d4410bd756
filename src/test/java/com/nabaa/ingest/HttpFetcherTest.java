package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {

    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final String ARABIC = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة";

    private static HttpServer server;
    private static ExecutorService executor;
    private static HttpFetcher fetcher;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        serve("/utf8", ex -> reply(ex, 200, "text/html; charset=UTF-8",
                ("<p>" + ARABIC + "</p>").getBytes(StandardCharsets.UTF_8)));
        serve("/cp1256-meta", ex -> reply(ex, 200, "text/html",
                ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>")
                        .getBytes(CP1256)));
        serve("/cp1256-header", ex -> reply(ex, 200, "text/plain; charset=windows-1256", ARABIC.getBytes(CP1256)));
        serve("/cp1256-xml", ex -> reply(ex, 200, "application/rss+xml",
                ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><title>" + ARABIC + "</title></rss>")
                        .getBytes(CP1256)));
        serve("/invalid-utf8", ex -> reply(ex, 200, "text/plain; charset=utf-8",
                new byte[] {'o', 'k', (byte) 0xFF, (byte) 0xC3, ' ', 'e', 'n', 'd'}));
        serve("/user-agent", ex -> reply(ex, 200, "text/plain",
                ex.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8)));
        serve("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/utf8");
            reply(ex, 301, "text/plain", new byte[0]);
        });
        serve("/missing", ex -> reply(ex, 404, "text/html", "not here".getBytes(StandardCharsets.UTF_8)));
        serve("/slow", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        serve("/big-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 8; i++) {
                    out.write(new byte[512]);
                }
            }
        });
        serve("/big-declared", ex -> {
            long length = HttpFetcher.DEFAULT_MAX_BYTES + 1;
            ex.sendResponseHeaders(200, length);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (long sent = 0; sent < length; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
                }
            }
        });
        serve("/cached", ex -> {
            String etag = "\"v1\"";
            String modified = "Fri, 20 Nov 2026 08:00:00 GMT";
            boolean sameTag = etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            boolean sameDate = modified.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
            if (sameTag && sameDate) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            ex.getResponseHeaders().add("Last-Modified", modified);
            reply(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        serve("/not-modified", ex -> ex.sendResponseHeaders(304, -1));
        server.start();
        fetcher = new HttpFetcher(Duration.ofSeconds(2), Duration.ofMillis(300), 2048);
    }

    @AfterAll
    static void stopServer() {
        fetcher.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private static void serve(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            try {
                handler.handle(ex);
            } catch (IOException clientWentAway) {
                // expected when the fetcher cancels a download
            } finally {
                ex.close();
            }
        });
    }

    private static void reply(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void decodesWithCharsetFromContentType() throws FetchException {
        FetchedPage page = fetcher.fetch(at("/utf8"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.body()).isEqualTo("<p>" + ARABIC + "</p>");
        assertThat(page.url()).isEqualTo(page.finalUrl());
    }

    @Test
    void decodesWindows1256FromHeader() throws FetchException {
        assertThat(fetcher.fetch(at("/cp1256-header")).body()).isEqualTo(ARABIC);
    }

    @Test
    void decodesWindows1256FromMetaCharset() throws FetchException {
        assertThat(fetcher.fetch(at("/cp1256-meta")).body()).contains("<p>" + ARABIC + "</p>");
    }

    @Test
    void decodesWindows1256FromXmlProlog() throws FetchException {
        assertThat(fetcher.fetch(at("/cp1256-xml")).body()).contains("<title>" + ARABIC + "</title>");
    }

    @Test
    void replacesInvalidUtf8InsteadOfFailing() throws FetchException {
        assertThat(fetcher.fetch(at("/invalid-utf8")).body()).isEqualTo("ok\uFFFD\uFFFD end");
    }

    @Test
    void sendsNabaaUserAgent() throws FetchException {
        assertThat(fetcher.fetch(at("/user-agent")).body()).isEqualTo("NabaaBot/0.1 (+https://github.com/nabaa)");
    }

    @Test
    void followsRedirectsAndReportsFinalUrl() throws FetchException {
        FetchedPage page = fetcher.fetch(at("/moved"));

        assertThat(page.url()).isEqualTo(at("/moved"));
        assertThat(page.finalUrl()).isEqualTo(at("/utf8"));
        assertThat(page.body()).contains(ARABIC);
    }

    @Test
    void sendsTheLastResponsesEtagAndDateBackAndTakesA304AsUnchanged() throws FetchException {
        FetchedPage first = fetcher.fetchIfChanged(at("/cached"), HttpValidators.NONE).orElseThrow();

        assertThat(first.body()).isEqualTo("<rss/>");
        assertThat(first.validators().etag()).contains("\"v1\"");
        assertThat(first.validators().lastModified()).contains("Fri, 20 Nov 2026 08:00:00 GMT");
        assertThat(fetcher.fetchIfChanged(at("/cached"), first.validators())).isEmpty();
        assertThat(fetcher.fetch(at("/cached")).body()).as("an unconditional fetch gets the body").isEqualTo("<rss/>");
    }

    @Test
    void a304ToAnUnconditionalRequestIsAStatusError() {
        assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(at("/not-modified")))
                .satisfies(e -> assertThat(e.status()).hasValue(304));
    }

    @Test
    void reportsStatusAndUrlOfNotFound() {
        assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(at("/missing")))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS);
                    assertThat(e.status()).hasValue(404);
                    assertThat(e.uri()).isEqualTo(at("/missing"));
                    assertThat(e.getMessage()).contains("404").contains(at("/missing").toString());
                });
    }

    @Test
    void timesOutOnSlowServer() {
        long start = System.nanoTime();
        assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(at("/slow")))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT);
                    assertThat(e.getMessage()).contains("timed out after 0.3s").contains("/slow");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void stopsReadingPastSizeLimit() {
        assertThatExceptionOfType(FetchException.class).isThrownBy(() -> fetcher.fetch(at("/big-chunked")))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("page larger than 2 KB").contains("/big-chunked");
                });
    }

    @Test
    void rejectsDeclaredLengthOverDefaultLimitOf20Mb() {
        try (HttpFetcher defaults = new HttpFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertThatExceptionOfType(FetchException.class).isThrownBy(() -> defaults.fetch(at("/big-declared")))
                    .withMessageContaining("page larger than 20 MB");
        }
    }

    @Test
    void readsLocalFileWithSameCharsetRules(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.html");
        Files.write(file, ("<meta charset=windows-1256><p>" + ARABIC + "</p>").getBytes(CP1256));

        assertThat(HttpFetcher.readFileText(file, 1024)).endsWith("<p>" + ARABIC + "</p>");
    }

    @Test
    void refusesLocalFileOverLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[2048]);

        assertThatExceptionOfType(FetchException.class).isThrownBy(() -> HttpFetcher.readFileText(file, 1024))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE))
                .withMessageContaining("page larger than 1 KB").withMessageContaining("big.txt");
    }
}
