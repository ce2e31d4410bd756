package com.nabaa.push;

import static com.nabaa.push.AlertFixture.article;
import static com.nabaa.push.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breaking news and topic alerts, end to end: articles ingested into a real store, pushes read from the real outbox. */
class AlertsTest {
    @TempDir
    Path dir;
    AlertFixture f;

    @BeforeEach
    void open() throws IOException {
        f = new AlertFixture(dir, LocalTime.of(9, 0));
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The test's clock moves to {@code hour:minute}, and the articles are ingested then. */
    private void at(int hour, int minute) {
        f.setClock(AlertFixture.at(hour, minute));
    }

    private static Instant t(int hour, int minute) {
        return AlertFixture.at(hour, minute);
    }

    @Test
    void aBreakingArticleReachesEveryBreakingSubscriberExactlyOnceAndNobodyElse() throws IOException {
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.subscribeBreaking(2);
        f.subscriptions.follow(3, "البورصة");
        at(11, 0);

        f.ingest(article("quake", "وكالة الأنباء", "internationalNews", t(10, 30), true,
                        "زلزال بقوة 5.8 درجات يضرب جزيرة كريت", "ضرب زلزال بقوة 5.8 درجات جزيرة كريت اليونانية صباح اليوم."),
                article("metro", "الأهرام", "egypt", t(10, 40), false, "افتتاح الخط الرابع لمترو القاهرة",
                        "افتتح رئيس الوزراء المرحلة الأولى من الخط الرابع للمترو."));

        assertThat(f.queued()).extracting(AlertFixture.Queued::chatId).containsExactlyInAnyOrder(1L, 2L);
        PushMessage.StoryAlert alert = (PushMessage.StoryAlert) f.queuedFor(1).get(0).message();
        assertThat(alert.breaking()).isTrue();
        assertThat(alert.topic()).isEmpty();
        assertThat(alert.headline()).isEqualTo("زلزال بقوة 5.8 درجات يضرب جزيرة كريت");
        assertThat(alert.summary()).containsExactly("ضرب زلزال بقوة 5.8 درجات جزيرة كريت اليونانية صباح اليوم.");
        assertThat(f.queuedFor(1).get(0).key()).isEqualTo("story:" + alert.storyKey());
        assertThat(f.queuedFor(1).get(0).silent()).isFalse();
    }

    @Test
    void aFollowedTopicMatchesItsOtherWordFormsAsASearchWould() throws IOException {
        f.subscriptions.follow(5, "الانتخابات");
        at(11, 0);

        f.ingest(article("vote", "الشروق", "egypt", t(10, 0), false, "الاستعداد للانتخابات البرلمانية",
                "بدأت الهيئة الوطنية استعداداتها للانتخابات البرلمانية المقبلة في كل المحافظات."));

        List<AlertFixture.Queued> pushes = f.queuedFor(5);
        assertThat(pushes).hasSize(1);
        assertThat(((PushMessage.StoryAlert) pushes.get(0).message()).topic()).contains("الانتخابات");
    }

    @Test
    void anExcludedWordKeepsOutAnArticleThatMentionsItAnywhere() throws IOException {
        f.subscriptions.follow(5, "الانتخابات -مصر");
        at(11, 0);

        f.ingest(article("vote-eg", "الشروق", "egypt", t(10, 0), false, "الاستعداد للانتخابات البرلمانية",
                        "بدأت الهيئة الوطنية استعداداتها للانتخابات البرلمانية المقبلة.", "وتجرى في الشهر المقبل.",
                        "ويحق لنحو 60 مليون ناخب في مصر الإدلاء بأصواتهم."),
                article("vote-tn", "وكالة الأنباء", "internationalNews", t(10, 10), false, "تونس تحدد موعد الانتخابات البلدية",
                        "حددت هيئة الانتخابات في تونس موعد الانتخابات البلدية."));

        assertThat(f.queuedFor(5)).extracting(q -> ((PushMessage.StoryAlert) q.message()).articleId())
                .containsExactly("vote-tn");
    }

    @Test
    void sectionAndSourceFiltersKeepATopicToItsSectionAndOutlet() throws IOException {
        f.subscriptions.follow(6, "الدوري قسم:رياضة");
        f.subscriptions.follow(7, "النفط source:\"Sky News\"");
        at(11, 0);

        f.ingest(article("league-sport", "الأهرام", "sport", t(10, 0), false, "الأهلي يتصدر الدوري",
                        "تصدر الأهلي الدوري بعد فوزه على الزمالك."),
                article("league-money", "المال", "economy", t(10, 5), false, "أرباح شركة الدوري للاستثمار",
                        "أعلنت شركة الدوري للاستثمار أرباحها الفصلية."),
                article("oil-sky", "Sky News", "economy", t(10, 10), false, "أسعار النفط ترتفع",
                        "ارتفعت أسعار النفط في تعاملات اليوم."),
                article("oil-other", "الأهرام", "economy", t(10, 20), false, "النفط يهبط بعد بيانات المخزون",
                        "هبط النفط بعد صدور بيانات المخزون الأمريكي."));

        assertThat(f.queuedFor(6)).extracting(q -> ((PushMessage.StoryAlert) q.message()).articleId())
                .containsExactly("league-sport");
        assertThat(f.queuedFor(7)).extracting(q -> ((PushMessage.StoryAlert) q.message()).articleId())
                .containsExactly("oil-sky");
    }

    @Test
    void theSameStoryFromThreeOutletsMakesOneAlertPerSubscriber() throws IOException {
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.follow(2, "ميناء دمياط");
        at(11, 0);

        f.ingest(article("port-1", "المال", "egypt", t(10, 0), true, "إغلاق ميناء دمياط بسبب سوء الأحوال الجوية",
                "أعلنت هيئة ميناء دمياط إغلاق الميناء أمام حركة الملاحة."));
        at(11, 30);
        f.ingest(article("port-2", "الأهرام", "egypt", t(11, 20), true, "إغلاق ميناء دمياط بسبب سوء الأحوال الجوية اليوم",
                        "قررت هيئة الميناء وقف الملاحة بسبب ارتفاع الأمواج."),
                article("port-3", "الشروق", "egypt", t(11, 25), true, "عاجل: إغلاق ميناء دمياط بسبب الأحوال الجوية",
                        "أغلق ميناء دمياط أبوابه أمام السفن حتى تتحسن الأحوال الجوية."));

        assertThat(f.queuedFor(1)).hasSize(1);
        assertThat(f.queuedFor(2)).hasSize(1);
        assertThat(f.queued()).extracting(AlertFixture.Queued::key).containsOnly(f.queuedFor(1).get(0).key());
    }

    @Test
    void anArchiveIngestPushesNothing() throws IOException {
        f.setClock(t(9, 0).minus(Duration.ofDays(60)));
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.follow(2, "الانتخابات");
        at(11, 0);

        f.ingest(article("old-1", "الأهرام", "egypt", t(11, 0).minus(Duration.ofDays(30)), true,
                        "عاجل: نتائج الانتخابات", "أعلنت اللجنة نتائج الانتخابات."),
                article("old-2", "الشروق", "egypt", t(11, 0).minus(Duration.ofHours(7)), true, "الانتخابات في موعدها",
                        "قالت الهيئة إن الانتخابات في موعدها."));

        assertThat(f.queued()).isEmpty();
    }

    @Test
    void anArticlePublishedBeforeTheSubscriptionIsNotPushed() throws IOException {
        at(10, 0);
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.follow(2, "الانتخابات");
        at(10, 30);

        f.ingest(article("before", "الأهرام", "egypt", t(9, 50), true, "عاجل: تأجيل الانتخابات",
                "قررت الهيئة تأجيل الانتخابات."));

        assertThat(f.queued()).isEmpty();
    }

    @Test
    void anUpdateOfAnAlertedArticleIsNotASecondAlert() throws IOException {
        f.subscriptions.subscribeBreaking(1);
        at(11, 0);
        f.ingest(article("toll", "الأهرام", "egypt", t(10, 50), true, "انهيار عقار في الإسكندرية",
                "انهار عقار قديم في حي الجمرك صباح اليوم."));
        at(11, 30);

        f.ingest(article("toll", "الأهرام", "egypt", t(10, 50), true, "ارتفاع عدد الضحايا إلى عشرة بعد الحادث",
                "ارتفع عدد الضحايا إلى عشرة أشخاص.", "وتواصل فرق الإنقاذ البحث."));

        assertThat(f.queuedFor(1)).hasSize(1);
    }

    @Test
    void aDigestReaderGetsTheStoriesAtTheirHourAndNotBefore() throws IOException {
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.change(1, s -> s.withDelivery(Delivery.DIGEST).withDigestHour(12));
        at(10, 0);
        f.ingest(article("a", "الأهرام", "egypt", t(9, 30), true, "عاجل: حريق في مصنع بالعاشر من رمضان",
                        "اندلع حريق في مصنع."),
                article("b", "الشروق", "egypt", t(9, 45), true, "عاجل: تعطل حركة القطارات على خط الصعيد",
                        "تعطلت حركة القطارات."));
        assertThat(f.queuedFor(1)).as("a digest reader gets no instant alert").isEmpty();

        at(11, 59);
        f.alerts.runDigests();
        assertThat(f.queuedFor(1)).as("not before the hour").isEmpty();

        at(12, 0);
        f.alerts.runDigests();
        List<AlertFixture.Queued> pushes = f.queuedFor(1);
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).key()).isEqualTo("digest:" + AlertFixture.DAY);
        PushMessage.Digest digest = (PushMessage.Digest) pushes.get(0).message();
        assertThat(digest.day()).isEqualTo(AlertFixture.DAY);
        assertThat(digest.stories()).extracting(PushMessage.StoryAlert::articleId).containsExactly("a", "b");

