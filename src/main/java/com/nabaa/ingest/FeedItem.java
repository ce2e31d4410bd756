package com.nabaa.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an RSS or Atom feed, as the outlet published it.
 *
 * @param guid        the entry's own id; the link (or, lacking one, the title) when it has none
 * @param link        the article URL as given by the feed, or ""
 * @param title       the headline without a breaking-news prefix such as {@code عاجل:}, or ""
 * @param published   publication time (else update time), when the feed gives one
 * @param summaryHtml the description / summary, HTML as found, or ""
 * @param contentHtml the full content ({@code content:encoded}, Atom content), or ""
 * @param categories  category names in feed order, none blank
 * @param author      author name, or ""
 * @param image       the lead image URL, when the feed names one
 * @param breaking    the outlet marked the item as breaking news (title prefix or category)
 */
public record FeedItem(
        String guid,
        String link,
        String title,
        Optional<Instant> published,
        String summaryHtml,
        String contentHtml,
        List<String> categories,
        String author,
        Optional<String> image,
        boolean breaking) {

    public FeedItem {
        link = clean(link);
        title = clean(title);
        if (link.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("feed item needs a link or a title (guid " + guid + ")");
        }
        guid = clean(guid);
        if (guid.isEmpty()) {
            guid = link.isEmpty() ? title : link;
        }
        published = Objects.requireNonNull(published, "published");
        summaryHtml = clean(summaryHtml);
        contentHtml = clean(contentHtml);
        categories = categories.stream().map(FeedItem::clean).filter(c -> !c.isEmpty()).toList();
        author = clean(author);
        image = Objects.requireNonNull(image, "image").map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
