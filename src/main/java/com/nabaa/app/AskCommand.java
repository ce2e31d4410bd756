package com.nabaa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.answer.Answer;
import com.nabaa.answer.AnswerJson;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Answers;
import com.nabaa.answer.TextRenderer;
import com.nabaa.text.InvisibleCharacters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question from the indexed articles: headline, date, source, summary, link.",
                "`ask --json -` reads one question per line from standard input and writes exactly one JSON line per "
                        + "input line, in order, each with its \"line\" number: the answer, or {\"error\":\"empty question\","
                        + "\"line\":N} for a blank line."})
final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    NabaaCommand parent;

    @Option(names = {"-n", "--stories"}, description = "how many stories to show (default: ${DEFAULT-VALUE})")
    int stories = 3;

    @Option(names = "--json", description = "print the answer model as JSON (ids, urls, headlines, dates, summaries, scores, no-answer flag)")
    boolean json;

    @Option(names = "--now", paramLabel = "ISO-DATE-TIME",
            description = "fix the clock for date phrases such as \"yesterday\" (e.g. 2018-06-28T12:00+02:00)")
    String now;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question, in Arabic or English; - reads questions from standard input")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        // Invisible characters (a pasted bidi mark) do not make a question: stripped, as the parser does.
        String question = InvisibleCharacters.strip(String.join(" ", words)).strip();
        if (question.isEmpty()) {
            System.err.println("nabaa ask: the question is empty");
            return 2;
        }
        try (NabaaRuntime ws = NabaaRuntime.open(parent.settings(), NabaaRuntime.Role.READER, true)) {
            ZonedDateTime clock = clock(ws);
            Answers ask = ws.answers();
            if (question.equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                int failed = 0;
                int n = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    failed += answerLine(++n, line, ask, clock, ws) ? 0 : 1;
                }
                System.out.flush();
                return failed == 0 ? 0 : 1;
            }
            print(ask.ask(AskRequest.of(question, clock, stories)), ws);
            return 0;
        }
    }

    /**
     * One line of standard input. In JSON, every line gets exactly one output line, so that output
     * line N answers input line N: a blank line or a question that failed gets an error object.
     * False when answering failed.
     */
    private boolean answerLine(int n, String line, Answers ask, ZonedDateTime clock, NabaaRuntime ws) throws Exception {
        if (InvisibleCharacters.strip(line).isBlank()) {
            if (json) System.out.println(JSON.writeValueAsString(error("empty question", n)));
            return true;
        }
        if (!json) {
            print(ask.ask(AskRequest.of(line, clock, stories)), ws);
            return true;
        }
        try {
            Map<String, Object> out = new LinkedHashMap<>(AnswerJson.of(ask.ask(AskRequest.of(line, clock, stories))));
            out.put("line", n);
            System.out.println(JSON.writeValueAsString(out));
            return true;
        } catch (RuntimeException e) {
            System.err.println("nabaa ask: line " + n + ": " + e);
            System.out.println(JSON.writeValueAsString(error("cannot answer: " + e.getMessage(), n)));
            return false;
        }
    }

    private static Map<String, Object> error(String message, int line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", message);
        out.put("line", line);
        return out;
    }

    private void print(Answer answer, NabaaRuntime ws) throws Exception {
        if (json) System.out.println(JSON.writeValueAsString(AnswerJson.of(answer)));
        else System.out.print(new TextRenderer(ws.settings().timeZone()).render(answer));
    }

    private ZonedDateTime clock(NabaaRuntime ws) {
        if (now == null) return ZonedDateTime.now(ws.settings().timeZone());
        try {
            return OffsetDateTime.parse(now).atZoneSameInstant(ws.settings().timeZone());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now must be an ISO date-time with offset, e.g. 2018-06-28T12:00+02:00; got '"
                    + now + "'", e);
        }
    }
}
