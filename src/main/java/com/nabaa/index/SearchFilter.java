package com.nabaa.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Restricts a search: publication time in [from, to) and a category. Articles without a known
 * publication time never pass a time restriction.
 */
public record SearchFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> category) {
    public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SearchFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(category, "category");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("empty time range " + from.get() + " .. " + to.get());
        }
    }

    public static SearchFilter between(Instant from, Instant to) {
        return new SearchFilter(Optional.of(from), Optional.of(to), Optional.empty());
    }

    public SearchFilter withCategory(String c) {
        return new SearchFilter(from, to, Optional.of(c));
    }

    public SearchFilter withoutTime() {
        return new SearchFilter(Optional.empty(), Optional.empty(), category);
    }

    public boolean isEmpty() {
        return from.isEmpty() && to.isEmpty() && category.isEmpty();
    }
}
