package com.nabaa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns an element into the text of its blocks: one entry per paragraph, heading, list item or cell. */
final class Paragraphs {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "table", "thead", "tbody", "tr", "caption", "section",
            "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "address",
            "center", "form", "fieldset", "hr", "br", "details", "summary", "picture", "video", "body");

    private Paragraphs() {
    }

    /** One block of text and how much of it sits inside links. */
    record Block(String text, int linkChars) {
        Block {
            text = java.util.Objects.requireNonNull(text);
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    static List<String> of(Element root) {
        return blocks(root).stream().map(Block::text).toList();
    }

    static List<Block> blocks(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    /** Collapses all whitespace, no-break spaces and zero-width characters to single spaces. */
    static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u200B\\u200C\\u200E\\u200F\\u2028\\u2029\\uFEFF]+", " ").strip();
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int linkDepth;
        private int linkChars;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t && t.parent() instanceof Element p && p.normalName().equals("title")) {
                // A content picker that falls back to the whole document must not make the <title> a paragraph.
                return;
            }
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                current.append(text);
                if (linkDepth > 0) {
                    linkChars += clean(text).length();
                }
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    linkDepth++;
                } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                    current.append(' ');
                } else if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    linkDepth = Math.max(0, linkDepth - 1);
                } else if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
        }

        void flush() {
            String text = clean(current.toString());
            if (!text.isEmpty()) {
                blocks.add(new Block(text, linkChars));
            }
            current.setLength(0);
            linkChars = 0;
        }
    }
}
