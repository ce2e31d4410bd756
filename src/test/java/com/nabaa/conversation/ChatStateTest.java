package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.store.ChatStore;
import com.nabaa.store.PageStore;
import com.nabaa.store.StoredChat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups, floods, chats that cannot be reached, and messages that are not plain questions. */
class ChatStateTest {
    @TempDir
    static Path indexDir;
    static NewsIndex index;
    @TempDir
    Path dir;
    Chatting chat;

    @BeforeAll
    static void indexTheNews() throws IOException {
        index = Chatting.index(indexDir);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @BeforeEach
    void open() throws IOException {
        chat = new Chatting(index, dir, b -> b.limits(Limits.defaults().withQuestionsPerMinute(3)));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void groupChatterNotAddressedToTheBotGetsNothing() {
        Chat group = new Chat(-100, Chat.Kind.GROUP);
        Reader member = new Reader(11, Optional.of("ar"));

        List<Outgoing> chatter = chat.send(new Incoming.Text(group, member, "ايه اللي حصل في ميناء دمياط؟",
                Optional.empty(), false, chat.now()));
        List<Outgoing> mention = chat.send(new Incoming.Text(group, member, "ايه اللي حصل في ميناء دمياط؟",
                Optional.empty(), true, chat.now()));

        assertThat(chatter).isEmpty();
        assertThat(new ChatStore(chat.db).find(-100)).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo("group"));
        assertThat(onlySend(mention).chatId()).isEqualTo(-100);
    }

    @Test
    void aFloodGetsOnePoliteReplyThenSilenceUntilTheMinuteIsOver() {
        for (int i = 0; i < 3; i++) assertThat(chat.say("البورصة المصرية")).hasSize(1);

        assertThat(text(onlySend(chat.say("البورصة المصرية")).body())).contains("لحظة من فضلك");
        assertThat(chat.say("البورصة المصرية")).isEmpty();
        assertThat(chat.say("/help")).isEmpty();
        // A press still gets its notice, and only that.
        assertThat(chat.press(100, "m:1")).singleElement().isInstanceOf(Outgoing.Notice.class);

        chat.clock.advance(Duration.ofSeconds(61));
        assertThat(onlySend(chat.say("البورصة المصرية")).shows()).isPresent();
        // Another reader was never held back.
        assertThat(chat.say(new Chat(9, Chat.Kind.PRIVATE), new Reader(9, Optional.empty()), "/help")).hasSize(1);
    }

    @Test
    void aChatThatCannotBeReachedIsInactiveUntilItWritesAgain() {
        chat.say("/start");
        ChatStore chats = new ChatStore(chat.db);

        chat.conversation.unreachable(7);
        assertThat(chats.find(7)).hasValueSatisfying(c -> assertThat(c.active()).isFalse());
        assertThat(chats.count(false)).isEqualTo(1);

        chat.clock.advance(Duration.ofHours(2));
        chat.say("/help");
        StoredChat back = chats.find(7).orElseThrow();
        assertThat(back.active()).isTrue();
        assertThat(back.lastSeen()).isEqualTo(chat.now());
        assertThat(back.firstSeen()).isEqualTo(News.NOW.toInstant());
    }

    @Test
    void aLanguageIsChosenPerChat() {
        chat.say("/lang en");
        Chat group = new Chat(-5, Chat.Kind.GROUP);

        assertThat(text(onlySend(chat.say("/help")).body())).contains("How to use");
        assertThat(text(onlySend(chat.say(group, Chatting.ARABIC_READER, "/help")).body())).contains("كيف تستخدم");
    }

    @Test
    void emptyTextAndEmojiAloneAskForWords() {
        for (String s : List.of("", "   ", "😀😀🔥", "؟؟؟", "\u200f\u200b")) {
            chat.clock.advance(Duration.ofMinutes(1)); // this class allows 3 messages a minute
            Outgoing.Send said = onlySend(chat.say(s));
            assertThat(text(said.body())).as(s).contains("لم أجد في رسالتك كلمات");
            assertThat(said.shows()).isEmpty();
        }
    }

    @Test
    void aVeryLongMessageIsSearchedByItsBeginningAndSaysSo() {
        String longText = "ايه اللي حصل في ميناء دمياط؟ " + "كلام كثير ".repeat(600);

        List<Outgoing> out = chat.say(longText);

        assertThat(out).hasSize(2);
        assertThat(text(out.get(0))).contains("رسالتك طويلة");
        assertThat(Chatting.links(((Outgoing.Send) out.get(1)).body())).containsValue("https://news.nabaa.example/damietta");
    }

    @Test
    void pastedMarkupIsReadAsTextAndNeverComesBackAsMarkup() {
        Outgoing.Send answer = onlySend(chat.say("<script>alert('x')</script><b>ميناء دمياط</b>"));

        assertThat(Chatting.links(answer.body())).containsValue("https://news.nabaa.example/damietta");
        Outgoing.Send search = onlySend(chat.say("/search <script>alert(1)</script>"));
        // Said back as plain text: the renderer escapes it.
        assertThat(StrictCheck.html(search.body())).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(search.body().blocks()).allSatisfy(b -> assertThat(b.spans())
                .allSatisfy(s -> assertThat(s.style()).isNotEqualTo(Rich.Style.LINK)));
    }

    @Test
    void invisibleCharactersDoNotHideACommandOrAQuestion() {
        assertThat(text(onlySend(chat.say("\u200f/help\u200b")).body())).contains("كيف تستخدم نبأ");
        chat.clock.advance(Duration.ofMinutes(1));
        assertThat(Chatting.links(onlySend(chat.say("مي\u200cناء\u2066 دمياط\u2069")).body()))
                .containsValue("https://news.nabaa.example/damietta");
    }

    @Test
    void sentIgnoresAHandleOfAnotherChatOrNotOurs() {
        Outgoing.Send mine = onlySend(chat.say("ايه اللي حصل في ميناء دمياط؟"));
        PageStore pages = new PageStore(chat.db);

        chat.conversation.sent(8, 500, mine.shows().orElseThrow());
        chat.conversation.sent(7, 501, "a:99999");
        chat.conversation.sent(7, 502, "<b>");

        assertThat(pages.pageShownBy(8, 500)).isEmpty();
        assertThat(pages.pageShownBy(7, 501)).isEmpty();
        assertThat(pages.pageShownBy(7, chat.idOf(mine))).isPresent();
    }
}
