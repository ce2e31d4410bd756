package com.nabaa.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reader set ({@code data/eval/README.md}): questions about the shared corpus written the way
 * news readers write, one JSON object a line, and questions about topics the corpus lacks.
 */
record ReaderSet(List<ReaderQuestion> questions, List<AbsentQuestion> absent) {
    private static final ObjectMapper JSON = new ObjectMapper();

    ReaderSet {
        questions = List.copyOf(questions);
        absent = List.copyOf(absent);
        Set<String> ids = new HashSet<>();
        for (ReaderQuestion q : questions) {
            if (!ids.add(q.id())) throw new IllegalArgumentException("two questions have the id " + q.id());
        }
        for (AbsentQuestion q : absent) {
            if (!ids.add(q.id())) throw new IllegalArgumentException("two questions have the id " + q.id());
        }
    }

    /**
     * The same questions asked {@code later} than their own clocks: how the ranking holds when
     * newer stories compete with the one the reader meant (the set is judged at each question's
     * own clock, so this is a lower bound for a reader who asks late).
     */
    ReaderSet askedLater(java.time.Duration later) {
        return new ReaderSet(questions.stream().map(q -> new ReaderQuestion(q.id(), q.story(), q.slice(), q.text(),
                        q.now().plus(later), q.relevant(), q.answers(), q.context())).toList(),
                absent.stream().map(q -> new AbsentQuestion(q.id(), q.slice(), q.text(), q.now().plus(later))).toList());
    }

    static ReaderSet load(Path questions, Path absent) throws IOException {
        return new ReaderSet(parseQuestions(read(questions), questions.getFileName().toString()),
                parseAbsent(read(absent), absent.getFileName().toString()));
    }

    /** The answerable questions of JSON Lines text; {@code name} names the source in errors. */
    static List<ReaderQuestion> parseQuestions(String jsonLines, String name) throws IOException {
        List<ReaderQuestion> out = new ArrayList<>();
        for (Line line : lines(jsonLines, name)) {
            try {
                JsonNode n = line.json();
                List<String> relevant = new ArrayList<>();
                n.path("relevant").forEach(r -> relevant.add(r.asText()));
                Optional<String> context = Optional.ofNullable(n.get("context")).map(JsonNode::asText)
                        .filter(c -> !c.isBlank());
                out.add(new ReaderQuestion(text(n, "id"), text(n, "story"), text(n, "slice"), text(n, "question"),
                        clock(n), Set.copyOf(relevant), answers(n.get("answer")), context));
            } catch (IllegalArgumentException e) {
                throw line.error(e);
            }
        }
        return out;
    }

    /** The absent-topic questions of JSON Lines text. */
    static List<AbsentQuestion> parseAbsent(String jsonLines, String name) throws IOException {
        List<AbsentQuestion> out = new ArrayList<>();
        for (Line line : lines(jsonLines, name)) {
            try {
                JsonNode n = line.json();
                out.add(new AbsentQuestion(text(n, "id"), text(n, "slice"), text(n, "question"), clock(n)));
            } catch (IllegalArgumentException e) {
                throw line.error(e);
            }
        }
        return out;
    }

    /** {@code "answer"}: absent, one string, or a list of accepted strings. */
    private static List<String> answers(JsonNode answer) {
        if (answer == null || answer.isNull()) return List.of();
        List<String> out = new ArrayList<>();
        if (answer.isArray()) answer.forEach(a -> out.add(a.asText()));
        else out.add(answer.asText());
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new IllegalArgumentException("missing " + field);
        return v.asText();
    }

    /** The reader's clock, ISO with an offset ("2018-10-15T12:00+02:00") or a zone. */
    private static ZonedDateTime clock(JsonNode n) {
        String now = text(n, "now");
        try {
            return ZonedDateTime.parse(now);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("now is not an ISO date-time with an offset: " + now, e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private record Line(String name, int number, String text) {
        JsonNode json() throws IOException {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IOException(name + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
            }
        }

        IOException error(IllegalArgumentException e) {
            return new IOException(name + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static List<Line> lines(String jsonLines, String name) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(jsonLines))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) out.add(new Line(name, number, line));
            }
        }
        return out;
    }
}
