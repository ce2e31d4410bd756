package com.nabaa.ingest;

import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.HtmlExtractor;
import com.nabaa.extract.NoArticleException;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** A feed or an article page at a URL; which one is told by the content type and the content. */
final class UrlSource implements ArticleSource {
    private final String url;
    private final SourceOptions options;
    private final HttpFetcher fetcher;

    UrlSource(String url, SourceOptions options, HttpFetcher fetcher) {
        this.url = url;
        this.options = options;
        this.fetcher = fetcher;
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        FetchedPage page;
        try {
            page = fetcher.fetch(URI.create(url));
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            if (looksLikeFeed(page)) {
                Feed feed = new FeedReader().read(page.body(), url, page.finalUrl());
                new FeedArticles(feed, url, options, fetcher).emit(listener);
            } else {
                String finalUrl = page.finalUrl().toString();
                ExtractedPage extracted = new HtmlExtractor().extract(page.body(), finalUrl);
                listener.article(new ArticleCandidate(Pages.toArticle(extracted, finalUrl, options), url));
            }
        } catch (FeedException e) {
            throw new IOException(e.getMessage(), e);
        } catch (NoArticleException e) {
            listener.skipped(url, "no article: " + e.getMessage());
        }
    }

    static boolean looksLikeFeed(FetchedPage page) {
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom")) return true;
        String head = page.body().stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"))
                || head.startsWith("<rss") || head.startsWith("<feed");
    }
}
