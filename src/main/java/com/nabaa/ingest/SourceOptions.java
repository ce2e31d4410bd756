package com.nabaa.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How sources are read.
 *
 * @param fetchLinkedPages for feed items that are only a teaser, fetch and extract the linked page
 * @param showProgress     draw a progress bar on standard error
 * @param fetchTimeout     timeout of one HTTP request
 * @param maxBytes         larger files and pages are refused
 * @param sourceName       outlet name to give articles whose input does not name one
 */
public record SourceOptions(boolean fetchLinkedPages, boolean showProgress, Duration fetchTimeout,
                            long maxBytes, Optional<String> sourceName) {
    public SourceOptions {
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(sourceName, "sourceName");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    }

    public static SourceOptions defaults() {
        return new SourceOptions(false, false, Duration.ofSeconds(20), 20L * 1024 * 1024, Optional.empty());
    }
}
