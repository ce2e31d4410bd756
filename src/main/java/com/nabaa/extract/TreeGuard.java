package com.nabaa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Keeps hostile trees from making content scoring slow: readability's scoring is superlinear in
 * tree depth, so empty elements are removed and runs of text-less single-child wrappers below a
 * sane depth are unwrapped. Real article pages are rarely deeper than a few dozen levels.
 */
final class TreeGuard {
    static final int MAX_DEPTH = 64;
    private static final Set<String> KEEP_EMPTY = Set.of("img", "br", "hr", "picture", "source", "video",
            "audio", "td", "th", "tr", "body", "html", "head");

    private TreeGuard() {
    }

    static void flatten(Element root) {
        List<Element> empty = new ArrayList<>();
        List<Element> deepWrappers = new ArrayList<>();
        Set<Element> withContent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && depth > MAX_DEPTH && e.childNodeSize() == 1
                        && e.childNode(0) instanceof Element && !KEEP_EMPTY.contains(e.normalName())) {
                    deepWrappers.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (KEEP_EMPTY.contains(e.normalName()) || hasContent(e, withContent)) {
                        withContent.add(e);
                    } else {
                        empty.add(e);
                    }
                }
            }
        }, root);
        empty.forEach(Element::remove);
        for (Element e : deepWrappers) {
            if (e.parent() != null) {
                e.unwrap();
            }
        }
    }

    /** Text or media inside; children were visited first, so {@code withContent} already knows them. */
    private static boolean hasContent(Element e, Set<Element> withContent) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank() || child instanceof Element c && withContent.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
