package com.nabaa.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a reader sees on the page. The titles a page declares ({@code og:title},
 * {@code twitter:title}, {@code <title>}) are written for search results and social cards: they
 * often carry the site's name or a different teaser. So, in order:
 * <ol>
 * <li>the article's {@code h1}: a visible one outside navigation, footers, sidebars and tickers,
 *     not the site's logo, not in capitals throughout, and alike what the page declares (a section
 *     label such as "The Blog" is not); what its children add around a declared title (a date, a
 *     comment count) and a label after a bar ("| Opinion") are cut;</li>
 * <li>else the JSON-LD headline of the article (or the declared title it was cut from);</li>
 * <li>else {@code og:title}, {@code twitter:title}, then {@code <title>}.</li>
 * </ol>
 * The site's name is cut from either end ({@link SiteNames}), and so is a breaking ribbon in front.
 *
 * @param text     the headline as shown
 * @param breaking whether the page's own headline carries a breaking mark (never a site-wide ticker's)
 * @param declared the titles the page declares, as it declares them
 */
record Headline(String text, boolean breaking, List<String> declared) {
    /** Where an h1 is not the article's: navigation, footers, sidebars, site-wide tickers. */
    private static final String NOT_ARTICLE = "nav, footer, aside, marquee, menu, [role=navigation]";
    /**
     * Classes of page furniture around an h1: tickers, logos, text only screen readers get. Layout
     * wrappers ("content-sidebar-wrap") name other things, so sidebars and footers go by their tags.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:ticker|marquee|breaking-?news|news-?ticker|urgent|logo|brand|site-?title|site-?name"
                    + "|sr-only|screen-reader-text|visually-hidden)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern BREAKING = Pattern.compile(
            "^\\s*(?:(?:عاجل|عاجل جدا|breaking(?: news)?|just in)\\s*[:|\\-–—.!]|عاجل\\s)\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RIBBON_PREFIX = Pattern.compile(
            "^\\s*(?:عاجل(?: جدا)?|breaking(?: news)?|just in)\\s*[:|\\-–—]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_EXTRA_WORDS = 3;
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    /** How alike an h1 and a declared title must be for the h1 to be the article's (Dice, 0..1). */
    private static final double MIN_ALIKE = 0.3;
    private static final int STEM_CHARS = 5;
    private static final int MAX_WORDS = 40;
    /** How many ancestors are looked at for furniture classes (a logo's wrapper, a ticker's box). */
    private static final int ANCESTOR_DEPTH = 4;
    private static final int MAX_LABEL_WORDS = 5;
    /** Page-wide elements whose classes describe the whole page ("wp-custom-logo"), not the h1's place. */
    private static final Set<String> PAGE = Set.of("html", "body", "main", "article");

    static Headline of(Document doc, String url, String declaredSiteName, LinkedData linked) {
        List<String> declaredNames = new ArrayList<>(linked.siteNames());
        declaredNames.add(0, declaredSiteName);
        SiteNames site = SiteNames.of(declaredNames, url);
        List<String> declared = new ArrayList<>();
        meta(doc, "meta[property=og:title]").ifPresent(declared::add);
        meta(doc, "meta[name=twitter:title]").ifPresent(declared::add);
        Optional.of(Paragraphs.clean(doc.title())).filter(t -> !t.isEmpty()).ifPresent(declared::add);
        linked.headline().ifPresent(declared::add);

        Optional<String> visible = articleH1(doc, site, declared);
        Optional<String> h1 = visible.map(h -> withoutExtras(h, declared, site));
        String raw = h1.or(() -> linked.headline().map(h -> untruncated(h, declared, site)))
                .orElse(declared.isEmpty() ? "" : declared.get(0));
        String text = RIBBON_PREFIX.matcher(site.strip(raw)).replaceFirst("");
        if (h1.isPresent()) {
            text = withoutLabel(text);
        } else {
            text = PageMeta.withoutSiteName(text, "");
        }
        boolean breaking = BREAKING.matcher(visible.orElse(raw)).find()
                || declared.stream().anyMatch(d -> BREAKING.matcher(d).find());
        return new Headline(text.strip(), breaking, declared);
    }

    Headline {
        declared = List.copyOf(declared);
    }

    /** The headline and every declared title: what a body must not repeat as a paragraph. */
    List<String> titles() {
        List<String> all = new ArrayList<>(declared);
        all.add(0, text);
        return all;
    }

