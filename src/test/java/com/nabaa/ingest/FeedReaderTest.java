package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    private static byte[] fixture(String name) {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Feed read(String name) throws FeedException {
        return reader.read(fixture(name), name);
    }

    @Test
    void readsArabicRss2ChannelAndSkipsItemsWithoutLinkAndTitle() throws FeedException {
        Feed feed = read("rss2-arabic.xml");

        assertThat(feed.title()).isEqualTo("نبأ التجريبية - آخر الأخبار");
        assertThat(feed.link()).isEqualTo("https://nabaa.example/");
        assertThat(feed.language()).isEqualTo("ar");
        assertThat(feed.items()).hasSize(3);
        assertThat(feed.skippedItems()).isEqualTo(1);
    }

    @Test
    void readsContentEncodedMediaImageAuthorAndDate() throws FeedException {
        FeedItem item = read("rss2-arabic.xml").items().getFirst();

        assertThat(item.guid()).isEqualTo("nabaa-1001");
        assertThat(item.link()).isEqualTo("https://nabaa.example/news/1001?utm_source=rss");
        assertThat(item.published()).contains(Instant.parse("2026-03-02T05:15:00Z"));
        assertThat(item.author()).isEqualTo("فريق التحرير");
        assertThat(item.categories()).containsExactly("أخبار محلية");
        assertThat(item.summaryHtml()).contains("ضرب زلزال بقوة 5 درجات");
        assertThat(item.contentHtml()).contains("فرق الإنقاذ").contains("<p>");
        assertThat(item.image()).contains("https://cdn.nabaa.example/img/1001.jpg");
    }

    @Test
    void marksBreakingTitleAndStripsTheArabicPrefix() throws FeedException {
        FeedItem item = read("rss2-arabic.xml").items().getFirst();

        assertThat(item.breaking()).isTrue();
        assertThat(item.title()).isEqualTo("زلزال بقوة 5 درجات يضرب مدينة الواحة الخيالية");
    }

    @Test
    void marksBreakingCategoryAndReadsEnclosureImage() throws FeedException {
        FeedItem item = read("rss2-arabic.xml").items().get(1);

        assertThat(item.breaking()).isTrue();
        assertThat(item.title()).isEqualTo("افتتاح معرض الكتاب السنوي بمشاركة مئتي دار نشر");
        assertThat(item.categories()).containsExactly("ثقافة", "عاجل");
        assertThat(item.image()).contains("https://cdn.nabaa.example/img/1002.png");
        assertThat(item.summaryHtml()).isEqualTo("افتتح\u00A0وزير الثقافة معرض الكتاب السنوي.");
        assertThat(item.contentHtml()).isEmpty();
    }

    @Test
    void stripsDottedBreakingPrefixAndTakesImageFromSummary() throws FeedException {
        FeedItem item = read("rss2-arabic.xml").items().get(2);

        assertThat(item.breaking()).isTrue();
        assertThat(item.title()).isEqualTo("ارتفاع أسعار الذهب في السوق المحلية");
        assertThat(item.guid()).isEqualTo("https://nabaa.example/news/1003");
        assertThat(item.published()).isEmpty();
        assertThat(item.image()).contains("https://cdn.nabaa.example/img/1003.webp");
    }

    @Test
    void readsAtomEntries() throws FeedException {
        Feed feed = read("atom-english.xml");

        assertThat(feed.title()).isEqualTo("Nabaa Test Wire");
        assertThat(feed.link()).isEqualTo("https://wire.example.org/");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().getFirst();
        assertThat(first.breaking()).isTrue();
        assertThat(first.title()).isEqualTo("Invented river bursts its banks in fictional Riverton");
        assertThat(first.guid()).isEqualTo("urn:wire:2001");
        assertThat(first.link()).isEqualTo("https://wire.example.org/2026/03/02/riverton-flood");
        assertThat(first.published()).contains(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.author()).isEqualTo("Jane Reporter");
        assertThat(first.categories()).containsExactly("weather");
        assertThat(first.contentHtml()).startsWith("<p>The river rose two metres");
        assertThat(first.summaryHtml()).isEqualTo("The river rose two metres overnight.");
    }

    @Test
    void fallsBackToUpdatedDateAndKeepsOrdinaryTitles() throws FeedException {
        FeedItem second = read("atom-english.xml").items().get(1);

        assertThat(second.breaking()).isFalse();
        assertThat(second.title()).isEqualTo("City council approves new cycling lanes");
        assertThat(second.published()).contains(Instant.parse("2026-03-01T18:45:00Z"));
        assertThat(second.image()).isEmpty();
    }

    @Test
    void readsRss1WithDublinCoreDate() throws FeedException {
        FeedItem item = read("rss1-rdf.xml").items().getFirst();

        assertThat(item.title()).isEqualTo("Harbour reopens after storm");
        assertThat(item.published()).contains(Instant.parse("2026-02-28T05:30:00Z"));
        assertThat(item.categories()).containsExactly("Maritime");
        assertThat(item.contentHtml()).isEqualTo("<p>The harbour reopened on Saturday.</p>");
    }

    @Test
    void readsLegacyRss091WithExternalDtdDoctype() throws FeedException {
        Feed feed = read("rss091-netscape.xml");

        assertThat(feed.title()).isEqualTo("Old Town Gazette");
        assertThat(feed.language()).isEqualTo("en-us");
        assertThat(feed.items().getFirst().title()).isEqualTo("Café reopens on Main Street");
    }

    @Test
    void keepsLineNumbersWhenRemovingLegacyDoctype() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//X//EN\"\n  \"http://x.example/rss.dtd\">\n"
                + "<rss version=\"0.91\"><channel>\n<title>bad</titel></channel></rss>";

        assertThatExceptionOfType(FeedException.class).isThrownBy(() -> reader.read(xml, "legacy"))
                .satisfies(e -> assertThat(e.line()).hasValue(5));
    }

    @Test
    void readsWindows1256FeedFromItsProlog() throws FeedException {
        String xml = """
                <?xml version="1.0" encoding="windows-1256"?>
                <rss version="2.0"><channel><title>أخبار الصباح</title>
                <item><title>هطول أمطار على العاصمة</title><link>https://cp.example/1</link></item>
                </channel></rss>""";

        Feed feed = reader.read(xml.getBytes(Charset.forName("windows-1256")), "cp1256");

        assertThat(feed.title()).isEqualTo("أخبار الصباح");
        assertThat(feed.items().getFirst().title()).isEqualTo("هطول أمطار على العاصمة");
    }

    @Test
    void readsAlreadyDecodedText() throws FeedException {
        String xml = new String(fixture("atom-english.xml"), StandardCharsets.UTF_8);

        assertThat(reader.read(xml, "atom").items()).hasSize(2);
    }

    @Test
    void resolvesRelativeItemLinksAndImagesAgainstTheFeedsAddress() throws FeedException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>/</link>
                <item><title>a</title><link>/news/42?id=7</link><description><![CDATA[<img src="img/a.jpg">نص]]></description></item>
                <item><title>b</title><link>../sport/أهداف المباراة</link></item>
                <item><title>c</title><link>//cdn.example.org/c</link></item>
                <item><title>d</title><link>https://other.example/d</link></item>
                </channel></rss>
                """;

        Feed feed = reader.read(xml, "feed", URI.create("https://site.example/feeds/main.xml"));

        assertThat(feed.link()).isEqualTo("https://site.example/");
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
                "https://site.example/news/42?id=7",
                "https://site.example/sport/%D8%A3%D9%87%D8%AF%D8%A7%D9%81%20%D8%A7%D9%84%D9%85%D8%A8%D8%A7%D8%B1%D8%A7%D8%A9",
                "https://cdn.example.org/c",
                "https://other.example/d");
        assertThat(feed.items().getFirst().image()).contains("https://site.example/feeds/img/a.jpg");
    }

    @Test
    void resolvesAtomLinksAgainstXmlBaseOfTheEntryAndTheFeed() throws FeedException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/ar/">
                <title>t</title><id>urn:t</id><updated>2026-11-20T10:00:00Z</updated>
                <entry><title>a</title><id>urn:a</id><updated>2026-11-20T10:00:00Z</updated>
                  <link rel="alternate" href="news/1"/></entry>
                <entry xml:base="https://mirror.example/world/"><title>b</title><id>urn:b</id>
                  <updated>2026-11-20T10:00:00Z</updated><link href="2"/></entry>
                </feed>
                """;

        Feed feed = reader.read(xml, "atom", URI.create("https://site.example/feeds/atom"));

        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactly("https://site.example/ar/news/1", "https://mirror.example/world/2");
    }

    @Test
    void leavesRelativeLinksAsTheyAreWithoutAnAddress() throws FeedException {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>/n/1</link></item></channel></rss>";

        assertThat(reader.read(xml, "file.xml").items().getFirst().link()).isEqualTo("/n/1");
    }

    @Test
    void reportsMalformedXmlWithLocationLineAndColumn() {
        assertThatExceptionOfType(FeedException.class).isThrownBy(() -> read("malformed.xml"))
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo("malformed.xml");
                    assertThat(e.line()).hasValue(6);
                    assertThat(e.column()).isPresent();
                    assertThat(e.getMessage()).startsWith("cannot read feed malformed.xml at line 6, column ")
                            .contains("</title>");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void reportsTruncatedFeed() {
        assertThatExceptionOfType(FeedException.class).isThrownBy(() -> read("truncated.xml"))
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains("truncated.xml");
                    assertThat(e.line()).isPresent();
                });
    }

    @Test
    void rejectsDocumentThatIsNotAFeed() {
        assertThatExceptionOfType(FeedException.class).isThrownBy(() -> read("not-a-feed.xhtml"))
                .withMessageContaining("not-a-feed.xhtml")
                .withMessageContaining("not an RSS or Atom feed");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatExceptionOfType(FeedException.class)
                .isThrownBy(() -> reader.read(new byte[0], "empty.xml"))
                .withMessageContaining("empty.xml");
    }

    @Test
    void refusesDoctypeSoExternalEntitiesAreNeverResolved() {
        assertThatExceptionOfType(FeedException.class).isThrownBy(() -> read("doctype-xxe.xml"))
                .withMessageContaining("doctype-xxe.xml")
                .withMessageContaining("DOCTYPE")
                .withMessageNotContaining("root:");
    }

    @Test
    void neverFetchesExternalEntityOrDtd(@TempDir Path dir) throws IOException, FeedException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET");
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String xml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\" [\n"
                    + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY remote SYSTEM \"" + base + "/entity\">\n]>\n"
                    + "<rss version=\"2.0\"><channel><title>&file;&remote;</title>"
                    + "<item><title>x</title><link>https://x.example/</link></item></channel></rss>";

            assertThatExceptionOfType(FeedException.class)
                    .isThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8), "xxe"))
                    .withMessageNotContaining("TOP-SECRET");
            String plainDoctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\">\n"
                    + "<rss version=\"2.0\"><channel><title>ok</title>"
                    + "<item><title>x</title><link>https://x.example/</link></item></channel></rss>";
            assertThat(reader.read(plainDoctype, "plain-doctype").items()).hasSize(1);
            assertThat(hits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void treatsShortSummariesAndCutExcerptsAsTeasers() throws FeedException {
        List<FeedItem> items = read("rss-teasers.xml").items();

        assertThat(items).hasSize(3).allMatch(FeedReader::isTeaser);
    }

    @Test
    void treatsFullContentAsNoTeaser() throws FeedException {
        assertThat(FeedReader.isTeaser(read("rss2-arabic.xml").items().getFirst())).isFalse();
        assertThat(FeedReader.isTeaser(read("atom-english.xml").items().getFirst())).isFalse();
    }

    @Test
    void treatsLongMultiParagraphSummaryAsNoTeaserEvenWithEllipsis() {
        String paragraph = "<p>" + "Long paragraph of real reporting. ".repeat(10) + "</p>";
        FeedItem item = new FeedItem("g", "https://x.example/a", "Title", Optional.empty(),
                paragraph + paragraph + "<p>It ended…</p>", "", List.of(), "", Optional.empty(), false);

        assertThat(FeedReader.isTeaser(item)).isFalse();
    }
}
