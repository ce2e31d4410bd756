package com.nabaa.app;

import com.nabaa.conversation.ChatAdmins;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Talks with Nabaa in the terminal, the same conversation as on Telegram, without a token:",
                "questions, commands (/start, /latest, /search ...), follow-ups; buttons are numbered choices.",
                "Reads one line per turn when standard input is not a terminal: printf '/start\\nسؤال\\n' | ./nabaa chat"})
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--lang", paramLabel = "ar|en", description = "the reader's language (default: from LANG, else Arabic)")
    String lang;

    @Override
    @SuppressWarnings("try") // the hook only has to be open while the chat runs
    public Integer call() throws Exception {
        try (NabaaRuntime runtime = NabaaRuntime.open(parent.settings(), NabaaRuntime.Role.INGEST);
             ShutdownHook hook = ShutdownHook.closing(runtime)) {
            runtime.ensureSamples(System.err);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new TerminalChat(runtime.conversation(runtime.answers(), Optional.empty(), ChatAdmins.none()), in, out,
                    System.console() != null, language()).run();
            return 0;
        }
    }

    private Optional<String> language() {
        if (lang != null) return Optional.of(lang.toLowerCase(Locale.ROOT));
        String env = System.getenv("LANG");
        return env == null || env.isBlank() || env.startsWith("C") || env.startsWith("POSIX") ? Optional.empty()
                : Optional.of(env.substring(0, Math.min(2, env.length())).toLowerCase(Locale.ROOT));
    }
}
