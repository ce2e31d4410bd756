package com.nabaa.extract;

import com.nabaa.text.LanguageDetector;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracts the article from a page saved as plain text, as a reader copies it from a news site:
 * an optional breaking ribbon ({@code عاجل}: the story's mark only right above its headline or in
 * front of it; above the site's header, or as a run of ticker items, it is the site's ticker), the
 * header's date of the day the page was saved (never taken as the publication date), masthead
 * lines, the headline, photo captions printed twice, the story with its sub-headings, and trailing
 * "follow us" lines. The site's name comes from the page ({@link TextSiteName}). Stateless.
 */
public final class TextPageExtractor {
    private static final Pattern RIBBON = Pattern.compile("(?iu)^(?:عاجل|عاجل جدا|breaking|breaking news|just in)[:!.]?$");
    /** A ribbon in front of words: "عاجل: …", "عاجل | …", "Breaking: …". */
    private static final Pattern RIBBON_PREFIX = Pattern.compile(
            "(?iu)^(?:عاجل(?: جدا)?|breaking(?: news)?|just in)\\s*[:|\\-–—]\\s*(?=\\S)");
    /** Masthead roles; the person's name follows on the next line. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "(?iu)^(?:رئيس التحرير|رئيس مجلس الإدارة|رئيس مجلس الادارة|المدير العام|مدير التحرير|نائب رئيس التحرير"
                    + "|رئيس التحرير التنفيذي|editor[- ]in[- ]chief|managing editor|publisher)\\s*[:：]?\\s*(.*)$");
    /** A header date stamp: Gregorian with its Hijri equivalent, or a bare weekday-and-date line. */
    private static final Pattern SAVED_DATE = Pattern.compile("الموافق|هـ$|\\d{4}\\s*هـ");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?iu)^(?:نشر|نُشر|نشرت|تاريخ النشر|بتاريخ|published|posted|first published)(?:\\s+(?:في|on|at|بتاريخ))?\\s*[:：]?\\s*(.+)$");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_CAPTION_WORDS = 15;
    /** The site's header sits at the top of the page. */
    private static final int HEADER_LINES = 8;

    public ExtractedPage extract(String text, String location) throws NoArticleException {
        List<String> lines = Arrays.stream(Objects.requireNonNullElse(text, "").split("\\R"))
                .map(Paragraphs::clean).filter(l -> !l.isEmpty()).toList();
        boolean breaking = false;
        Optional<OffsetDateTime> published = Optional.empty();
        List<String> kept = new ArrayList<>();
        int header = firstHeaderLine(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RIBBON.matcher(line).matches()) {
                // A ribbon right above the headline marks the story; one above the site's header (the
                // saved-date line, the masthead) is the site's ticker label and marks nothing.
                breaking |= kept.isEmpty() && i > header && i + 1 < lines.size() && !isHeader(lines.get(i + 1));
                continue;
            }
            if (RIBBON_PREFIX.matcher(line).find() && (i < header || isTickerRun(lines, i))) {
                // "عاجل: …" items above the site's header, or several in a row, are the site's ticker.
                continue;
            }
            var masthead = MASTHEAD.matcher(line);
            if (masthead.matches()) {
                boolean nameOnNextLine = masthead.group(1).isBlank() && i + 1 < lines.size()
                        && lines.get(i + 1).split("\\s+").length <= MAX_NAME_WORDS;
                i += nameOnNextLine ? 1 : 0;
                continue;
            }
            var publication = PUBLISHED_LINE.matcher(line);
            if (publication.matches() && line.length() < 120) {
                Optional<OffsetDateTime> date = DateText.findDate(publication.group(1))
                        .map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC));
                if (date.isPresent()) {
                    published = published.or(() -> date);
                    continue;
                }
            }
            if (isSavedDate(line) || Boilerplate.isPrompt(line) || Boilerplate.isMenu(line) || BodyCleaner.isByline(line)) {
                continue;
            }
            if (isRepeatedCaption(lines, i)) {
                i++;
                continue;
            }
            kept.add(line);
        }
        if (kept.isEmpty()) {
            throw new NoArticleException(location, "no headline: the text holds only ribbons, dates and boilerplate");
        }
        String title = kept.get(0);
        if (RIBBON_PREFIX.matcher(title).find()) {
            breaking = true;
            title = RIBBON_PREFIX.matcher(title).replaceFirst("");
        }
        List<String> paragraphs = Boilerplate.clean(kept.subList(1, kept.size()));
        if (paragraphs.isEmpty()) {
            throw new NoArticleException(location, "no article text after the headline");
        }
        return new ExtractedPage(title, published, paragraphs, Optional.empty(), breaking,
                LanguageDetector.detect(String.join("\n", paragraphs)), Optional.empty(),
                TextSiteName.find(lines, Objects.requireNonNullElse(location, "")));
    }

    /** Where the site's header (the saved-on date, the masthead) starts; -1 when the page has none. */
    private static int firstHeaderLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (isSavedDate(lines.get(i)) || MASTHEAD.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A ticker prints its items one under another; an article's headline carries its mark alone. */
    private static boolean isTickerRun(List<String> lines, int i) {
        return i > 0 && RIBBON_PREFIX.matcher(lines.get(i - 1)).find()
                || i + 1 < lines.size() && RIBBON_PREFIX.matcher(lines.get(i + 1)).find();
    }

    /** A line of the site's header: the saved-on date or the masthead. */
    private static boolean isHeader(String line) {
        return isSavedDate(line) || MASTHEAD.matcher(line).matches() || RIBBON.matcher(line).matches();
    }

    /** A header date (saved-on day, often with the Hijri date) — page furniture, not publication. */
    private static boolean isSavedDate(String line) {
        return SAVED_DATE.matcher(line).find() && line.length() < 100 || BodyCleaner.isDateStamp(line);
    }

    /** Captions under a photo are printed twice in a row (alt text, then the caption). */
    private static boolean isRepeatedCaption(List<String> lines, int i) {
        return i + 1 < lines.size() && lines.get(i).equals(lines.get(i + 1))
                && lines.get(i).split("\\s+").length <= MAX_CAPTION_WORDS;
    }
}
