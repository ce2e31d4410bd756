package com.nabaa.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Page-level facts declared in the head: canonical URL, lead image, site name; cutting a site name off a title. */
final class PageMeta {
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
