package com.nabaa.push;

import java.util.Objects;

/** A topic that cannot be followed as typed: why, and the part of it at fault. */
public final class InvalidTopicException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the topic. */
    public enum Reason {
        /** Nothing to look for: no word that is not a filler or stop word, and no section or source. */
        NO_WORDS,
        /** {@code section:} names no section Nabaa knows. */
        UNKNOWN_SECTION,
        /** Longer than {@link TopicSpec#MAX_CHARS} characters or {@link TopicSpec#MAX_WORDS} words. */
        TOO_LONG
    }

    private final Reason reason;
    private final String detail;

    public InvalidTopicException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public Reason reason() {
        return reason;
    }

    /** The topic or the part of it at fault (the unknown section's name). */
    public String detail() {
        return detail;
    }
}
