package com.nabaa.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said to identify a response, so the next request can ask "only if it changed"
 * (RFC 9110, section 13): its {@code ETag}, sent back as {@code If-None-Match}, and its
 * {@code Last-Modified}, sent back as {@code If-Modified-Since}. Both are kept exactly as received.
 */
public record HttpValidators(Optional<String> etag, Optional<String> lastModified) {
    /** A response that named neither: the next request is unconditional. */
    public static final HttpValidators NONE = new HttpValidators(Optional.empty(), Optional.empty());

    public HttpValidators {
        etag = Objects.requireNonNull(etag, "etag").map(String::strip).filter(s -> !s.isEmpty());
        lastModified = Objects.requireNonNull(lastModified, "lastModified").map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Whether there is anything to make a request conditional with. */
    public boolean any() {
        return etag.isPresent() || lastModified.isPresent();
    }
}
