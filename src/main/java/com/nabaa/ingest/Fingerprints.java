package com.nabaa.ingest;

import com.nabaa.news.Article;
import com.nabaa.news.ArticleIds;

/** Content fingerprints: what tells an unchanged article from an updated one, and copies apart. */
final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * Changes whenever anything a reader sees of the article changes. The URL is left out: the same
     * story reached at http and https (or with tracking parameters) is the same content.
     */
    static String content(Article a) {
        return content(a, body(a));
    }

    /** {@link #content(Article)} when the body fingerprint is already known: hashes the body once. */
    static String content(Article a, String bodyFingerprint) {
        return ArticleIds.sha256(String.join("\u0000", a.title(), bodyFingerprint,
                a.published().map(Object::toString).orElse(""), a.source(), a.category(),
                a.language().code(), Boolean.toString(a.breaking()), a.leadImage().orElse("")));
    }

    /** The body with white space folded: the same text under another URL is a duplicate. */
    static String body(Article a) {
        StringBuilder folded = new StringBuilder(a.body().length());
        for (String paragraph : a.paragraphs()) {
            boolean space = !folded.isEmpty();
            for (int i = 0; i < paragraph.length(); i++) {
                char ch = paragraph.charAt(i);
                if (Character.isWhitespace(ch)) {
                    space = true;
                } else {
                    if (space && !folded.isEmpty()) folded.append(' ');
                    space = false;
                    folded.append(ch);
                }
            }
        }
        return ArticleIds.sha256(folded.toString());
    }
}
