package com.nabaa.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another part of this one) holds the index for writing. */
public final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    IndexBusyException(Path dir, Throwable cause) {
        super("the index at " + dir + " is held for writing by another process", cause);
    }
}
