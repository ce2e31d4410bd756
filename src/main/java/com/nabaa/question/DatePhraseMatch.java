package com.nabaa.question;

import java.util.Objects;

/**
 * A time phrase found in a question: the range it means and where it stands in the question,
 * {@code question.substring(start, end)} being {@code phrase}, so a caller can filter by
 * {@code range} and search the question without the phrase.
 *
 * @param relative the phrase counts from now (امبارح، الأسبوع اللي فات، من يومين، last week): it
 *                 says when, never what the question is about, unlike a month or a year, which
 *                 can be the topic ("ثورة يناير"، "أحداث أكتوبر 1958")
 */
record DatePhraseMatch(DateRange range, int start, int end, String phrase, boolean relative) {
    public DatePhraseMatch {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(phrase, "phrase");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (phrase.length() != end - start) {
            throw new IllegalArgumentException("phrase '" + phrase + "' does not fill [" + start + ", " + end + ")");
        }
    }

    /** {@code question} with this phrase cut out and the spaces around it joined. */
    public String removeFrom(String question) {
        return (question.substring(0, start) + " " + question.substring(end)).strip().replaceAll("\\s{2,}", " ");
    }
}
