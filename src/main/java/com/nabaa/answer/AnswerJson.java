package com.nabaa.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The answer model as plain maps and lists, for JSON output to scripts ({@code nabaa ask --json}). */
public final class AnswerJson {
    private AnswerJson() {
    }

    public static Map<String, Object> of(Answer a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("question", a.question());
        out.put("asked_at", a.askedAt().toOffsetDateTime().toString());
        out.put("language", a.language().code());
        out.put("topic_words", a.topicWords());
        out.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        out.put("no_answer", a.noAnswer());
        out.put("direct_answer", a.directAnswer().orElse(null));
        out.put("suggestion", a.suggestion().orElse(null));
        out.put("stories", a.stories().stream().map(AnswerJson::story).toList());
        out.put("related", a.related().stream().map(AnswerJson::link).toList());
        out.put("offset", a.offset());
        out.put("more", a.more());
        out.put("translation", a.translation().map(AnswerJson::translation).orElse(null));
        out.put("missing", a.missing());
        return out;
    }

    private static Map<String, Object> translation(Translation t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("searched", t.searched().stream().map(w -> {
            Map<String, Object> word = new LinkedHashMap<>();
            word.put("english", w.english());
            word.put("arabic", w.arabic());
            return word;
        }).toList());
        out.put("untranslated", t.untranslated());
        out.put("arabic_words", t.arabicWords());
        return out;
    }

    private static Map<String, Object> story(Story s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.articleId());
        out.put("headline", s.headline());
        out.put("published", time(s.published()));
        out.put("source", s.source());
        out.put("url", s.url());
        out.put("breaking", s.breaking());
        out.put("summary", s.summary());
        out.put("score", s.score());
        out.put("coverage", s.coverage());
        out.put("also_reported_by", s.alsoReportedBy().stream().map(AnswerJson::link).toList());
        out.put("missing", s.missing());
        return out;
    }

    private static Map<String, Object> link(SourceLink l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", l.articleId());
        out.put("headline", l.headline());
        out.put("source", l.source());
        out.put("url", l.url());
        out.put("published", time(l.published()));
        l.excerpt().ifPresent(e -> out.put("excerpt", e));
        return out;
    }

    private static String time(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }

    static List<String> keys() {
        return List.of("question", "asked_at", "language", "topic_words", "kind", "no_answer", "direct_answer",
                "suggestion", "stories", "related", "offset", "more", "translation", "missing");
    }
}
