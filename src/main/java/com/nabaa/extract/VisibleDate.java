package com.nabaa.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates a reader sees: the first date line after the headline (where bylines and "نشر في" lines
 * sit), else the first date anywhere in the text that is not a copyright notice.
 */
final class VisibleDate {
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)(?:©|copyright|\\(c\\)|جميع الحقوق)[^\\n]{0,40}");
    /** Past this many characters after the headline a date is more likely a related story's. */
    private static final int AFTER_HEADLINE_WINDOW = 3000;

    private VisibleDate() {
    }

    static Optional<OffsetDateTime> afterHeadline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || doc.body() == null) {
            return Optional.empty();
        }
        String text = doc.body().text();
        String headline = h1.text();
        int at = headline.isBlank() ? -1 : text.indexOf(headline);
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - 300);
        int to = Math.min(text.length(), at + headline.length() + AFTER_HEADLINE_WINDOW);
        return first(text.substring(from, to));
    }

    static Optional<OffsetDateTime> anywhere(Document doc) {
        return doc.body() == null ? Optional.empty() : first(doc.body().text());
    }

    private static Optional<OffsetDateTime> first(String text) {
        String withoutCopyright = COPYRIGHT.matcher(text).replaceAll(" ");
        return DateText.findDate(withoutCopyright).map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
