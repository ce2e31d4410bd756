package com.nabaa.store;

import java.io.UncheckedIOException;
import java.io.IOException;

/** A database operation failed; carries the SQL error as its cause. */
public final class StoreException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, new IOException(cause.getMessage(), cause));
    }
}
