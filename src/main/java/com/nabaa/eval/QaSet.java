package com.nabaa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One question set of the shared evaluation data: {@code NAME.qa.jsonl} (questions with the id of
 * the paragraph that answers them and the gold answer texts) and {@code NAME.contexts.jsonl}.
 */
record QaSet(String name, List<QaItem> questions, List<Context> contexts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    QaSet {
        questions = List.copyOf(questions);
        contexts = List.copyOf(contexts);
    }

    static QaSet load(Path evalDir, String name) throws IOException {
        List<QaItem> questions = new ArrayList<>();
        for (JsonNode n : lines(evalDir.resolve(name + ".qa.jsonl"))) {
            List<String> answers = new ArrayList<>();
            n.path("answers").forEach(a -> answers.add(a.path("text").asText()));
            questions.add(new QaItem(n.path("id").asText(), n.path("question").asText(),
                    n.path("context_id").asText(), answers));
        }
        List<Context> contexts = new ArrayList<>();
        for (JsonNode n : lines(evalDir.resolve(name + ".contexts.jsonl"))) {
            contexts.add(new Context(n.path("id").asText(), n.path("title").asText(), n.path("body").asText()));
        }
        return new QaSet(name, questions, contexts);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** A question, the paragraph that answers it, and the accepted answer texts. */
    record QaItem(String id, String question, String contextId, List<String> answers) {
        /**
         * The held-back fifth, never looked at while tuning: chosen by paragraph, so no paragraph
         * has questions on both sides.
         */
        boolean heldOut() {
            return Math.floorMod(contextId.hashCode(), 5) == 0;
        }
    }

    /** A paragraph to index as an article. */
    record Context(String id, String title, String body) {
    }
}
