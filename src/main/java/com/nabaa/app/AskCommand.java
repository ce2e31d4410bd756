package com.nabaa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.answer.Answer;
import com.nabaa.answer.AnswerJson;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Answers;
import com.nabaa.answer.TextRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question from the indexed articles: headline, date, source, summary, link.",
                "`ask --json -` reads one question per line from standard input and writes one JSON answer per line."})
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
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            System.err.println("nabaa ask: the question is empty");
            return 2;
        }
        try (NabaaRuntime ws = NabaaRuntime.open(parent.settings(), NabaaRuntime.Role.READER, true)) {
            ZonedDateTime clock = clock(ws);
            Answers ask = ws.answers();
            if (question.equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) continue;
                    print(ask.ask(AskRequest.of(line, clock, stories)), ws);
                }
                System.out.flush();
                return 0;
            }
            print(ask.ask(AskRequest.of(question, clock, stories)), ws);
            return 0;
        }
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
