package com.nabaa.news;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as Nabaa keeps it, whatever it came from (feed, page, text file, JSON Lines).
 *
 * @param id           stable id: the source's own id when it has one, otherwise derived from the
 *                     canonical URL ({@link ArticleIds})
 * @param url          where the article was found
 * @param canonicalUrl the normalized URL that identifies the story (dedup key)
 * @param title        the headline, never blank
 * @param published    publication time, when known
 * @param paragraphs   body paragraphs in reading order, none blank
 * @param source       outlet name (e.g. "skynews", "Tahia Masr"), or the URL host
 * @param category     section such as "sport", or "" when unknown
 * @param language     detected language of the text
 * @param breaking     the outlet marked it as breaking news (عاجل)
 * @param leadImage    the lead image URL, when known
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String title,
        Optional<Instant> published,
        List<String> paragraphs,
        String source,
        String category,
        Language language,
        boolean breaking,
        Optional<String> leadImage) {

    public Article {
        id = requireText(id, "id");
        title = Hashtags.unfold(requireText(title, "title"));
        url = Objects.requireNonNullElse(url, "");
        canonicalUrl = Objects.requireNonNullElse(canonicalUrl, url);
        published = Objects.requireNonNull(published, "published");
        // "#زاك_كوكس" is read, searched, stored and shown as زاك كوكس (Hashtags); text stored before is unfolded as read
        paragraphs = paragraphs.stream().map(p -> Hashtags.unfold(p).strip()).filter(p -> !p.isEmpty()).toList();
        source = Objects.requireNonNullElse(source, "");
        category = Objects.requireNonNullElse(category, "");
        language = Objects.requireNonNull(language, "language");
        leadImage = Objects.requireNonNull(leadImage, "leadImage");
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    public Article withId(String newId) {
        return new Article(newId, url, canonicalUrl, title, published, paragraphs, source, category,
                language, breaking, leadImage);
    }

    /** The same article with these paragraphs. */
    public Article withParagraphs(List<String> newParagraphs) {
        return new Article(id, url, canonicalUrl, title, published, newParagraphs, source, category,
                language, breaking, leadImage);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("article " + name + " must not be blank");
        }
        return value.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects an article field by field; {@link #build()} validates. */
    public static final class Builder {
        private String id;
        private String url = "";
        private String canonicalUrl;
        private String title;
        private Instant published;
        private List<String> paragraphs = List.of();
        private String source = "";
        private String category = "";
        private Language language = Language.OTHER;
        private boolean breaking;
        private String leadImage;

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder published(Instant v) { published = v; return this; }
        public Builder paragraphs(List<String> v) { paragraphs = List.copyOf(v); return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder language(Language v) { language = v; return this; }
        public Builder breaking(boolean v) { breaking = v; return this; }
        public Builder leadImage(String v) { leadImage = v; return this; }

        public Article build() {
            String canonical = canonicalUrl == null || canonicalUrl.isBlank() ? url : canonicalUrl;
            String theId = id == null || id.isBlank() ? ArticleIds.fromUrl(canonical) : id;
            // An article known only by its source id still needs a unique identity key.
            if (canonical == null || canonical.isBlank()) canonical = "urn:nabaa:" + theId;
            return new Article(theId, url, canonical, title, Optional.ofNullable(published), paragraphs,
                    source, category, language, breaking,
                    Optional.ofNullable(leadImage).filter(s -> !s.isBlank()));
        }
    }
}
