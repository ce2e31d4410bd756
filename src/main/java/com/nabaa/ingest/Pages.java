package com.nabaa.ingest;

import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.NoArticleException;
import com.nabaa.news.Article;
import java.net.URI;
import java.time.OffsetDateTime;

/** Turns an extracted page into an article. */
final class Pages {
    private Pages() {
    }

    /**
     * The page's declared canonical URL identifies the story when it has one, else the URL it was
     * read from. The outlet is the page's site name, else the configured name, else the URL host.
     */
    static Article toArticle(ExtractedPage page, String url, SourceOptions options) throws NoArticleException {
        if (page.title().isBlank()) throw new NoArticleException(url, "no headline found");
        if (page.paragraphs().isEmpty()) throw new NoArticleException(url, "no article text found");
        String declared = page.canonicalUrl().orElse(url);
        String canonical = declared.startsWith("file:") ? declared : UrlNormalizer.normalize(declared);
        // A page saved to disk is shown to readers by its web address, not the local path.
        String shown = url.startsWith("file:") ? page.canonicalUrl().orElse(url) : url;
        String source = !page.siteName().isBlank() ? page.siteName()
                : options.sourceName().orElseGet(() -> host(url));
        return Article.builder()
                .url(shown)
                .canonicalUrl(canonical)
                .title(page.title())
                .published(page.published().map(OffsetDateTime::toInstant).orElse(null))
                .paragraphs(page.paragraphs())
                .source(source)
                .language(page.language())
                .breaking(page.breaking())
                .leadImage(page.leadImage().orElse(null))
                .build();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
