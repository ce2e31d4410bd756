package com.nabaa.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator's feed list says about a feed's articles, over what the feed says itself.
 *
 * @param name             the outlet's name, shown as the articles' source instead of the channel title
 * @param section          the section every article of the feed belongs to (a category name such as
 *                         {@code economy}), instead of the item's own first category
 * @param breakingCategory an item category that, in this feed, marks breaking news (beside the usual
 *                         marks of {@link FeedSignals}); {@value #EVERY_ITEM} marks every item
 */
record FeedHints(Optional<String> name, Optional<String> section, Optional<String> breakingCategory) {
    static final FeedHints NONE = new FeedHints(Optional.empty(), Optional.empty(), Optional.empty());
    /** The breaking category of a feed that carries breaking news only. */
    static final String EVERY_ITEM = "*";

    FeedHints {
        name = clean(name);
        section = clean(section);
        breakingCategory = clean(breakingCategory);
    }

    /** Whether the item is breaking news in this feed: marked by the outlet, or by the hint. */
    boolean breaking(FeedItem item) {
        if (item.breaking()) return true;
        if (breakingCategory.isEmpty()) return false;
        String wanted = breakingCategory.get().toLowerCase(Locale.ROOT);
        return wanted.equals(EVERY_ITEM)
                || item.categories().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static Optional<String> clean(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
