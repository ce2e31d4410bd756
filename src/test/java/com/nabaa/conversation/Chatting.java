package com.nabaa.conversation;

import com.nabaa.answer.AskService;
import com.nabaa.answer.NewsDesk;
import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A conversation over a real index of {@link News} and a real SQLite store, driven the way a
 * carrier drives it: every message sent gets the next message id and is reported back with
 * {@link Dialog#sent}, an edit reports its page too, and everything said passes {@link StrictCheck}.
 * By default one reader (id 7, app in Arabic) writes in a private chat (id 7).
 */
final class Chatting implements AutoCloseable {
    static final Chat PRIVATE = new Chat(7, Chat.Kind.PRIVATE);
    static final Reader ARABIC_READER = new Reader(7, Optional.of("ar"));

    final Database db;
    final TestClock clock = new TestClock(News.NOW.toInstant());
    final Conversation conversation;
    final NewsDesk desk;
    final AskService answers;
    private final Map<Long, Outgoing> messages = new LinkedHashMap<>();
    private final Map<Outgoing, Long> ids = new IdentityHashMap<>();
    private long nextMessageId = 100;

    Chatting(NewsIndex index, Path dir) throws IOException {
        this(index, dir, b -> b);
    }

    Chatting(NewsIndex index, Path dir, UnaryOperator<Conversation.Builder> options) throws IOException {
        this(index, dir, (b, chatting) -> options.apply(b));
    }

    /**
     * With options that need this chat's database and clock (a newsroom keeps its state there too);
     * they are called once both are set.
     */
    Chatting(NewsIndex index, Path dir, BiFunction<Conversation.Builder, Chatting, Conversation.Builder> options)
            throws IOException {
        this.db = Database.open(dir.resolve("nabaa.db"));
        this.answers = new AskService(index);
        this.desk = new NewsDesk(index);
        this.conversation = options.apply(Conversation.builder(answers, desk, db).zone(News.CAIRO).clock(clock), this)
                .build();
    }

    /** An index of {@link News#ARTICLES} in {@code dir}. */
    static NewsIndex index(Path dir) throws IOException {
        NewsIndex index = NewsIndex.open(dir);
        for (Article a : News.ARTICLES) index.upsert(a);
        index.commit(News.ARTICLES.size());
        return index;
    }

    List<Outgoing> say(String text) {
        return send(new Incoming.Text(PRIVATE, ARABIC_READER, text, Optional.empty(), true, clock.instant()));
    }

    List<Outgoing> say(Chat chat, Reader reader, String text) {
        return send(new Incoming.Text(chat, reader, text, Optional.empty(), true, clock.instant()));
    }

    List<Outgoing> reply(long messageId, String text) {
        return send(new Incoming.Text(PRIVATE, ARABIC_READER, text, Optional.of(messageId), true, clock.instant()));
    }

    List<Outgoing> press(long messageId, String data) {
        return press(PRIVATE, ARABIC_READER, messageId, data);
    }

    List<Outgoing> press(Chat chat, Reader reader, long messageId, String data) {
        return send(new Incoming.Press(chat, reader, messageId, data, clock.instant()));
    }

    Outgoing.InlineAnswer inline(Reader reader, String query, String offset) {
        return (Outgoing.InlineAnswer) send(new Incoming.Inline(reader, query, offset, clock.instant())).get(0);
    }

    /** Hands the conversation one incoming, checks what it says, and delivers it like a carrier. */
    List<Outgoing> send(Incoming in) {
        List<Outgoing> out = conversation.handle(in);
        StrictCheck.check(in, out);
        for (Outgoing o : out) {
            if (o instanceof Outgoing.Send s) {
                long id = nextMessageId++;
                messages.put(id, s);
                ids.put(s, id);
                s.shows().ifPresent(h -> conversation.sent(s.chatId(), id, h));
            } else if (o instanceof Outgoing.Edit e) {
                messages.put(e.messageId(), e);
                ids.put(e, e.messageId());
                e.shows().ifPresent(h -> conversation.sent(e.chatId(), e.messageId(), h));
            }
        }
        return out;
    }

    /** The message id a sent message got. */
    long idOf(Outgoing o) {
        return ids.get(o);
    }

    static Outgoing.Send onlySend(List<Outgoing> out) {
        List<Outgoing.Send> sends = out.stream().filter(o -> o instanceof Outgoing.Send)
                .map(o -> (Outgoing.Send) o).toList();
        if (sends.size() != 1) throw new AssertionError("expected one message, got " + out);
        return sends.get(0);
    }

    static Outgoing.Send lastSend(List<Outgoing> out) {
        List<Outgoing.Send> sends = out.stream().filter(o -> o instanceof Outgoing.Send)
                .map(o -> (Outgoing.Send) o).toList();
        if (sends.isEmpty()) throw new AssertionError("expected a message, got " + out);
        return sends.get(sends.size() - 1);
    }

    static Optional<String> notice(List<Outgoing> out) {
        return out.stream().filter(o -> o instanceof Outgoing.Notice).map(o -> (Outgoing.Notice) o).findFirst()
                .flatMap(Outgoing.Notice::text);
    }

    /** The message's text, paragraphs separated by blank lines. */
    static String text(Rich rich) {
        return rich.blocks().stream().map(b -> b.spans().stream().map(Rich.Span::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n\n"));
    }

    static String text(Outgoing o) {
        return switch (o) {
            case Outgoing.Send s -> text(s.body());
            case Outgoing.Edit e -> text(e.body());
            default -> throw new AssertionError("no text in " + o);
        };
    }

    /** The link spans: text → url. */
    static Map<String, String> links(Rich rich) {
        Map<String, String> out = new LinkedHashMap<>();
        rich.blocks().forEach(b -> b.spans().stream().filter(s -> s.style() == Rich.Style.LINK)
                .forEach(s -> out.put(s.text(), s.url().orElseThrow())));
        return out;
    }

    static List<Button> buttons(List<List<Button>> rows) {
        List<Button> out = new ArrayList<>();
        rows.forEach(out::addAll);
        return out;
    }

    /** The data of the button whose label starts with {@code label}. */
    static String data(Outgoing.Send s, String label) {
        return data(s.buttons(), label);
    }

    static String data(List<List<Button>> rows, String label) {
        return buttons(rows).stream().filter(b -> b.label().startsWith(label)).findFirst()
                .flatMap(Button::data).orElseThrow(() -> new AssertionError("no button " + label + " in " + rows));
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        db.close();
    }
}
