package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.data;
import static com.nabaa.conversation.Chatting.notice;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static com.nabaa.conversation.NewsroomChat.OTHER;
import static com.nabaa.conversation.NewsroomChat.OTHER_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.admin.FeedDesk;
import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.push.Push;
import com.nabaa.push.PushMessage;
import com.nabaa.store.AnswerPage;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.AuditStore;
import com.nabaa.store.OutboxStore;
import com.nabaa.store.PageStore;
import com.nabaa.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom's commands in the chat: refused to readers, /stats, /feeds, /breaking with an address, /help, the audit. */
class NewsroomCommandsTest {
    private static final String REFUSED = "عذرًا، هذا الأمر لمشرفي غرفة الأخبار فقط.";
    private static final String AFTERSHOCK = "https://news.nabaa.example/aftershock";

    @TempDir
    static Path indexDir;
    static NewsIndex index;
    @TempDir
    Path dir;
    NewsroomChat room;
    Chatting chat;
    ArticleStore articles;

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
        room = new NewsroomChat(index, dir);
        chat = room.chat;
        articles = new ArticleStore(chat.db);
        articles.write(w -> {
            for (Article a : News.ARTICLES) w.upsert(a, w.nextSeq(), "c-" + a.id(), "b-" + a.id());
            return null;
        });
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void aReaderIsRefusedEveryAdminCommandPolitelyNothingChangesAndEachAttemptIsAudited() {
        room.feeds.add("https://feeds.example/rss", Optional.empty());
        Chat group = new Chat(-100, Chat.Kind.GROUP);
        Outgoing.Send preview = onlySend(chat.say(group, Chatting.ARABIC_READER, "/announce إعلان في المجموعة"));
        long seq = articles.maxSeq();

        for (String command : List.of("/announce إعلان", "/stats", "/feeds", "/feeds add https://x.example/rss",
                "/feeds remove 1", "/breaking " + AFTERSHOCK)) {
            assertThat(text(onlySend(chat.say(OTHER_CHAT, OTHER, command)))).as(command).isEqualTo(REFUSED);
        }
        List<Outgoing> pressed = chat.press(group, OTHER, chat.idOf(preview), data(preview, "إرسال"));
        List<Outgoing> cancelled = chat.press(group, OTHER, chat.idOf(preview), data(preview, "إلغاء"));

        assertThat(pressed).singleElement().isInstanceOf(Outgoing.Notice.class);
        assertThat(notice(pressed)).contains(REFUSED);
        assertThat(notice(cancelled)).contains(REFUSED);
        assertThat(room.queued()).isZero();
        assertThat(room.feeds.list()).extracting(FeedDesk.Feed::url).containsExactly("https://feeds.example/rss");
        assertThat(articles.maxSeq()).isEqualTo(seq);
        assertThat(articles.find("aftershock").orElseThrow().breaking()).isFalse();
        List<AuditStore.Entry> refused = room.audit.latest(20).stream().filter(e -> e.userId() == OTHER.id()).toList();
        assertThat(refused).extracting(AuditStore.Entry::action).containsExactlyInAnyOrder("announce.preview",
                "stats", "feeds.list", "feeds.add", "feeds.remove", "breaking", "announce.send", "announce.cancel");
        assertThat(refused).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("refused");
            assertThat(e.arguments()).isEmpty();
        });
        assertThat(REFUSED).doesNotContain("/");
    }

    @Test
    void aReadersBreakingWithoutAnAddressIsStillTheListOfBreakingNews() {
        assertThat(text(onlySend(chat.say(OTHER_CHAT, OTHER, "/breaking")))).startsWith("آخر الأخبار العاجلة");
        assertThat(room.audit.latest(5)).isEmpty();
    }

    @Test
    void statsShowTheNumbersOfTheStoreInOneShortMessage() {
        PageStore pages = new PageStore(chat.db);
        Instant now = chat.now();
        question(pages, "ايه أخبار الذهب؟", true, now.minus(Duration.ofHours(1)));
        question(pages, "ايه اخبار الذهب", true, now.minus(Duration.ofHours(2)));
        question(pages, "ايه أخبار الذهب؟", true, now.minus(Duration.ofDays(2)));
        question(pages, "مين فاز بالدوري", false, now.minus(Duration.ofDays(3)));
        room.outbox.add(new Push(1, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, now));
        room.outbox.add(new Push(2, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, now));
        room.outbox.add(new Push(3, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, now));
        List<OutboxStore.Row> rows = room.outboxStore.claim(2, Instant.now());
        room.outboxStore.sent(rows.get(0).id(), 1);
        room.outboxStore.failed(rows.get(1).id(), "blocked");

        assertThat(text(onlySend(chat.say("/stats")))).isEqualTo("📊 إحصاءات غرفة الأخبار\n\n"
                + "القرّاء: 7 · المحادثات النشطة: 6 (منها مجموعات وقنوات: 0)\n"
                + "الاشتراكات: غير متصلة بعد\n"
                + "الأسئلة اليوم: 2 · آخر 7 أيام: 4 (1 في اليوم) · بلا إجابة: 25%\n"
                + "الأكثر سؤالًا: «ايه أخبار الذهب؟» ×3 · «مين فاز بالدوري» ×1\n"
                + "الرسائل: أُرسل 1 · فشل 1 · في الانتظار 1");
        assertThat(text(onlySend(chat.say(Chatting.PRIVATE, NewsroomChat.ENGLISH_ADMIN, "/stats"))))
                .startsWith("📊 Newsroom statistics\n\nReaders: 7 · active chats: 6 (groups and channels: 0)\n")
                .contains("Questions today: 2 · last 7 days: 4 (1 a day) · no answer: 25%\n");
    }

    @Test
    void aQuestionAskedInTheChatCountsInTheStatsAndItsNextPageDoesNot() {
        chat.say("ايه اللي حصل في كريت؟");
        chat.say("المزيد");

        assertThat(text(onlySend(chat.say("/stats")))).contains("الأسئلة اليوم: 1 ·")
                .contains("«ايه اللي حصل في كريت؟» ×1");
    }

    @Test
    void feedsAreAddedListedWithTheirHealthAndRemovedThroughTheFeedDesk() {
        assertThat(text(onlySend(chat.say("/feeds add https://a.example/rss 10"))))
                .isEqualTo("أُضيف: https://a.example/rss، ويُسحب كل 10 دقائق.");
        room.feeds.put(new FeedDesk.Feed("https://b.example/rss", Duration.ofMinutes(15), FeedDesk.Health.FAILING, 3,
                Optional.of("HTTP 503"), Optional.empty()));
        room.feeds.put(new FeedDesk.Feed("https://c.example/rss", Duration.ofMinutes(1), FeedDesk.Health.DISABLED, 10,
                Optional.of("HTTP 404"), Optional.empty()));

        assertThat(text(onlySend(chat.say("/feeds list")))).isEqualTo("المصادر:\n\n"
                + "1. https://a.example/rss — كل 10 دقائق — سليم\n"
                + "2. https://b.example/rss — كل 15 دقيقة — متعثر (3): HTTP 503\n"
                + "3. https://c.example/rss — كل دقيقة — معطَّل: HTTP 404");
        assertThat(text(onlySend(chat.say("/feeds remove 2")))).isEqualTo("حُذف: https://b.example/rss");
        assertThat(text(onlySend(chat.say("/feeds remove https://c.example/rss")))).isEqualTo("حُذف: https://c.example/rss");
        assertThat(text(onlySend(chat.say("/feeds remove 5")))).startsWith("لا يوجد مصدر بهذا الرابط أو الرقم.");
        assertThat(text(onlySend(chat.say("/feeds add a.example/rss")))).isEqualTo("هذا ليس رابط ويب (http أو https).");
        assertThat(text(onlySend(chat.say("/feeds add https://a.example/rss")))).isEqualTo("لم يُضف المصدر: already polled");
        assertThat(text(onlySend(chat.say("/feeds add https://d.example/rss 0")))).isEqualTo("الدقائق عدد صحيح من 1 إلى 1440.");
        assertThat(text(onlySend(chat.say("/feeds sort")))).startsWith("/feeds list ·");
        assertThat(room.feeds.list()).extracting(FeedDesk.Feed::url).containsExactly("https://a.example/rss");
    }

    @Test
    void breakingWithAnAddressMarksTheStoredArticleAsAnUpdateAndAnUnknownAddressIsSaidSo() {
        long seq = articles.maxSeq();

        assertThat(text(onlySend(chat.say("/breaking " + AFTERSHOCK))))
                .isEqualTo("🔴 وُسم بأنه عاجل: هزة ارتدادية تضرب جزيرة كريت بعد الزلزال");
        List<StoredArticle> written = articles.after(seq, 10);
        assertThat(written).singleElement().satisfies(s -> {
            assertThat(s.article().id()).isEqualTo("aftershock");
            assertThat(s.article().breaking()).isTrue();
            assertThat(s.seq()).isEqualTo(seq + 1);
            assertThat(s.revision()).isEqualTo(2);
        });

        assertThat(text(onlySend(chat.say("/breaking " + AFTERSHOCK)))).startsWith("هذا الخبر عاجل من قبل");
        assertThat(text(onlySend(chat.say("/breaking https://news.nabaa.example/nowhere"))))
                .isEqualTo("لا يوجد خبر مخزَّن بهذا الرابط: https://news.nabaa.example/nowhere");
        assertThat(articles.maxSeq()).isEqualTo(seq + 1);
    }

    @Test
    void theAuditTableHasEachAdminAction() {
        Outgoing.Send preview = onlySend(chat.say("/announce lang:en Hello"));
        chat.press(chat.idOf(preview), data(preview, "إرسال"));
        chat.press(chat.idOf(preview), data(preview, "إرسال"));
        Outgoing.Send second = onlySend(chat.say("/announce ثانٍ"));
        chat.press(chat.idOf(second), data(second, "إلغاء"));
        chat.say("/stats");
        chat.say("/feeds add https://a.example/rss");
        chat.say("/feeds");
        chat.say("/feeds remove 1");
        chat.say("/breaking " + AFTERSHOCK);

        assertThat(room.audit.latest(20).reversed()).extracting(e -> e.action() + " | " + e.arguments() + " | "
                + e.outcome()).containsExactly(
                "announce.preview | lang:en Hello | ok: #1 to lang:en, 2 chats",
                "announce.send | #1 | ok: queued for 2 chats",
                "announce.send | #1 | already sending",
                "announce.preview | ثانٍ | ok: #2 to all, 6 chats",
                "announce.cancel | #2 | ok: cancelled, 0 not sent",
                "stats |  | ok",
                "feeds.add | https://a.example/rss | ok: every 15 min",
                "feeds.list |  | ok: 1 feeds",
                "feeds.remove | 1 | ok: https://a.example/rss",
                "breaking | " + AFTERSHOCK + " | ok: aftershock seq " + (News.ARTICLES.size() + 1));
        assertThat(room.audit.latest(20)).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(7);
            assertThat(e.at()).isEqualTo(chat.now());
        });
    }

    @Test
    void helpShowsTheNewsroomCommandsToAdminsOnlyAndTheMenuNever() {
        String forAdmin = text(onlySend(chat.say("/help")));
        String forReader = text(onlySend(chat.say(OTHER_CHAT, OTHER, "/help")));

        assertThat(forAdmin).contains("أوامر غرفة الأخبار:", "/announce", "/stats", "/feeds", "/breaking رابط");
        assertThat(forReader).doesNotContain("غرفة الأخبار", "/announce", "/stats", "/feeds");
        assertThat(forAdmin).startsWith(forReader);
        for (Language l : List.of(Language.ARABIC, Language.ENGLISH)) {
            assertThat(chat.conversation.menu(l)).extracting(c -> c.command())
                    .doesNotContain("announce", "stats", "feeds");
        }
        assertThat(text(onlySend(chat.say(OTHER_CHAT, OTHER, "/nosuch")))).doesNotContain("/announce", "/stats");
    }

    private static void question(PageStore pages, String query, boolean answered, Instant at) {
        pages.save(new AnswerPage(1, "ask", query, at.atZone(News.CAIRO), 0, 3, Language.ARABIC, "",
                answered ? List.of(List.of("quake")) : List.of()), at);
    }
}
