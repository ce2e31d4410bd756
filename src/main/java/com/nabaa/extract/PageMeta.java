package com.nabaa.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Page-level facts declared in the head: headline, canonical URL, lead image, site name, breaking marker. */
final class PageMeta {
    /**
     * A breaking mark in front of a headline: the mark alone ("عاجل" as the label of a site-wide
     * ticker) is not a headline and marks nothing.
     */
    private static final Pattern BREAKING = Pattern.compile(
            "^\\s*(?:(?:عاجل|عاجل جدا|breaking(?: news)?|just in)\\s*[:|\\-–—.!]|عاجل\\s)\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RIBBON_PREFIX = Pattern.compile(
            "^\\s*(?:عاجل(?: جدا)?|breaking(?: news)?|just in)\\s*[:|\\-–—]\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_SUFFIX_WORDS = 6;

    private PageMeta() {
    }

    static String siteName(Document doc) {
        return first(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]").orElse("");
    }

    static Optional<String> canonicalUrl(Document doc) {
        return doc.select("link[rel=canonical][href]").stream().map(e -> e.absUrl("href"))
                .filter(s -> !s.isBlank()).findFirst()
                .or(() -> first(doc, "meta[property=og:url]"));
    }

    static Optional<String> leadImage(Document doc) {
        return doc.select("meta[property=og:image], meta[property=og:image:url], meta[name=twitter:image]")
                .stream().map(e -> e.absUrl("content").isBlank() ? e.attr("content") : e.absUrl("content"))
                .map(String::strip).filter(s -> !s.isBlank()).findFirst();
    }

    /** og:title, else the first h1, else {@code <title>}; the site-name part is cut off. */
    static String title(Document doc, String siteName) {
        String raw = first(doc, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> doc.select("h1").stream().map(Element::text).map(Paragraphs::clean)
                        .filter(t -> t.length() >= 10).findFirst())
                .orElse(Paragraphs.clean(doc.title()));
        return RIBBON_PREFIX.matcher(withoutSiteName(raw, siteName)).replaceFirst("");
    }

    static String withoutSiteName(String title, String siteName) {
        String t = title.strip();
        if (!siteName.isBlank()) {
            for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " : ", " » ", " « ", "|")) {
                if (t.endsWith(sep + siteName) && t.length() > (sep + siteName).length()) {
                    return t.substring(0, t.length() - (sep + siteName).length()).strip();
                }
                if (t.startsWith(siteName + sep) && t.length() > (siteName + sep).length()) {
                    return t.substring((siteName + sep).length()).strip();
                }
            }
        }
        // Without a declared site name, cut a short last segment after " | " or " - ".
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            int at = t.lastIndexOf(sep);
            if (at > 0) {
                String head = t.substring(0, at).strip();
                String tail = t.substring(at + sep.length()).strip();
                if (words(tail) <= MAX_SUFFIX_WORDS && words(head) >= words(tail) + 2) {
                    return head;
                }
            }
        }
        return t;
    }

    /**
     * Whether the page's headline carries a breaking mark: in its {@code og:title}, its
     * {@code <title>}, or an {@code <h1>} long enough to be the headline (as {@link #title} takes it).
     * A short h1 is the site's (a logo, a ticker's "عاجل" label), and so is anything in the page's
     * body: a site-wide "عاجل" ticker sits on every page of the site.
     */
    static boolean breaking(Document doc) {
        List<String> headlines = new java.util.ArrayList<>();
        headlines.add(doc.select("meta[property=og:title]").attr("content"));
        headlines.add(doc.title());
        doc.select("h1").stream().map(Element::text).map(Paragraphs::clean).filter(t -> t.length() >= 10)
                .findFirst().ifPresent(headlines::add);
        return breaking(headlines.toArray(String[]::new));
    }

    static boolean breaking(String... headlines) {
        for (String h : headlines) {
            if (BREAKING.matcher(h).find()) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static Optional<String> first(Document doc, String... selectors) {
        for (String sel : selectors) {
            for (Element e : doc.select(sel)) {
                String v = Paragraphs.clean(e.attr("content"));
                if (!v.isEmpty()) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }
}
