package com.nabaa.extract;

import com.nabaa.news.Language;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was taken from one page.
 *
 * @param title        the headline without the site-name suffix
 * @param published    publication time as the page states it (date-only values at 00:00 of that day)
 * @param paragraphs   the article body, one entry per paragraph, boilerplate removed
 * @param canonicalUrl the page's canonical URL (link rel=canonical / og:url), when it declares one
 * @param breaking     the page marks the story as breaking (عاجل / "Breaking")
 * @param language     language of the body
 * @param leadImage    og:image or the first article image, when known
 * @param siteName     og:site_name or the publisher name, "" when unknown
 */
public record ExtractedPage(
        String title,
        Optional<OffsetDateTime> published,
        List<String> paragraphs,
        Optional<String> canonicalUrl,
        boolean breaking,
        Language language,
        Optional<String> leadImage,
        String siteName) {

    public ExtractedPage {
        title = Objects.requireNonNullElse(title, "").strip();
        published = Objects.requireNonNull(published);
        paragraphs = List.copyOf(paragraphs);
        canonicalUrl = Objects.requireNonNull(canonicalUrl);
        language = Objects.requireNonNull(language);
        leadImage = Objects.requireNonNull(leadImage);
        siteName = Objects.requireNonNullElse(siteName, "").strip();
    }
}
