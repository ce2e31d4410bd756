package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every outgoing message of every conversation test passes {@link StrictCheck} (the {@link Chatting}
 * carrier runs it on each); here a whole session touches every kind of message and button, and the
 * check is shown to refuse what a carrier could not send.
 */
class StrictCheckTest {
    @TempDir
    Path dir;

    @Test
    void aSessionThroughEveryFeatureSaysOnlyWhatACarrierCanSend() throws IOException {
        try (NewsIndex index = Chatting.index(dir.resolve("index"));
             Chatting chat = new Chatting(index, dir, b -> b.botUsername("nabaa_test_bot"))) {
            List<Outgoing> all = new ArrayList<>();
            for (String text : List.of("/start", "/help", "/settings", "/lang", "/latest", "/latest رياضة", "/breaking",
                    "/search البورصة", "البورصة المصرية", "وبعدين؟", "المزيد", "كم سعر تذكرة الخط الرابع للمترو؟",
                    "هجرة البطاريق", "/nothing", "😀")) {
                all.addAll(chat.say(text));
            }
            for (Outgoing o : List.copyOf(all)) {
                if (!(o instanceof Outgoing.Send s)) continue;
                for (Button b : Chatting.buttons(s.buttons())) {
                    b.data().ifPresent(d -> all.addAll(chat.press(chat.idOf(s), d)));
                }
            }
            all.add(chat.inline(Chatting.ARABIC_READER, "البورصة", ""));

            List<String> data = all.stream().flatMap(o -> buttonsOf(o).stream()).flatMap(b -> b.data().stream()).toList();
            assertThat(data).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64))
                    .anyMatch(d -> d.startsWith("m:")).anyMatch(d -> d.startsWith("s:")).anyMatch(d -> d.startsWith("t:"))
                    .anyMatch(d -> d.startsWith("v:")).anyMatch(d -> d.startsWith("l:"));
            assertThat(all).anyMatch(o -> o instanceof Outgoing.Edit).anyMatch(o -> o instanceof Outgoing.Notice)
                    .anyMatch(o -> o instanceof Outgoing.InlineAnswer);
        }
    }

    private static List<Button> buttonsOf(Outgoing o) {
        return switch (o) {
            case Outgoing.Send s -> Chatting.buttons(s.buttons());
            case Outgoing.Edit e -> Chatting.buttons(e.buttons());
            default -> List.of();
        };
    }

    @Test
    void theCheckRefusesTextAsButtonDataAndAPressWithoutItsNotice() {
        Chat chat = new Chat(1, Chat.Kind.PRIVATE);
        Reader reader = new Reader(1, Optional.empty());
        Incoming.Text text = new Incoming.Text(chat, reader, "x", Optional.empty(), true, News.NOW.toInstant());
        Outgoing.Send withText = new Outgoing.Send(1, Rich.plain("x"), List.of(List.of(Button.press("more", "more please"))),
                false, Optional.empty(), Optional.empty());
        Incoming.Press press = new Incoming.Press(chat, reader, 1, "m:1", News.NOW.toInstant());

        assertThatThrownBy(() -> StrictCheck.check(text, List.of(withText))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> StrictCheck.check(press, List.of())).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Button.press("more", "x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
