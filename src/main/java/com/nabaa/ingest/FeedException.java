package com.nabaa.ingest;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A feed could not be read: malformed or truncated XML, a forbidden DOCTYPE, or a document that is
 * not RSS or Atom. The message names the location (URL or file) and, when the XML parser knows
 * it, the line and column.
 */
public final class FeedException extends Exception {

    private final String location;
    private final int line;
    private final int column;

    FeedException(String location, int line, int column, String detail, Throwable cause) {
        super("cannot read feed " + location + position(line, column) + ": " + detail, cause);
        this.location = Objects.requireNonNull(location, "location");
        this.line = line;
        this.column = column;
    }

    /** The URL or file the feed came from, as given to the reader. */
    public String location() {
        return location;
    }

    /** 1-based line of the error, when the parser reported one. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** 1-based column of the error, when the parser reported one. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    private static String position(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? " at line " + line + ", column " + column : " at line " + line;
    }
}