    /**
     * The visible h1 most alike one of the declared titles (Dice coefficient of their word stems), when
     * it is alike enough; with no declared title, the first visible h1.
     */
    private static Optional<String> articleH1(Document doc, SiteNames site, List<String> declared) {
        List<Set<String>> declaredStems = declared.stream().map(d -> stems(site.strip(d))).toList();
        String best = null;
        double bestScore = -1;
        for (Element h1 : doc.select("h1")) {
            String text = Paragraphs.clean(h1.text());
            Set<String> stems = stems(text);
            if (stems.isEmpty() || SiteNames.words(text) > MAX_WORDS || !isArticles(h1) || site.isName(text)
                    || linksHome(h1) || isShouting(text) && !declared.isEmpty()) {
                continue;
            }
            double score = 0;
            for (Set<String> d : declaredStems) {
                score = Math.max(score, dice(stems, d));
            }
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best != null && (declared.isEmpty() || bestScore >= MIN_ALIKE) ? Optional.of(best) : Optional.empty();
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    /** Not in navigation, a footer, a sidebar, a ticker or a logo, and not hidden. */
    private static boolean isArticles(Element h1) {
        if (h1.closest(NOT_ARTICLE) != null || isHidden(h1) || FURNITURE.matcher(h1.className()).find()) {
            return false;
        }
        // Not the hidden attribute on ancestors: streamed pages (React) move their content out of one.
        Element e = h1.parent();
        for (int depth = 0; e != null && depth < ANCESTOR_DEPTH && !PAGE.contains(e.normalName()); depth++, e = e.parent()) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find() || FURNITURE.matcher(e.className() + " " + e.id()).find()) {
                return false;
            }
        }
        return true;
    }

    /** Capitals throughout: a banner or a section label; a headline in capitals is styled so, not written so. */
    private static boolean isShouting(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT))
                && !text.equals(text.toLowerCase(Locale.ROOT)) && SiteNames.words(text) >= 2;
    }

    /** A logo: the h1 is a link to the site's home page. */
    private static boolean linksHome(Element h1) {
        Element link = h1.closest("a[href]");
        if (link == null) {
            link = h1.selectFirst("a[href]");
        }
        if (link == null || link.text().length() < h1.text().length() / 2) {
            return false;
        }
        String href = link.attr("href").strip();
        String abs = link.absUrl("href");
        return href.equals("/") || href.equals("./") || abs.matches("(?i)https?://[^/?#]+/?(?:index\\.\\w+)?");
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /**
     * An h1 holding a declared title plus what its children add (a date: "18 June 2025 Ferry
     * resumes"; a source and a comment count: "Ferry resumes (ledger.example) 14"; a label: "Blog: …")
     * is that title; extra words without a digit, and a lone number, are the h1's own.
     */
    private static String withoutExtras(String h1, List<String> declared, SiteNames site) {
        String folded = fold(h1);
        for (String d : declared) {
            String title = site.strip(d);
            String t = fold(title);
            if (t.isEmpty() || folded.equals(t)) {
                continue;
            }
            Optional<String> extras = around(folded, t);
            if (extras.isPresent()) {
                int n = SiteNames.words(extras.get());
                boolean label = n == 1 && folded.startsWith(extras.get() + " ") && h1.strip().matches("(?s)[^\\s:]+:.*");
                if (n <= MAX_EXTRA_WORDS && (label || n >= 2 && DIGIT.matcher(extras.get()).find())) {
                    return title;
                }
            }
        }
        return h1;
    }

    /** The words of {@code outer} around {@code inner}, when outer holds inner at word boundaries. */
    private static Optional<String> around(String outer, String inner) {
        int at = (" " + outer + " ").indexOf(" " + inner + " ");
        if (at < 0 || outer.length() == inner.length()) {
            return Optional.empty();
        }
        return Optional.of((outer.substring(0, at) + " " + outer.substring(Math.min(outer.length(), at + inner.length()))).strip());
    }

    /** JSON-LD headlines are often cut to a length limit; a declared title that goes on is the whole one. */
    private static String untruncated(String headline, List<String> declared, SiteNames site) {
        String h = fold(headline);
        for (String d : declared) {
            String title = site.strip(d);
            if (fold(title).startsWith(h + " ")) {
                return title;
            }
        }
        return headline;
    }

    private static String fold(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A short label after a bar ("… | Opinion"): an h1 shows it, but it is not the headline. */
    private static String withoutLabel(String text) {
        int at = text.lastIndexOf(" | ");
        if (at > 0) {
            String tail = text.substring(at + 3);
            if (SiteNames.words(tail) <= MAX_LABEL_WORDS && SiteNames.words(text.substring(0, at)) > SiteNames.words(tail)) {
                return text.substring(0, at).strip();
            }
        }
        return text;
    }

    /** Lower-case words cut to their first letters, so "app" meets "apps" and "learn" meets "learning". */
    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            out.add(w.length() > STEM_CHARS ? w.substring(0, STEM_CHARS) : w);
        }
        return out;
    }

    private static Optional<String> meta(Document doc, String selector) {
        return doc.select(selector).stream().map(e -> Paragraphs.clean(e.attr("content")))
                .filter(s -> !s.isEmpty()).findFirst();
    }
}
