package com.nabaa.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * One page as fetched over HTTP, decoded to text.
 *
 * @param url         the address that was asked for
 * @param finalUrl    the address that answered, after redirects
 * @param status      the final HTTP status, always 2xx
 * @param contentType the {@code Content-Type} header, or "" when the server sent none
 * @param body        the decoded body (see {@link HttpFetcher} for the charset rules)
 * @param validators  the response's {@code ETag} and {@code Last-Modified}, for a conditional next fetch
 */
public record FetchedPage(URI url, URI finalUrl, int status, String contentType, String body,
                          HttpValidators validators) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status + " for " + url);
        }
        contentType = Objects.requireNonNullElse(contentType, "");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(validators, "validators");
    }

    /** A page whose response named no validators. */
    public FetchedPage(URI url, URI finalUrl, int status, String contentType, String body) {
        this(url, finalUrl, status, contentType, body, HttpValidators.NONE);
    }
}
