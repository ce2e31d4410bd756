package com.nabaa.app;

import com.nabaa.conversation.Button;
import com.nabaa.conversation.Chat;
import com.nabaa.conversation.Dialog;
import com.nabaa.conversation.Incoming;
import com.nabaa.conversation.Outgoing;
import com.nabaa.conversation.PlainText;
import com.nabaa.conversation.Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The conversation in a terminal, through the same {@link Dialog} as Telegram: each line typed is
 * a message (a question or a command); a number presses that button of the last message that had
 * buttons. When standard input is not a terminal it reads one line per turn, so a script can pipe a
 * whole conversation in.
 */
final class TerminalChat {
    /** The terminal is one private chat with one reader. */
    static final long CHAT = 1;
    private static final String RULE = "─".repeat(40);

    private final Dialog dialog;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean prompt;
    private final Reader reader;
    private long nextMessageId = 1;
    private long buttonsMessage;
    private List<List<Button>> buttons = List.of();

    TerminalChat(Dialog dialog, BufferedReader in, PrintStream out, boolean prompt, Optional<String> languageCode) {
        this.dialog = dialog;
        this.in = in;
        this.out = out;
        this.prompt = prompt;
        this.reader = new Reader(CHAT, languageCode);
    }

    void run() throws IOException {
        if (prompt) out.println("nabaa chat: type a question or a command (/start, /help); a number presses a button; Ctrl-D leaves.");
        String line;
        while (true) {
            if (prompt) {
                out.print("> ");
                out.flush();
            }
            if ((line = in.readLine()) == null) break;
            String text = line.strip();
            if (text.equals("/exit") || text.equals("/quit")) break;
            if (text.isEmpty()) continue;
            if (!prompt) out.println("> " + text);
            Optional<Button> pressed = text.matches("\\d{1,2}") ? PlainText.choice(buttons, Integer.parseInt(text))
                    : Optional.empty();
            Incoming incoming = pressed.flatMap(Button::data).isPresent()
                    ? new Incoming.Press(chat(), reader, buttonsMessage, pressed.get().data().get(), Instant.now())
                    : new Incoming.Text(chat(), reader, text, Optional.empty(), true, Instant.now());
            if (pressed.isPresent() && pressed.get().url().isPresent()) {
                out.println(pressed.get().url().get());
                continue;
            }
            show(dialog.handle(incoming));
        }
    }

    private static Chat chat() {
        return new Chat(CHAT, Chat.Kind.PRIVATE);
    }

    private void show(List<Outgoing> replies) {
        for (Outgoing o : replies) {
            switch (o) {
                case Outgoing.Send s -> message(nextMessageId++, s.body(), s.buttons(), s.shows());
                case Outgoing.Edit e -> message(e.messageId(), e.body(), e.buttons(), e.shows());
                case Outgoing.Notice n -> n.text().ifPresent(t -> out.println("· " + t));
                case Outgoing.InlineAnswer a -> { }
            }
        }
        out.flush();
    }

    private void message(long id, com.nabaa.conversation.Rich body, List<List<Button>> rows, Optional<String> shows) {
        out.println(RULE);
        out.println(PlainText.render(body));
        if (!rows.isEmpty()) {
            out.println(PlainText.renderButtons(rows));
            buttons = rows;
            buttonsMessage = id;
        }
        shows.ifPresent(handle -> dialog.sent(CHAT, id, handle));
    }
}
