package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, pages and bad inputs through the whole ingest: files, a directory, and URLs over real HTTP. */
class SourcesIngestTest {
    private static final String ARTICLE_PAGE = """
            <html lang="ar"><head><title>افتتاح جسر جديد على النيل - أخبار تجريبية</title>
            <meta property="og:title" content="افتتاح جسر جديد على النيل">
            <meta property="article:published_time" content="2026-11-20T09:00:00+02:00"></head>
            <body><nav>الرئيسية | رياضة | اقتصاد</nav><article><h1>افتتاح جسر جديد على النيل</h1>
            <p>افتتح محافظ أسيوط صباح الجمعة جسرا جديدا على نهر النيل يربط شرق المدينة بغربها بطول 900 متر.</p>
            <p>وقال المحافظ إن الجسر سيخفف الزحام عن المعديات النهرية التي كان يستخدمها آلاف الركاب يوميا.</p>
            <p>وبلغت تكلفة المشروع نحو مليار جنيه، واستغرق تنفيذه ثلاث سنوات.</p></article>
            <footer>تابعونا على فيسبوك</footer></body></html>
            """;

    @TempDir
    Path dir;
    IngestFixture f;
    HttpServer server;

    @BeforeEach
    void open() throws Exception {
        f = new IngestFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
        if (server != null) server.stop(0);
    }

    private String serve(String path, String contentType, String body) throws Exception {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
        }
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType + "; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aDirectoryOfGoodAndBadFilesIngestsTheGoodOnesAndReportsEachBadOneWithItsCause() throws Exception {
        Path in = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(in.resolve("bridge.html"), ARTICLE_PAGE);
        Files.writeString(in.resolve("broken.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x");
        Files.writeString(in.resolve("menu.html"), "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>");
        Files.writeString(in.resolve("empty.txt"), "");

        IngestReport report = f.ingest(in.toString());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(f.search("جسر النيل", 5)).extracting(h -> h.title())
                .containsOnly("افتتاح جسر جديد على النيل");
        assertThat(report.failures()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("broken.xml");
            assertThat(p.reason()).contains("line");
        });
        assertThat(report.skips()).extracting(IngestReport.Problem::location)
                .anySatisfy(l -> assertThat(l).endsWith("menu.html"))
                .anySatisfy(l -> assertThat(l).endsWith("empty.txt"));
        assertThat(report.skips()).allSatisfy(p -> assertThat(p.reason()).startsWith("no article"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAClearMessage() throws Exception {
        Path big = dir.resolve("big.html");
        Files.writeString(big, "<p>" + "كلمة ".repeat(300_000) + "</p>");
        SourceOptions small = new SourceOptions(false, false, java.time.Duration.ofSeconds(5), 1024 * 1024,
                Optional.empty());

        IngestReport report = f.ingest(small, big.toString());

        assertThat(report.failures()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("larger than").contains("1 MB"));
    }

    @Test
    void aTeaserFeedOverHttpGetsTheLinkedPagesTextWhenAsked() throws Exception {
        String page = serve("/news/bridge", "text/html", ARTICLE_PAGE);
        String feed = serve("/feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>أخبار تجريبية</title><link>http://127.0.0.1/</link>
                <item><title>افتتاح جسر جديد على النيل</title><link>%s</link>
                <pubDate>Fri, 20 Nov 2026 09:00:00 +0200</pubDate>
                <description>افتتح محافظ أسيوط جسرا جديدا…</description></item>
                </channel></rss>
                """.formatted(page));
        SourceOptions fetchLinked = new SourceOptions(true, false, java.time.Duration.ofSeconds(5),
                20L * 1024 * 1024, Optional.empty());

        IngestReport report = f.ingest(fetchLinked, feed);

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(f.search("تكلفة المشروع", 5)).singleElement()
                .satisfies(h -> {
                    assertThat(h.source()).isEqualTo("أخبار تجريبية");
                    assertThat(h.passage()).contains("مليار جنيه");
                });
    }

    @Test
    void anArticlePageUrlIsFetchedAndExtracted() throws Exception {
        String page = serve("/news/bridge", "text/html", ARTICLE_PAGE);

        IngestReport report = f.ingest(page);

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(f.search("المعديات النهرية", 5)).singleElement()
                .satisfies(h -> assertThat(h.published()).isPresent());
    }

    @Test
    void anUnreachableUrlIsOneFailureWithItsCause() throws Exception {
        String missing = serve("/exists", "text/html", ARTICLE_PAGE).replace("/exists", "/missing");

        IngestReport report = f.ingest(missing);

        assertThat(report.failures()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("404"));
    }
}
