package com.nabaa.ingest;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of one story's address into one canonical URL, the dedup key.
 *
 * <p>Rules, applied in this order:
 * <ol>
 *   <li>Only absolute {@code http}/{@code https} URLs (or protocol-relative {@code //host/...}) are
 *       accepted; the canonical scheme is always {@code https}, so {@code http://} and
 *       {@code https://} forms of a story compare equal.</li>
 *   <li>The host is lower-cased, converted to its ASCII (punycode) form and loses a trailing dot;
 *       user info is dropped.</li>
 *   <li>Default ports (80 and 443) are dropped.</li>
 *   <li>The host prefixes {@code www.}, {@code m.}, {@code mobile.} and {@code amp.} are dropped
 *       (repeatedly, as long as a registrable name with a dot remains).</li>
 *   <li>The fragment is dropped.</li>
 *   <li>Path: dot segments are resolved; AMP variants collapse to the article itself: any segment
 *       that is exactly {@code amp}, a last segment ending in {@code .amp}, and {@code .amp.html}
 *       (which becomes {@code .html}).</li>
 *   <li>Percent-encoding: escapes of unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) are
 *       decoded, the remaining escapes use upper-case hex, and raw non-ASCII characters (Arabic
 *       slugs) are encoded as UTF-8 escapes, so {@code /أخبار} and {@code /%D8%A3%D8%AE...}
 *       compare equal. The canonical form is therefore pure ASCII.</li>
 *   <li>A trailing slash is removed, except for the root path {@code /}.</li>
 *   <li>Query: tracking and AMP parameters are removed (see {@link #isDropped}); the remaining
 *       parameters are sorted by name, then value; an empty query disappears.</li>
 * </ol>
 *
 * <p>Kept on purpose: {@code s} (WordPress uses it for search, so it can change the page),
 * {@code id}, {@code p}, {@code page} and any other parameter not listed, since many Arabic news
 * sites address articles by query parameters such as {@code ?NewsID=123}.
 */
public final class UrlNormalizer {

    /** Parameters removed whatever their value (compared case-insensitively). */
    static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
            "ref", "ref_src", "ref_url", "cmpid", "ocid", "ncid", "xtor", "spm", "share",
            "amp");

    /** Parameter name prefixes removed: Google Analytics {@code utm_*}, AT Internet {@code at_*}. */
    static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_");

    private static final List<String> HOST_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");

    /** RFC 3986, appendix B. */
    private static final Pattern URI_PARTS =
            Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$",
                    Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?");

    /** Characters that may stay literal in a path segment besides unreserved ones. */
    private static final String PATH_LITERALS = "!$&'()*+,;=:@";
    /** Characters that may stay literal in a query name or value besides unreserved ones. */
    private static final String QUERY_LITERALS = "!$'()*+,;:@/?";

    private UrlNormalizer() {
    }

    /**
     * Returns the canonical form of {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL; the message
     *                                  contains the URL
     */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("not a URL: blank");
        }
        String input = url.strip();
        Matcher parts = URI_PARTS.matcher(input);
        if (!parts.matches()) {
            throw invalid(input, "unparseable");
        }
        String scheme = parts.group(1) == null ? "https" : parts.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(input, "not an http(s) URL");
        }
        if (parts.group(2) == null || parts.group(2).isEmpty()) {
            throw invalid(input, "no host");
        }
        StringBuilder out = new StringBuilder("https://").append(authority(parts.group(2), input));
        out.append(path(parts.group(3), input));
        String query = query(parts.group(4), input);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String authority(String rawAuthority, String input) {
        String hostPort = rawAuthority.substring(rawAuthority.lastIndexOf('@') + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        if (!port.isEmpty() && !PORT.matcher(port).matches()) {
            throw invalid(input, "bad port '" + port + "'");
        }
        if (port.equals("80") || port.equals("443")) {
            port = "";
        }
        return canonicalHost(host, input) + (port.isEmpty() ? "" : ":" + Integer.parseInt(port));
    }

    private static String canonicalHost(String rawHost, String input) {
        if (rawHost.startsWith("[") && rawHost.endsWith("]")) {
            return rawHost.toLowerCase(Locale.ROOT);
        }
        String host;
        try {
            host = IDN.toASCII(UrlPercentCoding.decodeAll(rawHost), IDN.ALLOW_UNASSIGNED)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(input, "bad host: " + e.getMessage());
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!ASCII_HOST.matcher(host).matches()) {
            throw invalid(input, "bad host '" + rawHost + "'");
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : HOST_PREFIXES) {
                String rest = host.substring(Math.min(prefix.length(), host.length()));
                if (host.startsWith(prefix) && rest.indexOf('.') > 0) {
                    host = rest;
                    stripped = true;
                }
            }
        }
        return host;
    }

    private static String path(String rawPath, String input) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/", -1)) {
            String segment = UrlPercentCoding.normalize(raw, PATH_LITERALS, input);
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
            } else if (!segment.equalsIgnoreCase("amp")) {
                segments.add(segment);
            }
        }
        if (!segments.isEmpty()) {
            String last = segments.removeLast();
            String lower = last.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".amp.html")) {
                last = last.substring(0, last.length() - ".amp.html".length()) + ".html";
            } else if (lower.endsWith(".amp") && last.length() > 4) {
                last = last.substring(0, last.length() - ".amp".length());
            }
            segments.add(last);
        }
        return "/" + String.join("/", segments);
    }

    private static String query(String rawQuery, String input) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = UrlPercentCoding.normalize(eq < 0 ? pair : pair.substring(0, eq),
                    QUERY_LITERALS, input);
            String value = eq < 0 ? null : UrlPercentCoding.normalize(pair.substring(eq + 1),
                    QUERY_LITERALS + "=", input);
            if (!name.isEmpty() && !isDropped(name, value == null ? "" : value)) {
                kept.add(new String[] {name, value});
            }
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> p[1] == null ? "" : p[1]));
        List<String> joined = new ArrayList<>();
        for (String[] p : kept) {
            joined.add(p[1] == null ? p[0] : p[0] + "=" + p[1]);
        }
        return String.join("&", joined);
    }

    /**
     * Whether a query parameter is noise for identifying a story: a name in
     * {@link #TRACKING_PARAMETERS}, a name starting with one of {@link #TRACKING_PREFIXES}, or
     * {@code outputType=amp}.
     */
    static boolean isDropped(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (TRACKING_PARAMETERS.contains(lower)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return lower.equals("outputtype") && value.equalsIgnoreCase("amp");
    }

    private static IllegalArgumentException invalid(String url, String why) {
        return new IllegalArgumentException("invalid URL '" + url + "': " + why);
    }
}
