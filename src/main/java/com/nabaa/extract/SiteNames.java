package com.nabaa.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a site goes by on one page (declared: {@code og:site_name}, {@code application-name},
 * the JSON-LD publisher or WebSite; and its web address: "Ledger.example", "BBC" for
 * {@code www.bbc.co.uk}), and cutting them off a title: "… | DW", "… - BBC News", "Ledger.example -
 * …", "DW: …".
 */
final class SiteNames {
    /** Separators between a title and a site name or section label, widest first. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " • ", " · ", " :: ",
            " » ", " « ", " / ", "|");
    /** Labels before the registrable name that say nothing about the site ("co" in bbc.co.uk). */
    private static final Set<String> GENERIC_LABELS = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "www");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A site name is short; a longer segment is a headline that happens to name the site. */
    private static final int MAX_NAME_WORDS = 6;
    private static final int MIN_LABEL_CHARS = 2;
    /** A long address name is found inside a segment ("Sky News Arabia" on skynewsarabia.com); a short one only as a word. */
    private static final int MIN_INSIDE_CHARS = 5;

    private final List<String> declared;
    private final List<String> names;
    private final Optional<String> hostLabel;

    private SiteNames(List<String> declared, List<String> names, Optional<String> hostLabel) {
        this.declared = declared;
        this.names = names;
        this.hostLabel = hostLabel;
    }

    static SiteNames of(List<String> declared, String url) {
        Set<String> compact = new LinkedHashSet<>();
        for (String name : declared) {
            String c = compact(name);
            if (!c.isEmpty()) {
                compact.add(c);
            }
        }
        host(url).map(SiteNames::compact).filter(h -> !h.isEmpty()).ifPresent(compact::add);
        List<String> raw = declared.stream().map(Paragraphs::clean).filter(n -> !n.isEmpty()).distinct().toList();
        return new SiteNames(raw, List.copyOf(compact), host(url).flatMap(SiteNames::mainLabel));
    }

    /** Whether this text is exactly one of the site's names (a logo's h1), or its address's ("DW" on dw.com). */
    boolean isName(String text) {
        String c = compact(text);
        if (hostLabel.filter(c::equals).isPresent()) {
            return true;
        }
        for (String name : names) {
            if (c.equals(name) || c.equals("the" + name) || name.equals("the" + c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a title segment names the site: one of its names, or a short segment with its address's
     * name as a word ("BBC News" on bbc.co.uk, "The Daily Ledger" on ledger.example, "Nahar Business"
     * on business.nahar.example) or, when it is long, inside ("Sky News Arabia" on
     * skynewsarabia.com).
     */
    private boolean isNameSegment(String segment) {
        if (words(segment) > MAX_NAME_WORDS || compact(segment).isEmpty()) {
            return false;
        }
        String c = compact(segment);
        return isName(segment) || hostLabel.filter(label -> List.of(NOT_ALNUM.split(segment.toLowerCase(Locale.ROOT)))
                .contains(label) || label.length() >= MIN_INSIDE_CHARS && c.contains(label)).isPresent();
    }

    /** The title without the site's name at either end: "… | DW", "Ledger.example - …", "DW: …". */
    String strip(String title) {
        String t = title.strip();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String name : declared) {
                // A name that holds a separator itself: "النهار - أخبار مصر".
                for (String sep : SEPARATORS) {
                    if (t.endsWith(sep + name) && t.length() > (sep + name).length()) {
                        t = t.substring(0, t.length() - (sep + name).length()).strip();
                        changed = true;
                    }
                }
            }
            for (String sep : SEPARATORS) {
                int last = t.lastIndexOf(sep);
                if (last > 0 && isNameSegment(t.substring(last + sep.length()))) {
                    t = t.substring(0, last).strip();
                    changed = true;
                    break;
                }
                int first = t.indexOf(sep);
                if (first > 0 && first + sep.length() < t.length() && isName(t.substring(0, first))) {
                    t = t.substring(first + sep.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        int colon = t.indexOf(": ");
        if (colon > 0 && isName(t.substring(0, colon)) && words(t.substring(colon + 2)) >= 2) {
            t = t.substring(colon + 2).strip();
        }
        return t;
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String compact(String name) {
        return NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip().replace(" ", "%20")).getHost())
                    .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "bbc" for bbc.co.uk, "nahar" for business.nahar.example: the registrable name without its suffix. */
    private static Optional<String> mainLabel(String host) {
        List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
        if (labels.size() < 2) {
            return Optional.empty();
        }
        labels.remove(labels.size() - 1);
        while (labels.size() > 1 && GENERIC_LABELS.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        String label = compact(labels.get(labels.size() - 1));
        return label.length() >= MIN_LABEL_CHARS && !GENERIC_LABELS.contains(label) ? Optional.of(label)
                : Optional.empty();
    }
}
