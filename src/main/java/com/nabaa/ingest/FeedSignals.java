package com.nabaa.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What a feed item says about itself: breaking-news marks and whether it is only a teaser. */
final class FeedSignals {

    /** Below this many characters of text, an item is a teaser whatever its shape. */
    static final int TEASER_MAX_CHARS = 400;

    /** The word for "urgent", optionally "خبر عاجل" (urgent news), or "Breaking (News)". */
    private static final String MARK = "(?:خبر\\s+)?عاجل|breaking(?:\\s+news)?";
    /**
     * A breaking mark at the start of a title: bracketed ({@code [عاجل]}, {@code (Breaking)},
     * {@code «عاجل»}) or followed by a separator ({@code :}, {@code |}, {@code ،}, a dash,
     * {@code ..} or {@code …}).
     */
    private static final Pattern BREAKING_PREFIX = Pattern.compile(
            "^\\s*(?:[\\[(«]\\s*(?:" + MARK + ")\\s*[\\])»]\\s*[:|،\\-–—]?"
                    + "|(?:" + MARK + ")\\s*(?:[:：|،\\-–—]|\\.{2,}|…))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> BREAKING_CATEGORIES = Set.of(
            "عاجل", "أخبار عاجلة", "اخبار عاجلة", "خبر عاجل", "breaking", "breaking news", "breaking-news");
    private static final List<String> ELLIPSES = List.of("…", "...", "[…]", "[...]");

    private FeedSignals() {
    }

    /** Whether the title starts with a breaking mark. */
    static boolean hasBreakingPrefix(String title) {
        return BREAKING_PREFIX.matcher(title).find();
    }

    /** The title without its breaking mark; unchanged when nothing would remain. */
    static String stripBreakingPrefix(String title) {
        Matcher m = BREAKING_PREFIX.matcher(title);
        if (!m.find()) {
            return title;
        }
        String rest = title.substring(m.end()).strip();
        return rest.isEmpty() ? title : rest;
    }

    static boolean isBreakingCategory(String category) {
        return BREAKING_CATEGORIES.contains(category.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Teaser rule: the text of the content (else the summary) is shorter than
     * {@value #TEASER_MAX_CHARS} characters, or it is a single paragraph ending in an ellipsis
     * ({@code …}, {@code ...}, {@code […]}), the mark of a cut excerpt.
     */
    static boolean isTeaser(FeedItem item) {
        String html = item.contentHtml().isBlank() ? item.summaryHtml() : item.contentHtml();
        Document doc = Jsoup.parseBodyFragment(html);
        String text = doc.text().strip();
        if (text.length() < TEASER_MAX_CHARS) {
            return true;
        }
        long paragraphs = doc.select("p").stream().filter(p -> !p.text().isBlank()).count();
        return paragraphs <= 1 && ELLIPSES.stream().anyMatch(text::endsWith);
    }

    /** The first {@code <img src>} of an HTML fragment, for feeds that embed the lead image. */
    static String firstImage(String html) {
        if (html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).select("img[src]").stream()
                .map(img -> img.attr("src").strip())
                .filter(src -> !src.isEmpty() && !src.startsWith("data:"))
                .findFirst().orElse("");
    }
}
