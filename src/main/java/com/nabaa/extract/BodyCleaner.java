package com.nabaa.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a content-element picker leaves around the story: the repeated headline, link
 * lists ("most read", teasers), bare URLs, bylines and dateline stamps, then line boilerplate.
 */
final class BodyCleaner {
    /** Teasers are short and mostly link; a long paragraph may open with a linked sentence. */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double MAX_LINK_DENSITY_LONG = 0.9;
    private static final int LONG_BLOCK = 150;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|von|par|por|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|written by)\\s*[:：]?\\s+\\S.{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAMP_WORDS = Pattern.compile(
            "(?iu)\\b(?:updated|update|published|posted|last|modified|on|at|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest"
                    + "|est|edt|cst|cdt|pst|pdt|et|mez|uhr|am|stand|aktualisiert|veröffentlicht|monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|fri|sat|sun|montag|dienstag|mittwoch"
                    + "|donnerstag|freitag|samstag|sonntag)\\b|نشر|نشرت|في|آخر|تحديث|تاريخ|النشر|الساعة|صباحا|مساء"
                    + "|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|[|:,،.\\-–—()]+");
    private static final int STAMP_MAX_LENGTH = 90;

    private BodyCleaner() {
    }

    /** {@code titles}: the headline and the page's declared titles, each dropped where it repeats as a block. */
    static List<String> clean(List<Paragraphs.Block> blocks, List<String> titles, String pageUrl) {
        Set<String> headlines = new HashSet<>();
        titles.forEach(t -> headlines.add(t.strip().toLowerCase(Locale.ROOT)));
        List<String> lines = new ArrayList<>();
        for (Paragraphs.Block b : blocks) {
            String text = b.text();
            double maxDensity = text.length() < LONG_BLOCK ? MAX_LINK_DENSITY : MAX_LINK_DENSITY_LONG;
            if (b.linkDensity() > maxDensity
                    || headlines.contains(text.toLowerCase(Locale.ROOT))
                    || isOwnUrl(text, pageUrl)
                    || BYLINE.matcher(text).matches()
                    || isDateStamp(text)) {
                continue;
            }
            lines.add(text);
        }
        return Boilerplate.clean(lines);
    }

    static boolean isByline(String line) {
        return BYLINE.matcher(line).matches();
    }

    /** The page printing its own address (a "permalink" line). */
    private static boolean isOwnUrl(String line, String pageUrl) {
        String bare = line.replaceFirst("^https?://(?:www\\.)?", "");
        return !pageUrl.isBlank() && bare.length() > 8
                && pageUrl.replaceFirst("^https?://(?:www\\.)?", "").startsWith(bare);
    }

    /** A short line that is only a date and/or time with words like "Updated" or "نشر في". */
    static boolean isDateStamp(String line) {
        if (line.length() > STAMP_MAX_LENGTH) {
            return false;
        }
        boolean hasDate = DateText.findDate(line).isPresent();
        boolean hasTime = TIME.matcher(line).find();
        if (!hasDate && !hasTime) {
            return false;
        }
        String rest = Months.fold(DateText.asciiDigits(line));
        rest = rest.replaceAll("(?iu)(?<![\\p{L}])(?:" + Months.ALTERNATION + ")(?![\\p{L}])", " ");
        rest = STAMP_WORDS.matcher(rest).replaceAll(" ").replaceAll("[\\d/]+", " ").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= 1;
    }
}
