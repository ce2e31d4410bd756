package com.nabaa.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids and content fingerprints. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** An id derived from a canonical URL: the same URL always gives the same id. */
    public static String fromUrl(String canonicalUrl) {
        if (canonicalUrl == null || canonicalUrl.isBlank()) {
            throw new IllegalArgumentException("an article without its own id needs a URL");
        }
        return "u-" + sha256(canonicalUrl).substring(0, 20);
    }

    /** SHA-256 of the text as lowercase hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
