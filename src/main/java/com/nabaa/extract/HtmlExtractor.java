package com.nabaa.extract;

import com.nabaa.text.LanguageDetector;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from a news page: headline, publication time, body paragraphs, canonical
 * URL, breaking marker, language, lead image and site name. Stateless and safe to share between
 * threads.
 */
public final class HtmlExtractor {

    public ExtractedPage extract(String html, String baseUrl) throws NoArticleException {
        String url = baseUrl == null ? "" : baseUrl;
        if (html == null || html.isBlank()) {
            throw new NoArticleException(url, "empty page");
        }
        Document doc = Jsoup.parse(html, url);
        LinkedData linked = LinkedData.of(doc);
        String siteName = PageMeta.siteName(doc);
        if (siteName.isBlank() && !linked.siteNames().isEmpty()) {
            siteName = linked.siteNames().get(0);
        }
        Headline headline = Headline.of(doc, url, siteName, linked);
        String title = headline.text();
        Optional<OffsetDateTime> published = PublishedDate.find(doc, url);
        Optional<String> canonical = PageMeta.canonicalUrl(doc);
        Optional<String> image = PageMeta.leadImage(doc);
        boolean breaking = headline.breaking();
        List<String> paragraphs = ArticleBody.paragraphs(doc, url, headline.titles());
        if (paragraphs.isEmpty()) {
            throw new NoArticleException(url, "no article text found (no paragraphs outside navigation and boilerplate)");
        }
        String body = String.join("\n", paragraphs);
        return new ExtractedPage(title, published, paragraphs, canonical, breaking,
                LanguageDetector.detect(body), image, siteName);
    }
}
