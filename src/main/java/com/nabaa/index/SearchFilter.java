package com.nabaa.index;

import com.nabaa.news.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Restricts a search: publication time in [from, to), a category, breaking news only, and the
 * articles' language. Articles without a known publication time never pass a time restriction.
 */
public record SearchFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> category,
                           boolean breakingOnly, Optional<Language> language) {
    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SearchFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("empty time range " + from.get() + " .. " + to.get());
        }
    }

    public SearchFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> category) {
        this(from, to, category, false);
    }

    public SearchFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> category,
                        boolean breakingOnly) {
        this(from, to, category, breakingOnly, Optional.empty());
    }

    public static SearchFilter between(Instant from, Instant to) {
        return new SearchFilter(Optional.of(from), Optional.of(to), Optional.empty());
    }

    /** Articles published before {@code to} (and so with a known publication time). */
    public static SearchFilter before(Instant to) {
        return new SearchFilter(Optional.empty(), Optional.of(to), Optional.empty());
    }

    public SearchFilter withCategory(String c) {
        return new SearchFilter(from, to, Optional.of(c), breakingOnly, language);
    }

    /** Only articles their outlet marked as breaking news. */
    public SearchFilter withBreakingOnly() {
        return new SearchFilter(from, to, category, true, language);
    }

    public SearchFilter withoutTime() {
        return new SearchFilter(Optional.empty(), Optional.empty(), category, breakingOnly, language);
    }

    /** Only articles in {@code l}: an English question's words read English articles only. */
    public SearchFilter withLanguage(Language l) {
        return new SearchFilter(from, to, category, breakingOnly, Optional.of(l));
    }

    public boolean isEmpty() {
        return from.isEmpty() && to.isEmpty() && category.isEmpty() && !breakingOnly && language.isEmpty();
    }
}