        at(12, 30);
        f.alerts.runDigests();
        assertThat(f.queuedFor(1)).as("one digest a day").hasSize(1);
    }

    @Test
    void anAlertInTheQuietHoursArrivesSilently() throws IOException {
        at(8, 0);
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.change(1, s -> s.withQuiet(java.util.Optional.of(new QuietHours(LocalTime.of(9, 0),
                LocalTime.of(13, 0), QuietHours.Mode.SILENT))));
        at(11, 0);

        f.ingest(article("q", "الأهرام", "egypt", t(10, 50), true, "عاجل: انقطاع الكهرباء عن أحياء بالجيزة",
                "انقطعت الكهرباء عن عدة أحياء."));

        assertThat(f.queuedFor(1)).singleElement().satisfies(q -> {
            assertThat(q.silent()).isTrue();
            assertThat(q.notBefore()).isEqualTo(t(11, 0));
        });
    }

    @Test
    void anAlertInTheQuietHoursIsHeldUntilTheyEnd() throws IOException {
        at(8, 0);
        f.subscriptions.subscribeBreaking(1);
        f.subscriptions.change(1, s -> s.withQuiet(java.util.Optional.of(new QuietHours(LocalTime.of(9, 0),
                LocalTime.of(13, 0), QuietHours.Mode.DEFER))));
        at(11, 0);

        f.ingest(article("q", "الأهرام", "egypt", t(10, 50), true, "عاجل: انقطاع الكهرباء عن أحياء بالجيزة",
                "انقطعت الكهرباء عن عدة أحياء."));

        assertThat(f.queuedFor(1)).singleElement().satisfies(q -> {
            assertThat(q.silent()).isFalse();
            assertThat(q.notBefore()).isEqualTo(t(13, 0));
        });
    }

    @Test
    void anUnfollowedTopicAlertsNoMore() throws IOException {
        FollowResult followed = f.subscriptions.follow(5, "الانتخابات");
        f.subscriptions.unfollow(5, ((FollowResult.Added) followed).topic().id());
        at(11, 0);

        f.ingest(article("vote", "الشروق", "egypt", t(10, 0), false, "الاستعداد للانتخابات البرلمانية",
                "بدأت الهيئة الوطنية استعداداتها."));

        assertThat(f.queued()).isEmpty();
    }

    @Test
    void topicsFollowedBeforeARestartAreMatchedAfterIt() throws IOException {
        f.subscriptions.follow(5, "الانتخابات");
        f.close();
        f = new AlertFixture(dir, LocalTime.of(11, 0));

        f.ingest(article("vote", "الشروق", "egypt", t(10, 0), false, "الاستعداد للانتخابات البرلمانية",
                "بدأت الهيئة الوطنية استعداداتها."));

        assertThat(f.queuedFor(5)).hasSize(1);
        assertThat(f.alerts.topicCount()).isEqualTo(1);
    }

    @Test
    void aChatThatCannotBeReachedGetsNothing() throws IOException {
        f.chat(1, "private");
        f.subscriptions.subscribeBreaking(1);
        new com.nabaa.store.ChatStore(f.db).markUnreachable(1);
        at(11, 0);

        f.ingest(article("quake", "وكالة الأنباء", "internationalNews", t(10, 30), true, "زلزال يضرب جزيرة كريت",
                "ضرب زلزال جزيرة كريت."));

        assertThat(f.queued()).isEmpty();
    }
}
