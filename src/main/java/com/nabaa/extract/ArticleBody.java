package com.nabaa.extract;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body: readability4j picks the content element (it scored best of the Java
 * extractors we measured), then its blocks become paragraphs and line-level boilerplate is dropped.
 * When readability finds too little, the densest cluster of {@code <p>} elements is used instead.
 */
final class ArticleBody {
    /**
     * Never article text. A hidden {@code <div id="S:0">} is: pages streamed by React send their
     * content in one, and a script moves it into place.
     */
    private static final String NOISE = "script, style, noscript, template, svg, iframe, object, embed, "
            + "button, select, input, textarea, nav, [hidden]:not([id~=^S:\\d+$]), [aria-hidden=true], "
            + "[style~=display:\\s*none], [style~=visibility:\\s*hidden]";
    /** Photo captions and credits are not article text (and sites print them twice). */
    private static final java.util.regex.Pattern CAPTION_CLASS = java.util.regex.Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:wp-)?(?:caption|credit|photo-?credit|image-?credit)s?(?:$|[\\s_-])");
    private static final int CAPTION_MAX_CHARS = 600;
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("html", "body", "main", "article");
    private static final int MIN_BODY_CHARS = 200;

    private ArticleBody() {
    }

    /** Paragraphs of the main text; the document is modified (cleaned) on the way. */
    static List<String> paragraphs(Document doc, String url, List<String> titles) {
        doc.select(NOISE).remove();
        removeCaptions(doc);
        TreeGuard.flatten(doc.body() == null ? doc : doc.body());
        Document copy = doc.clone();
        List<String> fromReadability = readability(doc, url, titles);
        if (length(fromReadability) >= MIN_BODY_CHARS) {
            return fromReadability;
        }
        List<String> dense = DensestBlock.paragraphs(copy, titles, url);
        return length(dense) > length(fromReadability) ? dense : fromReadability;
    }

    private static List<String> readability(Document doc, String url, List<String> titles) {
        Article article;
        try {
            article = new Readability4J(safeUri(url), doc).parse();
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException | StackOverflowError e) {
            // readability4j fails on some odd trees (e.g. a top candidate without a parent);
            // the caller then falls back to the densest paragraph block of an untouched copy.
            return List.of();
        }
        Element content = article.getArticleContent();
        if (content == null) {
            return List.of();
        }
        return BodyCleaner.clean(Paragraphs.blocks(content), titles, url);
    }

    /** readability4j resolves links against the URL and logs an error when it is not a valid URI. */
    private static String safeUri(String url) {
        try {
            return java.net.URI.create(url.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return "http://localhost/";
        }
    }

    private static void removeCaptions(Document doc) {
        doc.select("figcaption, figure, [itemprop=caption]").remove();
        List<Element> captions = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (!CONTAINERS.contains(e.normalName()) && CAPTION_CLASS.matcher(e.className()).find()
                    && e.text().length() <= CAPTION_MAX_CHARS) {
                captions.add(e);
            }
        }
        captions.forEach(Element::remove);
    }

    static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    /** The parent whose direct {@code <p>} children hold the most text — a classic fallback. */
    static final class DensestBlock {
        private DensestBlock() {
        }

        static List<String> paragraphs(Document doc, List<String> titles, String url) {
            java.util.Map<Element, Integer> weight = new java.util.IdentityHashMap<>();
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent != null) {
                    weight.merge(parent, p.text().length(), Integer::sum);
                }
            }
            return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(e -> BodyCleaner.clean(Paragraphs.blocks(e.getKey()), titles, url))
                    .orElseGet(ArrayList::new);
        }
    }
}
