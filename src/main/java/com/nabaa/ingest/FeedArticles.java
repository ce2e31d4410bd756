package com.nabaa.ingest;

import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.HtmlExtractor;
import com.nabaa.extract.NoArticleException;
import com.nabaa.news.Article;
import com.nabaa.news.ArticleIds;
import com.nabaa.news.Language;
import com.nabaa.text.LanguageDetector;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns the items of one feed into articles. An item whose text is only a teaser gets the body of
 * its linked page when the run asks for it; if that page cannot be had, the teaser is kept and the
 * reason reported. The operator's hints for the feed ({@link FeedHints}) name the source, the
 * section and what else marks breaking news.
 */
final class FeedArticles {
    private final Feed feed;
    private final String location;
    private final SourceOptions options;
    private final HttpFetcher fetcher;
    private final FeedHints hints;

    FeedArticles(Feed feed, String location, SourceOptions options, HttpFetcher fetcher) {
        this(feed, location, options, fetcher, FeedHints.NONE);
    }

    FeedArticles(Feed feed, String location, SourceOptions options, HttpFetcher fetcher, FeedHints hints) {
        this.feed = feed;
        this.location = location;
        this.options = options;
        this.fetcher = fetcher;
        this.hints = hints;
    }

    void emit(ArticleSource.SourceListener listener) {
        if (feed.skippedItems() > 0) {
            listener.skipped(location, feed.skippedItems() + " feed item(s) without link or title");
        }
        int n = 0;
        for (FeedItem item : feed.items()) {
            n++;
            String where = location + " item " + n + (item.link().isEmpty() ? "" : " (" + item.link() + ")");
            try {
                Optional<Article> article = toArticle(item, where, listener);
                if (article.isPresent()) listener.article(new ArticleCandidate(article.get(), where));
            } catch (IllegalArgumentException e) {
                listener.failed(where, e.getMessage());
            }
        }
    }

    private Optional<Article> toArticle(FeedItem item, String where, ArticleSource.SourceListener listener) {
        List<String> paragraphs = paragraphs(item.contentHtml().isBlank() ? item.summaryHtml() : item.contentHtml());
        Optional<OffsetDateTime> pagePublished = Optional.empty();
        if (options.fetchLinkedPages() && FeedReader.isTeaser(item) && !item.link().isEmpty()) {
            try {
                FetchedPage page = fetcher.fetch(URI.create(item.link()));
                ExtractedPage extracted = new HtmlExtractor().extract(page.body(), page.finalUrl().toString());
                paragraphs = extracted.paragraphs();
                pagePublished = extracted.published();
            } catch (FetchException | NoArticleException e) {
                listener.failed(item.link(), "linked page not used, the feed's teaser is kept: " + e.getMessage());
            }
        }
        if (item.title().isEmpty()) {
            listener.skipped(where, "no headline");
            return Optional.empty();
        }
        if (paragraphs.isEmpty()) {
            listener.skipped(where, "empty body");
            return Optional.empty();
        }
        String canonical = item.link().isEmpty() ? "" : UrlNormalizer.normalize(item.link());
        String id = canonical.isEmpty() ? "guid-" + ArticleIds.sha256(feed.link() + "\n" + item.guid()).substring(0, 20)
                : ArticleIds.fromUrl(canonical);
        Language language = feed.language().isBlank()
                ? LanguageDetector.detect(item.title() + " " + paragraphs.get(0))
                : Language.fromCode(feed.language());
        return Optional.of(Article.builder()
                .id(id)
                .url(item.link())
                .canonicalUrl(canonical.isEmpty() ? id : canonical)
                .title(item.title())
                .published(item.published().orElse(pagePublished.map(OffsetDateTime::toInstant).orElse(null)))
                .paragraphs(paragraphs)
                .source(hints.name().orElse(feed.title().isBlank() ? options.sourceName().orElse("") : feed.title()))
                .category(hints.section().orElse(item.categories().isEmpty() ? "" : item.categories().get(0)))
                .language(language)
                .breaking(hints.breaking(item))
                .leadImage(item.image().orElse(null))
                .build());
    }

    /** Feed HTML to paragraphs: block elements in order, else the text split at line breaks. */
    static List<String> paragraphs(String html) {
        if (html.isBlank()) return List.of();
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, iframe, noscript").remove();
        List<String> out = new ArrayList<>();
        for (Element block : body.select("p, li, h2, h3, h4, blockquote")) {
            if (block.select("p, li").size() > (block.is("p, li") ? 1 : 0)) continue; // a container: use its children
            String text = block.text().strip();
            if (!text.isEmpty()) out.add(text);
        }
        if (out.isEmpty()) {
            for (String line : body.wholeText().split("\\R")) {
                if (!line.isBlank()) out.add(line.strip());
            }
        }
        return out;
    }
}
