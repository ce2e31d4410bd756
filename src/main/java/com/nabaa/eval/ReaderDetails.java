package com.nabaa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nabaa.answer.Answer;
import com.nabaa.answer.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what each reader-set question got as one JSON line ({@code nabaa eval --details FILE}):
 * the rank of the first relevant result for Nabaa and the baseline (0: none in the top 10), Nabaa's
 * top stories with their headlines, its direct answer and the gold answers, to look at failures.
 */
final class ReaderDetails implements ReaderEvaluation.Details {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;

    ReaderDetails(Writer out) {
        this.out = out;
    }

    @Override
    public void answerable(ReaderEvaluation.Detail d) {
        ReaderQuestion q = d.question();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", q.id()).put("slice", q.slice()).put("question", q.text()).put("now", q.now().toString());
        q.context().ifPresent(c -> n.put("context", c));
        n.put("nabaa_rank", rank(d.nabaa().ranked(), q.relevant()));
        n.put("baseline_rank", rank(d.baseline(), q.relevant()));
        ArrayNode pool = n.putArray("pool");
        pooled(d.nabaa().ranked(), d.baseline()).forEach(pool::add);
        Answer a = d.nabaa().answer().orElse(null);
        n.put("kind", a == null ? "asks_what_you_mean" : a.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (a != null) {
            a.directAnswer().ifPresent(x -> n.put("direct_answer", x));
            ArrayNode top = n.putArray("top");
            for (Story s : a.stories().subList(0, Math.min(3, a.stories().size()))) {
                top.addObject().put("id", s.articleId()).put("headline", s.headline())
                        .put("relevant", s.articleIds().stream().anyMatch(q.relevant()::contains))
                        .put("coverage", s.coverage()).put("missing", String.join("، ", s.missing()));
            }
        }
        ArrayNode gold = n.putArray("answer");
        q.answers().forEach(gold::add);
        write(n);
    }

    /** An absent topic: every story shown is a wrong answer; {@code "absent": true} marks the line. */
    @Override
    public void absent(AbsentQuestion q, Answer a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", q.id()).put("slice", q.slice()).put("question", q.text()).put("now", q.now().toString())
                .put("absent", true).put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        a.directAnswer().ifPresent(x -> n.put("direct_answer", x));
        ArrayNode top = n.putArray("top");
        for (Story s : a.stories().subList(0, Math.min(3, a.stories().size()))) {
            top.addObject().put("id", s.articleId()).put("headline", s.headline())
                    .put("coverage", s.coverage()).put("missing", String.join("، ", s.missing()));
        }
        write(n);
    }

    private void write(ObjectNode n) {
        try {
            out.write(JSON.writeValueAsString(n));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing the reader set's details", e);
        }
    }

    /**
     * The articles of both systems' top 3 results (before the no-answer cut), for judging: an article
     * neither the story's search found nor its write-up added has not been judged yet
     * ({@code scripts/readerset/pool.py}).
     */
    static Set<String> pooled(List<List<String>> nabaa, List<List<String>> baseline) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<List<String>> ranked : List.of(nabaa, baseline)) {
            ranked.subList(0, Math.min(3, ranked.size())).forEach(ids::addAll);
        }
        return ids;
    }

    /** The 1-based rank of the first result holding a relevant article in the top 10, 0 when none does. */
    static int rank(List<List<String>> ranked, Set<String> relevant) {
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (ranked.get(i).stream().anyMatch(relevant::contains)) return i + 1;
        }
        return 0;
    }
}
