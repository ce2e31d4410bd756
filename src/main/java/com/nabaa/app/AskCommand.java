package com.nabaa.app;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskService;
import com.nabaa.answer.TextRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answers a question from the indexed articles: headline, date, source, passages, link.")
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Option(names = {"-n", "--stories"}, description = "how many stories to show (default: ${DEFAULT-VALUE})")
    int stories = 3;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question, in Arabic or English")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            System.err.println("nabaa ask: the question is empty");
            return 2;
        }
        try (Workspace ws = Workspace.open(parent.settings())) {
            ws.ensureSamples(System.err);
            Answer answer = new AskService(ws.index().searcher()).ask(question, stories);
            System.out.print(new TextRenderer(ws.settings().timeZone()).render(answer));
            return 0;
        }
    }
}
