package com.nabaa.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What made an answer page: how to make its next page, and which buttons it carries. */
enum PageKind {
    /** An answer to a question (free text, a follow-up, a reply). */
    ASK,
    /** /latest, of a section when the query names one. */
    LATEST,
    /** /breaking. */
    BREAKING,
    /** /search: the query holds the words. */
    SEARCH,
    /** One story in full (its summary button, a deep link). */
    STORY,
    /** One story's reports in date order. */
    TIMELINE;

    /** Lists of stories page on and offer each story's summary and timeline. */
    boolean lists() {
        return this != STORY && this != TIMELINE;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PageKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
