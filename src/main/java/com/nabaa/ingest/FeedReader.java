package com.nabaa.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom feeds with Rome into {@link Feed}s.
 *
 * <p>XML is parsed with DOCTYPEs refused ({@code setAllowDoctypes(false)}); Rome also turns off
 * external entities and external DTD loading, so nothing outside the document is ever read. A
 * DOCTYPE that merely names an external DTD (legacy RSS 0.91) is removed before parsing; one with
 * an internal subset, where entities would be declared, makes the feed fail. Rome's
 * XML healer stays on: it drops junk before the prolog and maps HTML entities such as
 * {@code &nbsp;}, common in Arabic feeds.
 *
 * <p>Per item: {@code content:encoded} (or Atom content) becomes {@link FeedItem#contentHtml()};
 * the image is, in order, {@code media:content} of medium/type image, {@code media:thumbnail}, an
 * image {@code enclosure}, else the first {@code <img>} of the content or summary; the date is
 * {@code pubDate}/{@code dc:date}/Atom published, else updated; an item is breaking when its title
 * starts with a mark such as {@code عاجل:} or {@code Breaking:} (which is stripped) or a category
 * is {@code عاجل} / {@code Breaking News}. Items with neither link nor title are skipped and
 * counted in {@link Feed#skippedItems()}. Relative item links and images are made absolute
 * against {@code xml:base} (Atom) and the address the feed came from, when the caller gives it
 * ({@link FeedLinks}).
 */
public final class FeedReader {

    private static final String MEDIA_NS = "http://search.yahoo.com/mrss";
    private static final int DOCTYPE_SEARCH_CHARS = 2048;
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+[\\w:.-]+\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+|SYSTEM\\s+)"
                    + "(?:\"[^\"]*\"|'[^']*')\\s*>");
    private static final Pattern IMAGE_FILE =
            Pattern.compile("(?i).+\\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$");

    /** Reads a feed from raw bytes; the encoding comes from the BOM or XML prolog, else UTF-8. */
    public Feed read(byte[] xml, String location) throws FeedException {
        Objects.requireNonNull(xml, "xml");
        String text;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
            StringWriter out = new StringWriter(xml.length);
            reader.transferTo(out);
            text = out.toString();
        } catch (IOException e) {
            throw new FeedException(location, -1, -1, "cannot decode (" + e.getMessage() + ")", e);
        }
        return read(text, location);
    }

    /** Reads a feed that is already decoded, e.g. {@link FetchedPage#body()}. */
    public Feed read(String xml, String location) throws FeedException {
        Objects.requireNonNull(xml, "xml");
        return parse(new StringReader(withoutPlainDoctype(xml)), location, Optional.empty());
    }

    /**
     * Reads a feed fetched from {@code address} (its final address, after redirects), which relative
     * item links are resolved against.
     */
    public Feed read(String xml, String location, URI address) throws FeedException {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(address, "address");
        return parse(new StringReader(withoutPlainDoctype(xml)), location, Optional.of(address));
    }

    /**
     * Removes a DOCTYPE that only names an external DTD, such as the Netscape RSS 0.91 one, so
     * such legacy feeds can be read; since the DTD is never loaded this changes nothing else. A
     * DOCTYPE with an internal subset ({@code [...]}, where entities are declared) is left in place
     * and refused by the parser.
     */
    static String withoutPlainDoctype(String xml) {
        Matcher m = PLAIN_DOCTYPE.matcher(xml);
        if (m.find() && m.start() < DOCTYPE_SEARCH_CHARS) {
            // keep the line breaks so parse errors still point at the right line
            String lineBreaks = m.group().replaceAll("[^\n]", "");
            return xml.substring(0, m.start()) + lineBreaks + xml.substring(m.end());
        }
        return xml;
    }

    /**
     * Whether the item is only a teaser, so the caller should fetch the linked page: the text of
     * its content (else summary) is shorter than 400 characters, or is a single paragraph ending
     * in an ellipsis ({@code …}, {@code ...}, {@code […]}).
     */
    public static boolean isTeaser(FeedItem item) {
        return FeedSignals.isTeaser(item);
    }

    private Feed parse(Reader reader, String location, Optional<URI> address) throws FeedException {
        Objects.requireNonNull(location, "location");
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        input.setPreserveWireFeed(true); // the Atom objects carry xml:base
        SyndFeed feed;
        try {
            feed = input.build(reader);
        } catch (ParsingFeedException e) {
            throw new FeedException(location, e.getLineNumber(), e.getColumnNumber(), detail(e), e);
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException(location, -1, -1, detail(e), e);
        } catch (IllegalArgumentException e) {
            throw new FeedException(location, -1, -1, "not an RSS or Atom feed (" + e.getMessage() + ")", e);
        }
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        Optional<URI> feedBase = FeedLinks.base(address,
                feed.originalWireFeed() instanceof com.rometools.rome.feed.atom.Feed atom ? atom.getXmlBase() : null);
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> base = FeedLinks.base(feedBase,
                    entry.getWireEntry() instanceof com.rometools.rome.feed.atom.Entry atom ? atom.getXmlBase() : null);
            Optional<FeedItem> item = toItem(entry, base);
            if (item.isPresent()) {
                items.add(item.get());
            } else {
                skipped++;
            }
        }
        return new Feed(feed.getTitle(), FeedLinks.resolve(feedBase, siteLink(feed)), feed.getLanguage(), items, skipped);
    }

    /** The site's page rather than the feed's own address (Atom lists both, {@code self} first). */
    private static String siteLink(SyndFeed feed) {
        return feed.getLinks().stream()
                .filter(l -> l.getRel() == null || l.getRel().isBlank() || l.getRel().equals("alternate"))
                .map(SyndLink::getHref).map(FeedReader::text).filter(h -> !h.isEmpty())
                .findFirst().orElse(text(feed.getLink()));
    }

    private static String detail(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.contains("DOCTYPE") ? "DOCTYPE declarations are not allowed (" + message + ")" : message;
    }

    private static Optional<FeedItem> toItem(SyndEntry entry, Optional<URI> base) {
        String link = FeedLinks.resolve(base, text(entry.getLink()));
        String rawTitle = text(entry.getTitle());
        if (link.isEmpty() && rawTitle.isEmpty()) {
            return Optional.empty();
        }
        List<String> categories = categories(entry);
        boolean breaking = FeedSignals.hasBreakingPrefix(rawTitle)
                || categories.stream().anyMatch(FeedSignals::isBreakingCategory);
        String summary = entry.getDescription() == null ? "" : text(entry.getDescription().getValue());
        String content = entry.getContents().stream().map(SyndContent::getValue).map(FeedReader::text)
                .filter(c -> !c.isEmpty()).findFirst().orElse("");
        return Optional.of(new FeedItem(
                text(entry.getUri()), link, FeedSignals.stripBreakingPrefix(rawTitle), date(entry),
                summary, content, categories, author(entry),
                image(entry, content, summary).map(src -> FeedLinks.resolve(base, src)), breaking));
    }

    /** RSS/Atom categories, else Dublin Core subjects (RSS 1.0 feeds use those). */
    private static List<String> categories(SyndEntry entry) {
        List<String> names = entry.getCategories().stream().map(SyndCategory::getName)
                .map(FeedReader::text).filter(c -> !c.isEmpty()).toList();
        if (names.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc) {
            names = dc.getSubjects().stream().map(DCSubject::getValue)
                    .map(FeedReader::text).filter(c -> !c.isEmpty()).toList();
        }
        return names;
    }

    private static Optional<Instant> date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static String author(SyndEntry entry) {
        String author = text(entry.getAuthor());
        if (author.isEmpty() && !entry.getAuthors().isEmpty()) {
            SyndPerson first = entry.getAuthors().getFirst();
            author = text(first.getName());
        }
        return author;
    }

    private static Optional<String> image(SyndEntry entry, String content, String summary) {
        List<Element> markup = entry.getForeignMarkup();
        String found = mediaImage(markup, "content");
        if (found.isEmpty()) {
            found = mediaImage(markup, "thumbnail");
        }
        if (found.isEmpty()) {
            found = entry.getEnclosures().stream().filter(FeedReader::isImage).map(SyndEnclosure::getUrl)
                    .map(FeedReader::text).filter(u -> !u.isEmpty()).findFirst().orElse("");
        }
        if (found.isEmpty()) {
            found = FeedSignals.firstImage(content);
        }
        if (found.isEmpty()) {
            found = FeedSignals.firstImage(summary);
        }
        return Optional.of(found).filter(s -> !s.isEmpty());
    }

    /** The first {@code media:<name>} image URL, looking inside {@code media:group} too. */
    private static String mediaImage(List<Element> elements, String name) {
        for (Element e : elements) {
            if (!e.getNamespaceURI().startsWith(MEDIA_NS)) {
                continue;
            }
            if (e.getName().equals("group")) {
                String inGroup = mediaImage(e.getChildren(), name);
                if (!inGroup.isEmpty()) {
                    return inGroup;
                }
            } else if (e.getName().equals(name) && isImage(e)) {
                return text(e.getAttributeValue("url"));
            }
        }
        return "";
    }

    private static boolean isImage(Element media) {
        String url = text(media.getAttributeValue("url"));
        String medium = text(media.getAttributeValue("medium")).toLowerCase(Locale.ROOT);
        String type = text(media.getAttributeValue("type")).toLowerCase(Locale.ROOT);
        if (url.isEmpty()) {
            return false;
        }
        if (media.getName().equals("thumbnail") || medium.equals("image") || type.startsWith("image/")) {
            return true;
        }
        return medium.isEmpty() && type.isEmpty() && IMAGE_FILE.matcher(url).matches();
    }

    private static boolean isImage(SyndEnclosure enclosure) {
        String type = text(enclosure.getType()).toLowerCase(Locale.ROOT);
        String url = text(enclosure.getUrl());
        return type.startsWith("image/") || (type.isEmpty() && IMAGE_FILE.matcher(url).matches());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
