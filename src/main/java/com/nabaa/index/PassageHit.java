package com.nabaa.index;

import com.nabaa.news.Language;
import java.time.Instant;
import java.util.Optional;

/** One matching passage with what is needed to show its article. */
public record PassageHit(
        String articleId,
        int passageNo,
        float score,
        String passage,
        String title,
        String url,
        String source,
        String category,
        Optional<Instant> published,
        Language language,
        boolean breaking) {
}
