package com.nabaa.admin;

import static com.nabaa.admin.NewsroomFixture.ADMIN;
import static com.nabaa.admin.NewsroomFixture.ADMIN_CHAT;
import static com.nabaa.admin.NewsroomFixture.NOW;
import static com.nabaa.admin.NewsroomFixture.READER;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom's door (admins only, refusals audited), its statistics, feeds and breaking marks. */
class NewsroomTest {
    @TempDir
    Path dir;
    NewsroomFixture room;
    AuditStore audit;

    @BeforeEach
    void open() throws Exception {
        room = new NewsroomFixture(dir);
        audit = new AuditStore(room.db);
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void onlyAnAdminGetsTheActionsAndAnyoneElsesAttemptIsAuditedAsRefused() {
        assertThat(room.newsroom.isAdmin(ADMIN)).isTrue();
        assertThat(room.newsroom.isAdmin(READER)).isFalse();

        assertThat(room.newsroom.admin(READER, READER, Action.ANNOUNCE_PREVIEW)).isEmpty();

        assertThat(audit.latest(10)).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(READER);
            assertThat(e.chatId()).isEqualTo(READER);
            assertThat(e.action()).isEqualTo("announce.preview");
            assertThat(e.arguments()).as("what a reader typed is not kept").isEmpty();
            assertThat(e.outcome()).isEqualTo("refused");
            assertThat(e.at()).isEqualTo(NOW);
        });
    }

    @Test
    void nobodyIsAnAdminByDefault() throws Exception {
        try (NewsroomFixture none = new NewsroomFixture(dir.resolve("none"), b -> b.authorization(Authorization.nobody()))) {
            assertThat(none.newsroom.admin(ADMIN, ADMIN_CHAT, Action.STATS)).isEmpty();
        }
    }

    @Test
    void everyAdminActionIsAuditedWithItsArgumentsAndOutcome() {
        Admin admin = room.admin();
        Preview.Ready ready = room.draft("lang:en Hello");
        admin.send(ready.id(), 100);
        admin.cancel(ready.id(), 100);
        admin.stats();
        admin.addFeed("https://feeds.example/rss", Optional.of("10"));
        admin.feeds();
        admin.removeFeed("1");
        admin.markBreaking("https://news.example/none");

        assertThat(audit.latest(20).reversed()).extracting(e -> e.action() + " | " + e.arguments() + " | " + e.outcome())
                .containsExactly(
                        "announce.preview | lang:en Hello | ok: #1 to lang:en, 2 chats",
                        "announce.send | #1 | ok: queued for 2 chats",
                        "announce.cancel | #1 | ok: stopped, 2 not sent",
                        "stats |  | ok",
                        "feeds.add | https://feeds.example/rss 10 | ok: every 10 min",
                        "feeds.list |  | ok: 1 feeds",
                        "feeds.remove | 1 | ok: https://feeds.example/rss",
                        "breaking | https://news.example/none | not found");
        assertThat(audit.latest(20)).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(ADMIN);
            assertThat(e.chatId()).isEqualTo(ADMIN_CHAT);
        });
    }

    @Test
    void statsCountChatsQuestionsTheUnansweredTheMostAskedAndDeliveries() {
        PageStore pages = new PageStore(room.db);
        Instant today = NOW.minus(Duration.ofHours(2));
        Instant earlier = NOW.minus(Duration.ofDays(3));
        question(pages, "ايه أخبار الذهب؟", true, today);
        question(pages, "ايه اخبار الذهب", true, today);
        question(pages, "ايه أخبار الذهب؟", true, earlier);
        question(pages, "مين فاز بالدوري", false, earlier);
        question(pages, "سد النهضة", true, earlier);
        question(pages, "قديم جدا", true, NOW.minus(Duration.ofDays(8)));
        pages.save(page("ايه أخبار الذهب؟", 3, true), today);                     // its next page: not a question
        pages.save(new AnswerPage(1, "latest", "", zoned(today), 0, 3, Language.ARABIC, "", List.of()), today);
        room.chats.seen(-100, "group", NOW);
        room.outbox.add(new Push(1, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, NOW));
        room.outbox.add(new Push(2, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, NOW));
        room.outbox.add(new Push(3, "story:a", new PushMessage.Notice("x"), Push.ALERT, false, NOW));
        List<OutboxStore.Row> rows = room.outboxStore.claim(2, Instant.now());
        room.outboxStore.sent(rows.get(0).id(), 1);
        room.outboxStore.failed(rows.get(1).id(), "blocked");

        Stats s = room.admin().stats();

        assertThat(s.readers()).isEqualTo(6);
        assertThat(s.activeChats()).isEqualTo(6);
        assertThat(s.groups()).isEqualTo(1);
        assertThat(s.subscriptions()).isEmpty();
        assertThat(s.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(s.days()).isEqualTo(7);
        assertThat(s.questionsToday()).isEqualTo(2);
        assertThat(s.questions()).isEqualTo(5);
        assertThat(s.unanswered()).isEqualTo(1);
        assertThat(s.unansweredPercent()).isEqualTo(20);
        assertThat(s.top()).containsExactly(new Stats.Asked("ايه أخبار الذهب؟", 3), new Stats.Asked("سد النهضة", 1),
                new Stats.Asked("مين فاز بالدوري", 1));
        assertThat(s.deliveries()).isEqualTo(new Deliveries(1, 1, 1, 0));
    }

    @Test
    void aDisabledFeedIsANoticeForEachAdminInTheirPrivateChat() throws Exception {
        try (NewsroomFixture two = new NewsroomFixture(dir.resolve("two"),
                b -> b.authorization(new Authorization(Set.of(ADMIN, 43L))))) {
            two.newsroom.feedDisabled("https://feeds.example/rss", "HTTP 404");

            List<OutboxStore.Row> rows = two.outboxStore.claim(10, Instant.now());
            assertThat(rows).extracting(OutboxStore.Row::chatId).containsExactlyInAnyOrder(ADMIN, 43L);
            assertThat(rows).allSatisfy(r -> assertThat(r.payload()).contains("https://feeds.example/rss", "HTTP 404",
                    "\"type\":\"notice\""));
        }
    }

    @Test
    void statsIncludeSubscriptionsWhenTheyAreConnected() throws Exception {
        SubscriptionCounts counts = () -> new SubscriptionCounts.Counts(12, 30, 9,
                List.of(new SubscriptionCounts.Topic("الذهب", 5)));
        try (NewsroomFixture subscribed = new NewsroomFixture(dir.resolve("subs"), b -> b.subscriptions(counts))) {
            assertThat(subscribed.admin().stats().subscriptions()).contains(counts.counts());
        }
    }

    @Test
    void feedsAreAddedListedAndRemovedByAddressOrNumber() {
        Admin admin = room.admin();

        assertThat(admin.addFeed("https://a.example/rss", Optional.empty())).isInstanceOfSatisfying(FeedChange.Added.class,
                a -> assertThat(a.feed().every()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(admin.addFeed("https://b.example/rss", Optional.of("5"))).isInstanceOf(FeedChange.Added.class);
        assertThat(admin.addFeed("https://b.example/rss", Optional.empty()))
                .isEqualTo(new FeedChange.Refused("already polled"));
        assertThat(admin.addFeed("feeds.example/rss", Optional.empty())).isEqualTo(FeedChange.Problem.NOT_A_URL);
        assertThat(admin.addFeed("https://c.example/rss", Optional.of("0"))).isEqualTo(FeedChange.Problem.BAD_MINUTES);
        assertThat(admin.addFeed("https://c.example/rss", Optional.of("ten"))).isEqualTo(FeedChange.Problem.BAD_MINUTES);
        assertThat(admin.feeds().orElseThrow()).extracting(FeedDesk.Feed::url)
                .containsExactly("https://a.example/rss", "https://b.example/rss");

        assertThat(admin.removeFeed("2")).isEqualTo(new FeedChange.Removed("https://b.example/rss"));
        assertThat(admin.removeFeed("https://a.example/rss")).isEqualTo(new FeedChange.Removed("https://a.example/rss"));
        assertThat(admin.removeFeed("1")).isEqualTo(FeedChange.Problem.UNKNOWN_FEED);
        assertThat(admin.removeFeed("https://a.example/rss")).isEqualTo(FeedChange.Problem.UNKNOWN_FEED);
        assertThat(room.feeds.list()).isEmpty();
    }

    @Test
    void withoutAFeedDeskFeedsAreUnavailable() {
        Newsroom bare = Newsroom.builder(room.db, room.outbox).authorization(new Authorization(Set.of(ADMIN))).build();
        Admin admin = bare.admin(ADMIN, ADMIN_CHAT, Action.FEEDS_LIST).orElseThrow();

        assertThat(admin.feeds()).isEmpty();
        assertThat(admin.addFeed("https://a.example/rss", Optional.empty())).isEqualTo(FeedChange.Problem.UNAVAILABLE);
        assertThat(admin.removeFeed("1")).isEqualTo(FeedChange.Problem.UNAVAILABLE);
    }

    @Test
    void breakingMarksTheStoredArticleAsAnUpdateWithANewSequenceNumber() {
        ArticleStore articles = new ArticleStore(room.db);
        put(articles, article("a1", "https://news.example/a1", false));
        put(articles, article("a2", "https://news.example/a2", false));
        long before = articles.maxSeq();

        Optional<ArticleStore.Marked> marked = room.admin().markBreaking("https://news.example/a1");

        assertThat(marked).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo("a1");
            assertThat(m.changed()).isTrue();
            assertThat(m.seq()).isEqualTo(before + 1);
        });
        StoredArticle stored = articles.after(before, 10).get(0);
        assertThat(stored.article().id()).isEqualTo("a1");
        assertThat(stored.article().breaking()).isTrue();
        assertThat(stored.isUpdate()).isTrue();
        assertThat(room.admin().markBreaking("https://news.example/a1")).hasValueSatisfying(m ->
                assertThat(m.changed()).as("already breaking: no new write").isFalse());
        assertThat(articles.maxSeq()).isEqualTo(before + 1);
        assertThat(room.admin().markBreaking("https://news.example/unknown")).isEmpty();
    }

    @Test
    void anOutletsLaterEditDoesNotUndoAnAdminsBreakingMark() {
        ArticleStore articles = new ArticleStore(room.db);
        put(articles, article("a1", "https://news.example/a1", false));
        put(articles, article("a2", "https://news.example/a2", true));
        room.admin().markBreaking("https://news.example/a1");

        put(articles, edited(article("a1", "https://news.example/a1", false)));
        put(articles, edited(article("a2", "https://news.example/a2", false)));

        assertThat(articles.find("a1").orElseThrow().breaking()).as("marked by an admin").isTrue();
        assertThat(articles.find("a2").orElseThrow().breaking()).as("the outlet's own mark, taken back").isFalse();
    }

    @Test
    void breakingFindsAnArticleByAnySpellingOfItsAddressThroughTheCanonicalForm() throws Exception {
        try (NewsroomFixture canonical = new NewsroomFixture(dir.resolve("canonical"),
                b -> b.canonicalUrls(u -> u.replace("http://www.", "https://").replaceAll("\\?utm_source=x$", "")))) {
            ArticleStore articles = new ArticleStore(canonical.db);
            put(articles, article("a1", "https://news.example/a1", false));

            assertThat(canonical.admin().markBreaking("http://www.news.example/a1?utm_source=x")).isPresent();
        }
    }

    private static void question(PageStore pages, String query, boolean answered, Instant at) {
        pages.save(page(query, 0, answered), at);
    }

    private static AnswerPage page(String query, int offset, boolean answered) {
        return new AnswerPage(1, "ask", query, zoned(NOW), offset, 3, Language.ARABIC, "",
                answered ? List.of(List.of("a1")) : List.of());
    }

    private static ZonedDateTime zoned(Instant at) {
        return at.atZone(java.time.ZoneId.of("Africa/Cairo"));
    }

    static Article article(String id, String url, boolean breaking) {
        return Article.builder().id(id).url(url).canonicalUrl(url).title("عنوان " + id)
                .published(NOW.minus(Duration.ofHours(1))).paragraphs(List.of("نص الخبر."))
                .source("المصدر").category("egypt").language(Language.ARABIC).breaking(breaking).build();
    }

    private static Article edited(Article a) {
        return Article.builder().id(a.id()).url(a.url()).canonicalUrl(a.canonicalUrl()).title(a.title() + " (محدث)")
                .published(a.published().orElseThrow()).paragraphs(a.paragraphs()).source(a.source())
                .category(a.category()).language(a.language()).breaking(a.breaking()).build();
    }

    static void put(ArticleStore articles, Article a) {
        articles.write(w -> {
            w.upsert(a, w.nextSeq(), "c-" + a.id() + a.title(), "b-" + a.id());
            return null;
        });
    }
}
