package com.nabaa.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story shown to a reader: the best article about it, a summary chosen for the question, and
 * the other outlets (or days) that reported the same story.
 *
 * @param articleId      the lead article's id
 * @param headline       its headline
 * @param published      its publication time, when known
 * @param source         its outlet
 * @param url            the link to it
 * @param summary        1–3 sentences of the article that answer the question, in article order
 * @param score          ranking score of the story's best-ranked article: BM25 weighed by coverage (and
 *                       by recency for "now" questions), comparable within one answer only
 * @param coverage       share (0..1) of the question's weighted words found in its headline and best passage
 * @param breaking       marked as breaking news
 * @param alsoReportedBy the same story from other outlets or other days
 * @param missing        words of the question, as searched, that carry weight and that the lead
 *                       article does not contain: the reader sees what the story does not speak to
 */
public record Story(String articleId, String headline, Optional<Instant> published, String source, String url,
                    List<String> summary, float score, float coverage, boolean breaking,
                    List<SourceLink> alsoReportedBy, List<String> missing) {
    public Story {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        summary = List.copyOf(summary);
        alsoReportedBy = List.copyOf(alsoReportedBy);
        missing = List.copyOf(missing);
    }

    /** A story that contains every word of the question that matters. */
    public Story(String articleId, String headline, Optional<Instant> published, String source, String url,
                 List<String> summary, float score, float coverage, boolean breaking, List<SourceLink> alsoReportedBy) {
        this(articleId, headline, published, source, url, summary, score, coverage, breaking, alsoReportedBy, List.of());
    }

    /** Every article of the story: the lead first. */
    public List<String> articleIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(articleId),
                alsoReportedBy.stream().map(SourceLink::articleId)).toList();
    }
}
