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
    private static final String NOISE = "script, style, noscript, template, svg, iframe, object, embed, "
            + "button, select, input, textarea, nav, [hidden], [aria-hidden=true], [style~=display:\\s*none], "
            + "[style~=visibility:\\s*hidden]";
    private static final int MIN_BODY_CHARS = 200;

    private ArticleBody() {
    }

    /** Paragraphs of the main text; the document is modified (cleaned) on the way. */
    static List<String> paragraphs(Document doc, String url) {
        doc.select(NOISE).remove();
        Document copy = doc.clone();
        List<String> fromReadability = readability(doc, url);
        if (length(fromReadability) >= MIN_BODY_CHARS) {
            return fromReadability;
        }
        List<String> dense = DensestBlock.paragraphs(copy);
        return length(dense) > length(fromReadability) ? dense : fromReadability;
    }

    private static List<String> readability(Document doc, String url) {
        Article article = new Readability4J(url, doc).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return List.of();
        }
        return Boilerplate.clean(Paragraphs.of(content));
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

        static List<String> paragraphs(Document doc) {
            java.util.Map<Element, Integer> weight = new java.util.IdentityHashMap<>();
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent != null) {
                    weight.merge(parent, p.text().length(), Integer::sum);
                }
            }
            return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(e -> Boilerplate.clean(Paragraphs.of(e.getKey())))
                    .orElseGet(ArrayList::new);
        }
    }
}
