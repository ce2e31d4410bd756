package com.nabaa.ingest;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/** A page or file could not be read; says which address, why and, for HTTP errors, the status. */
public final class FetchException extends Exception {

    /** Why the fetch failed, so callers can count failures by kind. */
    public enum Reason {
        /** The server answered with a non-2xx status. */
        HTTP_STATUS,
        /** Connecting or receiving took longer than allowed. */
        TIMEOUT,
        /** The body exceeded the size limit. */
        TOO_LARGE,
        /** Network or file system error. */
        IO,
        /** The fetching thread was interrupted (its interrupt flag is restored). */
        INTERRUPTED
    }

    private final URI uri;
    private final Reason reason;
    private final int status;

    FetchException(URI uri, Reason reason, int status, String message, Throwable cause) {
        super(message + ": " + uri, cause);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.status = status;
    }

    static FetchException httpStatus(URI uri, int status) {
        return new FetchException(uri, Reason.HTTP_STATUS, status, "HTTP status " + status, null);
    }

    static FetchException of(URI uri, Reason reason, String message, Throwable cause) {
        return new FetchException(uri, reason, -1, message, cause);
    }

    /** The address that failed (the requested one; for files, the file's URI). */
    public URI uri() {
        return uri;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status, present only for {@link Reason#HTTP_STATUS}. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
