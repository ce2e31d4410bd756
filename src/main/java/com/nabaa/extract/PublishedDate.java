package com.nabaa.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published, trying sources from the most to the least deliberate:
 * JSON-LD {@code datePublished}, publication meta tags, {@code itemprop=datePublished},
 * {@code <time pubdate>}, a date in the URL path, date-like elements near the article, any
 * {@code <time>}, then modification dates as a last resort.
 */
final class PublishedDate {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** Publication keys in the JSON state that script-rendered pages embed. */
    private static final Pattern SCRIPT_KEY = Pattern.compile(
            "[\"'](?:datePublished|published_at|publishedAt|publishDate|publish_date|pubDate|date_published"
                    + "|firstPublished|publishedFirst|first_published_at|publicationDate|published_date)[\"']\\s*:\\s*[\"']"
                    + "([^\"']{8,40})[\"']");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Set<String> PUBLISHED_META = Set.of(
            "article:published_time", "og:published_time", "article:published", "published_time",
            "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "published_date",
            "date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
            "dc.date.created", "dc.created", "sailthru.date", "parsely-pub-date", "article.published",
            "article_date_original", "originalpublicationdate", "datepublished", "date_published",
            "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
            "cxenseparse:recs:publishtime", "displaydate", "dateline", "creation_date", "date.created",
            "og:article:published_time", "bt:pubdate", "rnews:datepublished", "pdate", "eomportal-lastupdate");
    private static final Set<String> MODIFIED_META = Set.of(
            "article:modified_time", "og:updated_time", "dc.date.modified", "dcterms.modified",
            "last-modified", "lastmod", "datemodified", "revised");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:/|[_-]|\\.|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|time|publi|posted|byline|meta|datum|dateline|timestamp|entry-info|article-info|tarikh|تاريخ",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_DATE_CLASS = Pattern.compile(
            "comment|update|modif|footer|copyright|related|sidebar|widget", Pattern.CASE_INSENSITIVE);

    private PublishedDate() {
    }

    static Optional<OffsetDateTime> find(Document doc, String url) {
        // A full y/m/d in the path is set once at publication and never rewritten, unlike meta
        // times that CMSs re-stamp on edits or shift to UTC.
        List<Supplier<Optional<OffsetDateTime>>> sources = List.of(
                () -> fromUrl(url),
                () -> jsonLd(doc, "datePublished"),
                () -> meta(doc, PUBLISHED_META),
                () -> itemprop(doc, "datePublished"),
                () -> timeElements(doc, true),
                () -> jsonLd(doc, "dateCreated"),
                () -> scriptKeys(doc),
                () -> dateLikeElements(doc),
                () -> timeElements(doc, false),
                () -> VisibleDate.afterHeadline(doc),
                () -> jsonLd(doc, "dateModified"),
                () -> meta(doc, MODIFIED_META),
                () -> VisibleDate.anywhere(doc));
        for (Supplier<Optional<OffsetDateTime>> source : sources) {
            Optional<OffsetDateTime> found = source.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<OffsetDateTime> jsonLd(Document doc, String key) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            try {
                Optional<OffsetDateTime> found = firstValue(JSON.readTree(json), key);
                if (found.isPresent()) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // Hand-written JSON-LD is often invalid; the key/value pair itself usually is not.
                Matcher m = LD_PUBLISHED.matcher(json);
                if (key.equals("datePublished") && m.find()) {
                    return DateText.parseValue(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> firstValue(JsonNode node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode v = node.get(key);
            if (v != null) {
                JsonNode value = v.isArray() && !v.isEmpty() ? v.get(0) : v;
                if (value.isTextual()) {
                    Optional<OffsetDateTime> parsed = DateText.parseValue(value.asText());
                    if (parsed.isPresent()) {
                        return parsed;
                    }
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Optional<OffsetDateTime> found = firstValue(child, key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> scriptKeys(Document doc) {
        for (Element script : doc.select("script")) {
            Matcher m = SCRIPT_KEY.matcher(script.data());
            while (m.find()) {
                Optional<OffsetDateTime> parsed = DateText.parseValue(m.group(1));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> meta(Document doc, Set<String> names) {
        for (Element meta : doc.select("meta[content]")) {
            String name = Stream.of("property", "name", "itemprop", "http-equiv")
                    .map(a -> meta.attr(a).toLowerCase(Locale.ROOT).strip())
                    .filter(names::contains).findFirst().orElse("");
            if (!name.isEmpty()) {
                Optional<OffsetDateTime> parsed = DateText.parseValue(meta.attr("content"));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> itemprop(Document doc, String prop) {
        for (Element e : doc.select("[itemprop=" + prop + "]")) {
            for (String value : List.of(e.attr("content"), e.attr("datetime"), e.attr("title"), e.text())) {
                if (!value.isBlank()) {
                    Optional<OffsetDateTime> parsed = DateText.parseValue(value);
                    if (parsed.isPresent()) {
                        return parsed;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> timeElements(Document doc, boolean markedOnly) {
        for (Element time : doc.select("time")) {
            String cls = (time.className() + " " + time.id() + " " + time.parent().className()).toLowerCase(Locale.ROOT);
            boolean marked = time.hasAttr("pubdate") || cls.contains("publi") || cls.contains("entry-date")
                    || cls.contains("post-date");
            if (markedOnly && !marked || !markedOnly && NOT_DATE_CLASS.matcher(cls).find()) {
                continue;
            }
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            Optional<OffsetDateTime> parsed = DateText.parseValue(value);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    static Optional<OffsetDateTime> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            String value = m.group(1) != null
                    ? m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3))
                    : m.group(4) + "-" + m.group(5) + "-" + m.group(6);
            Optional<OffsetDateTime> parsed = DateText.parseValue(value);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static String pad(String twoDigits) {
        return twoDigits.length() == 1 ? "0" + twoDigits : twoDigits;
    }

    /** Short elements whose class or id says they hold a date (bylines, "posted on", تاريخ النشر). */
    private static Optional<OffsetDateTime> dateLikeElements(Document doc) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String attrs = e.className() + " " + e.id();
            if (attrs.isBlank() || !DATE_CLASS.matcher(attrs).find() || NOT_DATE_CLASS.matcher(attrs).find()) {
                continue;
            }
            for (String value : List.of(e.attr("datetime"), e.attr("content"), e.attr("title"), e.text())) {
                if (value.isBlank() || value.length() > 200) {
                    continue;
                }
                Optional<OffsetDateTime> parsed = DateText.findDate(value)
                        .map(d -> d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }
}
