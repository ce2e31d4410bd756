package com.nabaa.ingest;

import java.util.Locale;

/** PLACEHOLDER until the feeds branch lands. */
public final class UrlNormalizer {
    private UrlNormalizer() {
    }

    public static String normalize(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        if (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u.toLowerCase(Locale.ROOT);
    }
}
