package com.nabaa.question;

import java.util.Objects;

/**
 * A news section a question points at, by the corpus category name ({@code sport},
 * {@code economy}, ...), with the span of the question that named it.
 *
 * @param explicit the reader asked for the section ("آخر أخبار الرياضة", "sports news"): strong
 *     enough to filter by; otherwise a word of the section only appeared ("مين فاز في الماتش"):
 *     at most a ranking boost
 */
record CategoryHint(String category, int start, int end, boolean explicit) {
    public CategoryHint {
        Objects.requireNonNull(category, "category");
        if (category.isBlank()) {
            throw new IllegalArgumentException("blank category");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
