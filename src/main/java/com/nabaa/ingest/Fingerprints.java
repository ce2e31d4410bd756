package com.nabaa.ingest;

import com.nabaa.news.Article;
import com.nabaa.news.ArticleIds;

/** Content fingerprints: what tells an unchanged article from an updated one, and copies apart. */
final class Fingerprints {
    private Fingerprints() {
    }

    /** Changes whenever anything a reader sees of the article changes. */
    static String content(Article a) {
        return ArticleIds.sha256(String.join("\u0000", a.title(), a.body(),
                a.published().map(Object::toString).orElse(""), a.source(), a.category(),
                a.language().code(), Boolean.toString(a.breaking()), a.leadImage().orElse(""), a.url()));
    }

    /** The body with white space folded: the same text under another URL is a duplicate. */
    static String body(Article a) {
        return ArticleIds.sha256(a.body().replaceAll("\\s+", " ").strip());
    }
}
