package com.nabaa.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A parsed RSS or Atom feed.
 *
 * @param title        the channel title, or ""
 * @param link         the channel's site link, or ""
 * @param language     the declared language such as "ar" or "en-us", or "" when undeclared
 * @param items        the usable items in feed order
 * @param skippedItems items dropped because they had neither a link nor a title
 */
public record Feed(String title, String link, String language, List<FeedItem> items, int skippedItems) {

    public Feed {
        title = Objects.requireNonNullElse(title, "").strip();
        link = Objects.requireNonNullElse(link, "").strip();
        language = Objects.requireNonNullElse(language, "").strip();
        items = List.copyOf(items);
        if (skippedItems < 0) {
            throw new IllegalArgumentException("skippedItems must not be negative: " + skippedItems);
        }
    }
}
