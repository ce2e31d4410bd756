package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a carrier needs of everything the conversation says, checked strictly on every outgoing
 * message of every test: button data of at most 64 bytes that the conversation itself can parse
 * (ids and handles, never text), https links, handles of the form "a:N", one notice per press and
 * none otherwise, inline results within Telegram's limits; and each message rendered as Telegram
 * HTML with every text escaped.
 */
final class StrictCheck {
    private StrictCheck() {
    }

    static void check(Incoming in, List<Outgoing> out) {
        long notices = out.stream().filter(o -> o instanceof Outgoing.Notice).count();
        assertThat(notices).as("notices for " + in).isEqualTo(in instanceof Incoming.Press ? 1 : 0);
        for (Outgoing o : out) {
            switch (o) {
                case Outgoing.Send s -> {
                    checkMessage(s.body(), s.buttons());
                    s.shows().ifPresent(h -> assertThat(h).matches("a:[1-9][0-9]*"));
                }
                case Outgoing.Edit e -> {
                    checkMessage(e.body(), e.buttons());
                    e.shows().ifPresent(h -> assertThat(h).matches("a:[1-9][0-9]*"));
                }
                case Outgoing.Notice n -> n.text().ifPresent(t -> assertThat(t).isNotBlank().hasSizeLessThan(200));
                case Outgoing.InlineAnswer a -> checkInline(a);
            }
        }
    }

    private static void checkMessage(Rich body, List<List<Button>> buttons) {
        assertThat(body.blocks()).as("a message says something").isNotEmpty();
        assertThat(html(body)).doesNotContain("<script").isNotBlank();
        for (List<Button> row : buttons) {
            assertThat(row).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (Button b : row) {
                assertThat(b.label()).isNotBlank();
                b.data().ifPresent(d -> {
                    assertThat(d.getBytes(StandardCharsets.UTF_8).length).as("data of " + b.label())
                            .isLessThanOrEqualTo(Button.MAX_DATA_BYTES);
                    assertThat(ButtonData.parse(d)).as("data the conversation made: " + d).isPresent();
                });
                b.url().ifPresent(u -> assertThat(u).startsWith("https://"));
            }
        }
    }

    private static void checkInline(Outgoing.InlineAnswer a) {
        assertThat(a.results()).hasSizeLessThanOrEqualTo(Outgoing.InlineAnswer.MAX_RESULTS);
        Set<String> ids = new HashSet<>();
        for (Outgoing.InlineArticle r : a.results()) {
            assertThat(r.id().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64);
            assertThat(ids.add(r.id())).as("unique id " + r.id()).isTrue();
            assertThat(r.title()).isNotBlank();
            checkMessage(r.message(), List.of());
        }
        a.nextOffset().ifPresent(o -> assertThat(o).matches("[0-9]+"));
        assertThat(a.cacheSeconds()).isBetween(0, 3600);
    }

    /** The message as Telegram HTML: tags only from styles, every text escaped. */
    static String html(Rich body) {
        StringBuilder out = new StringBuilder();
        for (Rich.Block block : body.blocks()) {
            if (!out.isEmpty()) out.append("\n\n");
            for (Rich.Span s : block.spans()) {
                String text = escape(s.text());
                switch (s.style()) {
                    case PLAIN -> out.append(text);
                    case BOLD -> out.append("<b>").append(text).append("</b>");
                    case ITALIC -> out.append("<i>").append(text).append("</i>");
                    case LINK -> {
                        assertThat(s.url().orElseThrow()).startsWith("https://");
                        out.append("<a href=\"").append(escape(s.url().get())).append("\">").append(text).append("</a>");
                    }
                }
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
