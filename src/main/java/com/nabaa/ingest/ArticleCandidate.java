package com.nabaa.ingest;

import com.nabaa.news.Article;
import java.util.Objects;

/** An article read from a source, and where in that source it was (file:line, feed item, URL). */
record ArticleCandidate(Article article, String location) {
    ArticleCandidate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(location, "location");
    }
}
