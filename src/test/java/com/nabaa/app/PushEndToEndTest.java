package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.bot.fake.Call;
import com.nabaa.bot.fake.FakeChat;
import com.nabaa.bot.fake.FakeMessage;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.bot.fake.Fault;
import com.nabaa.ingest.SourceOptions;
import com.nabaa.store.AuditStore;
import com.nabaa.store.Database;
import com.nabaa.store.OutboxStore;
import com.nabaa.testing.NabaaProcess;
import com.nabaa.config.FeedSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaking news, topic alerts and announcements as readers and admins meet them, end to end:
 * `serve` as it runs (runtime, alerts following the store, outbox dispatcher, real TelegramBots
 * client) against the fake Bot API, which checks every request and measures the rates (overall,
 * per chat, per group) and fails the test on a violation when the fixture closes.
 */
class PushEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    @TempDir
    Path dir;
    BotFixture f;

    @BeforeEach
    void start() throws Exception {
        f = BotFixture.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aBreakingArticleIngestedByAnotherProcessReachesEverySubscriberOnceAndNobodyElse() throws Exception {
        List<FakeUser> subscribers = List.of(reader(201), reader(202), reader(203));
        for (FakeUser s : subscribers) say(s, "/subscribe", "اشتركت في الأخبار العاجلة");
        FakeUser bystander = reader(204);
        say(bystander, "/start", "أهلًا");
        FakeUser follower = reader(205);
        say(follower, "/follow البورصة", "تتابع الآن");

        Path news = articles("breaking.jsonl",
                article("quake", "وكالة الاختبار", justPublished(), true, "زلزال بقوة 5.8 درجات يضرب جزيرة كريت",
                        "ضرب زلزال بقوة 5.8 درجات جزيرة كريت اليونانية صباح اليوم دون أنباء عن ضحايا."),
                article("weather", "وكالة الاختبار", justPublished(), false, "طقس معتدل على السواحل الشمالية",
                        "توقعت هيئة الأرصاد طقسًا معتدلًا على السواحل الشمالية خلال الأيام المقبلة."));
        NabaaProcess.Result ingest = NabaaProcess.run(home, dir.resolve("ingest.log"), "ingest", "--no-progress",
                news.toString());

        assertThat(ingest.exitCode()).as(ingest.output()).isZero();
        assertThat(ingest.output()).contains("2 new");
        for (FakeUser s : subscribers) {
            f.telegram.await("the push to " + s.id(), () -> pushes(s.id(), "زلزال").size() == 1, WAIT);
        }
        settle();
        for (FakeUser s : subscribers) assertThat(pushes(s.id(), "زلزال")).hasSize(1);
        assertThat(f.telegram.botMessages(bystander.id())).hasSize(1);
        assertThat(f.telegram.botMessages(follower.id())).hasSize(1);
        assertThat(pushes(subscribers.get(0).id(), "طقس")).as("not breaking").isEmpty();
    }

    @Test
    void aFollowedTopicIsAlertedThroughItsOtherWordFormsButNotWithAnExcludedWord() throws Exception {
        FakeUser user = reader(301);
        say(user, "/follow الانتخابات -البرلمان", "تتابع الآن «الانتخابات -البرلمان»");

        ingest(article("vote-pres", "الشروق", justPublished(), false, "الاستعداد للانتخابات الرئاسية في تونس",
                        "بدأت هيئة الانتخابات في تونس استعداداتها للانتخابات الرئاسية المقبلة."),
                article("vote-parl", "الأهرام", justPublished(), false, "الاستعداد للانتخابات في الدوائر الجديدة",
                        "قالت الهيئة إن الانتخابات ستحدد مقاعد البرلمان في الدوائر الجديدة."),
                article("gold", "المال", justPublished(), false, "أسعار الذهب ترتفع في السوق المحلية",
                        "ارتفعت أسعار الذهب في تعاملات اليوم بالسوق المحلية."));

        f.telegram.await("the topic alert", () -> !pushes(user.id(), "للانتخابات").isEmpty(), WAIT);
        settle();
        List<FakeMessage> alerts = pushes(user.id(), "");
        assertThat(alerts).singleElement().satisfies(m -> assertThat(m.text())
                .contains("الاستعداد للانتخابات الرئاسية في تونس").doesNotContain("الدوائر الجديدة"));
    }

    @Test
    void theSameStoryFromThreeOutletsIsOneAlert() throws Exception {
        FakeUser user = reader(401);
        say(user, "/subscribe", "اشتركت");

        ingest(article("fire-1", "المال", justPublished(), true, "حريق كبير في مصنع للبلاستيك بمدينة العاشر من رمضان",
                        "اندلع حريق كبير في مصنع للبلاستيك بمدينة العاشر من رمضان ودفعت الحماية المدنية بسيارات إطفاء."),
                article("fire-2", "الأهرام", justPublished(), true, "حريق كبير بمصنع للبلاستيك في العاشر من رمضان",
                        "دفعت الحماية المدنية بسيارات إطفاء للسيطرة على حريق في مصنع للبلاستيك بالعاشر من رمضان."),
                article("fire-3", "الشروق", justPublished(), true, "عاجل: حريق في مصنع بلاستيك بالعاشر من رمضان",
                        "تحاول قوات الحماية المدنية السيطرة على حريق مصنع البلاستيك في مدينة العاشر من رمضان."));

        f.telegram.await("the alert", () -> !pushes(user.id(), "حريق").isEmpty(), WAIT);
        settle();
        assertThat(pushes(user.id(), "حريق")).hasSize(1);
    }

    @Test
    void anArchiveIngestPushesNothing() throws Exception {
        FakeUser breaking = reader(501);
        say(breaking, "/subscribe", "اشتركت");
        FakeUser topic = reader(502);
        say(topic, "/follow الانتخابات", "تتابع الآن");

        List<Map<String, Object>> archive = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            archive.add(article("old-" + i, "الأرشيف", Instant.parse("2019-03-01T10:00:00Z").plus(Duration.ofDays(i)), true,
                    "عاجل: نتائج الانتخابات في الدائرة " + (i + 1), "أعلنت اللجنة نتائج الانتخابات في الدائرة رقم " + (i + 1) + "."));
        }
        ingest(archive.toArray(Map[]::new));

        settle();
        assertThat(f.telegram.botMessages(breaking.id())).as("only the reply to /subscribe").hasSize(1);
        assertThat(f.telegram.botMessages(topic.id())).as("only the reply to /follow").hasSize(1);
        assertThat(f.runtime.outbox().counts().getOrDefault(OutboxStore.State.PENDING, 0L)).isZero();
    }

    @Test
    void aTooManyRequestsAnswerToAPushIsWaitedOutAndAReaderWhoBlockedTheBotIsDeactivated() throws Exception {
        FakeUser stays = reader(601);
        FakeUser blocked = reader(602);
        say(stays, "/subscribe", "اشتركت");
        say(blocked, "/subscribe", "اشتركت");
        f.telegram.faults().failNext("sendMessage", 1, Fault.tooManyRequests(2));
        f.telegram.faults().failNextInChat(blocked.id(), 1, Fault.blockedByUser());

        ingest(article("storm", "وكالة الاختبار", justPublished(), true, "عاصفة ترابية تضرب القاهرة وتوقف الملاحة الجوية",
                "ضربت عاصفة ترابية القاهرة وتوقفت الملاحة الجوية في المطار لساعات."));

        f.telegram.await("the push after the wait", () -> pushes(stays.id(), "عاصفة").size() == 1, WAIT);
        f.telegram.await("the blocked reader's chat is inactive",
                () -> f.runtime.chats().find(blocked.id()).map(c -> !c.active()).orElse(false), WAIT);
        List<Call> sends = f.telegram.calls("sendMessage");
        int tooMany = indexOf(sends, 429);
        assertThat(tooMany).as("a push was answered 429").isNotNegative();
        assertThat(sends.subList(tooMany + 1, sends.size())).as("nothing is sent before retry_after")
                .allSatisfy(c -> assertThat(c.after(sends.get(tooMany))).isGreaterThanOrEqualTo(Duration.ofMillis(1_950)));
        settle();
        assertThat(pushes(stays.id(), "عاصفة")).hasSize(1);
        assertThat(pushes(blocked.id(), "عاصفة")).isEmpty();
    }

    @Test
    void anAnnouncementToEveryChatKeepsTheLimitsAndAReaderIsStillAnsweredMeanwhile() throws Exception {
        List<Long> chats = knownChats(1_000, 120);
        FakeChat group = FakeChat.group(-7001, "غرفة القراء");
        f.telegram.knowChat(group);
        f.runtime.chats().seen(group.id(), "GROUP", Instant.now());
        FakeUser admin = FakeUser.of(BotFixture.ADMIN, "editor", "ar");
        FakeMessage preview = say(admin, "/announce نشرة خاصة الليلة في التاسعة", "معاينة");

        f.telegram.updates().pressButton(admin, preview, "إرسال");
        f.telegram.await("the broadcast begins", () -> announced("نشرة خاصة") >= 10, WAIT);
        FakeUser reader = reader(701);
        Instant asked = Instant.now();
        f.telegram.updates().text(reader, "ايه اللي حصل في ميناء دمياط؟");
        f.telegram.awaitSent(reader.id(), 1, WAIT);
        Duration answeredIn = Duration.between(asked, Instant.now());

        f.telegram.await("every chat", () -> announced("نشرة خاصة") == chats.size() + 2, Duration.ofSeconds(30));
        assertThat(answeredIn).as("a reply is not queued behind the broadcast").isLessThan(Duration.ofSeconds(3));
        assertThat(receivers("نشرة خاصة")).containsKeys(group.id(), admin.id()).hasSize(chats.size() + 2)
                .allSatisfy((chat, times) -> assertThat(times).isEqualTo(1));
        f.telegram.assertNoViolations();
    }

    @Test
    void cancellingAnAnnouncementMidwayStopsTheRest() throws Exception {
        List<Long> chats = knownChats(2_000, 200);
        FakeUser admin = FakeUser.of(BotFixture.ADMIN, "editor", "ar");
        FakeMessage preview = say(admin, "/announce تنبيه سيُلغى في منتصفه", "معاينة");

        f.telegram.updates().pressButton(admin, preview, "إرسال");
        f.telegram.await("some of it is out", () -> announced("سيُلغى") >= 20, WAIT);
        FakeMessage progress = f.telegram.message(admin.id(), preview.messageId()).orElseThrow();
        f.telegram.updates().pressButton(admin, progress, "إلغاء");
        f.telegram.await("the progress says it stopped", () -> f.telegram.message(admin.id(), preview.messageId())
                .map(m -> m.text().contains("أُوقف")).orElse(false), WAIT);
        int atCancel = announced("سيُلغى");
        settle();

        assertThat(announced("سيُلغى")).as("at most the sends already in flight after Cancel")
                .isLessThanOrEqualTo(atCancel + ServedBot.PUSH_WORKERS).isLessThan(chats.size());
        Map<OutboxStore.State, Long> states = f.runtime.outbox().progress(1);
        assertThat(states.getOrDefault(OutboxStore.State.CANCELLED, 0L)).isPositive();
        assertThat(states.getOrDefault(OutboxStore.State.PENDING, 0L)).isZero();
    }

    @Test
    void aReaderWhoIsNotAnAdminIsRefusedNothingIsSentAndTheAttemptIsLogged() throws Exception {
        knownChats(3_000, 5);
        FakeUser intruder = reader(801);

        FakeMessage refusal = say(intruder, "/announce اشترك في قناتي", "لمشرفي غرفة الأخبار فقط");
        say(intruder, "/feeds add https://evil.example/feed.xml", "لمشرفي غرفة الأخبار فقط");

        assertThat(refusal.buttonTexts()).isEmpty();
        settle();
        assertThat(f.telegram.calls("sendMessage")).noneMatch(c -> c.param("text").contains("قناتي"));
        assertThat(f.runtime.outbox().counts().values().stream().mapToLong(Long::longValue).sum()).isZero();
        try (Database db = Database.openReadOnly(f.runtime.settings().databaseFile())) {
            assertThat(new AuditStore(db).latest(10)).filteredOn(e -> e.userId() == intruder.id())
                    .extracting(AuditStore.Entry::action).contains("announce.preview", "feeds.add");
        }
    }

    @Test
    void aChannelWhereTheBotIsAnAdminSubscribesWithAPostAndGetsBreakingNews() throws Exception {
        FakeChat channel = FakeChat.channel(-1009001, "قناة الأخبار");
        f.telegram.updates().channelPost(channel, "/subscribe");
        f.telegram.awaitSent(channel.id(), 1, WAIT);
        assertThat(f.telegram.botMessages(channel.id()).get(0).text()).contains("اشتركت في الأخبار العاجلة");

        ingest(article("dam", "وكالة الاختبار", justPublished(), true, "اتفاق جديد بشأن تشغيل سد النهضة",
                "أعلنت الدول الثلاث التوصل إلى اتفاق جديد بشأن قواعد تشغيل سد النهضة."));

        f.telegram.await("the push to the channel", () -> pushes(channel.id(), "سد النهضة").size() == 1, WAIT);
    }

    @Test
    void aChannelNamedInTheConfigurationGetsBreakingNewsByItselfAndAnUrgentMarkInAHeadlineMakesItBreaking()
            throws Exception {
        FakeChat channel = FakeChat.channel(-1009002, "نبأ عاجل");
        f.close();
        f = BotFixture.start(dir.resolve("home-with-channel"), s -> s.withBreakingChannels(Set.of(channel.id())));
        f.telegram.knowChat(channel);

        ingest(article("metro", "وكالة الاختبار", justPublished(), false, "عاجل: افتتاح محطة جديدة للخط الثالث لمترو القاهرة",
                "افتتحت وزارة النقل محطة جديدة على الخط الثالث لمترو أنفاق القاهرة صباح اليوم."));

        f.telegram.await("the post in the channel", () -> pushes(channel.id(), "مترو").size() == 1, WAIT);
        assertThat(pushes(channel.id(), "مترو").get(0).text()).as("the mark is not part of the headline")
                .doesNotContain("عاجل:").contains("افتتاح محطة جديدة");
        assertThat(f.runtime.chats().find(channel.id())).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo("CHANNEL"));
    }

    @Test
    void aFeedThatKeepsFailingIsDisabledAndTheAdminsAreTold() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        site.start();
        try {
            String feed = "http://127.0.0.1:" + site.getAddress().getPort() + "/rss.xml";
            Path list = Files.writeString(dir.resolve("feeds.txt"), feed + " | 60\n");
            f.close();
            f = BotFixture.start(dir.resolve("home-with-feeds"), s -> s.withFeeds(
                    new FeedSettings(true, list, false, list, Duration.ofMinutes(15), 1, 1)));
            FakeUser admin = FakeUser.of(BotFixture.ADMIN, "editor", "ar");
            f.telegram.knowChat(FakeChat.privateWith(admin));
            release.countDown();

            f.telegram.await("the admin is told", () -> !f.telegram.botMessages(admin.id()).isEmpty(), WAIT);
            assertThat(f.telegram.botMessages(admin.id()).get(0).text()).contains(feed).contains("توقف سحب هذا المصدر");
            assertThat(f.runtime.feeds().orElseThrow().list()).singleElement()
                    .satisfies(status -> assertThat(status.enabled()).isFalse());
        } finally {
            site.stop(0);
        }
    }

    private static FakeUser reader(long id) {
        return FakeUser.of(id, "reader" + id, "ar");
    }

    /** The reader says something and waits for the bot's reply, which must contain {@code expected}. */
    private FakeMessage say(FakeUser user, String text, String expected) {
        int before = f.telegram.botMessages(user.id()).size();
        f.telegram.updates().text(user, text);
        f.telegram.await("the reply to " + text, () -> f.telegram.botMessages(user.id()).size() > before, WAIT);
        FakeMessage reply = f.telegram.botMessages(user.id()).get(before);
        assertThat(reply.text()).contains(expected);
        return reply;
    }

    /** Chats the bot has talked with before (known to Telegram and to the store), numbered from {@code first}. */
    private List<Long> knownChats(long first, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeUser user = reader(first + i);
            f.telegram.knowChat(FakeChat.privateWith(user));
            f.runtime.chats().seen(user.id(), "PRIVATE", Instant.now());
            ids.add(user.id());
        }
        return ids;
    }

    /** The bot's messages in a chat that came as pushes, not as replies to the reader's commands. */
    private List<FakeMessage> pushes(long chatId, String containing) {
        return f.telegram.botMessages(chatId).stream()
                .filter(m -> !m.text().contains("اشتركت") && !m.text().contains("تتابع الآن") && !m.text().contains("أهلًا"))
                .filter(m -> m.text().contains(containing))
                .toList();
    }

    private int announced(String text) {
        return receivers(text).values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<Long, Integer> receivers(String text) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (Call c : f.telegram.calls("sendMessage")) {
            if (c.succeeded() && c.param("text").contains(text) && !c.param("text").contains("معاينة")) {
                out.merge(c.chatId().orElseThrow(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static int indexOf(List<Call> calls, int status) {
        for (int i = 0; i < calls.size(); i++) if (calls.get(i).status() == status) return i;
        return -1;
    }

    /** Waits for the alerts to handle everything stored, and a little more for anything that would follow. */
    private void settle() throws Exception {
        long seq = f.runtime.articles().maxSeq();
        assertThat(f.runtime.alerts().orElseThrow().awaitAlerted(seq, WAIT)).as("the alerts caught up").isTrue();
        Thread.sleep(1_500);
    }

    /** Ingests in the serving process, as a feed poll does. */
    @SafeVarargs
    private void ingest(Map<String, Object>... articles) throws IOException {
        Path file = articles("news-" + System.nanoTime() + ".jsonl", articles);
        f.runtime.ingest().ingest(List.of(file.toString()), SourceOptions.defaults(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @SafeVarargs
    private Path articles(String name, Map<String, Object>... articles) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> a : articles) lines.append(JSON.writeValueAsString(a)).append('\n');
        return Files.writeString(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> article(String id, String source, Instant published, boolean breaking,
            String title, String body) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("title", title);
        a.put("date", published.toString());
        a.put("url", "https://news.example/" + id);
        a.put("category", "egypt");
        a.put("source", source);
        a.put("breaking", breaking);
        a.put("body", body);
        return a;
    }

    /** Now: after the subscriptions the test made, as only news published since a subscription is pushed to it. */
    private static Instant justPublished() {
        return Instant.now();
    }
}
