package com.nabaa.ingest;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a feed's relative addresses (item links, images) absolute, RFC 3986 style: against the
 * item's {@code xml:base}, which is resolved against the feed's {@code xml:base}, which is resolved
 * against the address the feed was fetched from (after redirects). Rome reads {@code xml:base} of
 * Atom feeds; its own resolution is a JVM-wide switch, so it stays off and the resolution is here.
 */
final class FeedLinks {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    /** Characters left as they are when a relative reference is encoded for parsing. */
    private static final String REFERENCE_LITERALS = "/?#[]@!$&'()*+,;=:";

    private FeedLinks() {
    }

    /** The base for what is inside an element with this {@code xml:base} (null or blank: none). */
    static Optional<URI> base(Optional<URI> outer, String xmlBase) {
        if (xmlBase == null || xmlBase.isBlank()) return outer;
        return parse(xmlBase.strip()).flatMap(declared -> declared.isAbsolute() ? Optional.of(declared)
                : outer.map(o -> resolve(o, declared)));
    }

    /**
     * {@code link} made absolute against {@code base}; unchanged when it already is, when there is
     * no base, or when it cannot be parsed even once encoded (a later step reports it then).
     */
    static String resolve(Optional<URI> base, String link) {
        if (link.isEmpty() || base.isEmpty() || HAS_SCHEME.matcher(link).matches()) return link;
        return parse(link).map(reference -> resolve(base.get(), reference).toString()).orElse(link);
    }

    private static URI resolve(URI base, URI reference) {
        // URI.resolve joins "http://host" and "a" into "http://hosta": give the base its root path.
        URI from = base.getRawPath() == null || base.getRawPath().isEmpty() && base.getRawAuthority() != null
                ? base.resolve("/") : base;
        return from.resolve(reference);
    }

    /** Feeds write Arabic slugs and spaces raw; encode them (as UTF-8) so that {@link URI} accepts the reference. */
    private static Optional<URI> parse(String reference) {
        try {
            return Optional.of(new URI(UrlPercentCoding.normalize(reference, REFERENCE_LITERALS, reference)));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
