package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.buttons;
import static com.nabaa.conversation.Chatting.data;
import static com.nabaa.conversation.Chatting.notice;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Language;
import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import com.nabaa.push.Subscriptions;
import com.nabaa.push.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /subscribe, /unsubscribe, /follow, /following, /unfollow, the settings buttons, groups' admins, "follow this topic". */
class SubscriptionCommandsTest {
    private static final Chat GROUP = new Chat(-100, Chat.Kind.GROUP);
    private static final Reader ADMIN = new Reader(42, Optional.of("ar"));
    private static final Reader MEMBER = new Reader(43, Optional.of("ar"));

    @TempDir
    static Path indexDir;
    static NewsIndex index;
    @TempDir
    Path dir;
    Chatting chat;
    Subscriptions subs;

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
        chat = new Chatting(index, dir, b -> b.admins((group, user) -> group == GROUP.id() && user == ADMIN.id()));
        subs = new Subscriptions(chat.db, chat.clock, News.CAIRO);
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private List<String> typed(long chatId) {
        return subs.topics(chatId).stream().map(Topic::typed).toList();
    }

    @Test
    void subscribeSubscribesToBreakingNewsAtOnceAndOffersHowAlertsCome() {
        Outgoing.Send reply = onlySend(chat.say("/subscribe"));

        assertThat(text(reply.body())).contains("اشتركت في الأخبار العاجلة");
        assertThat(subs.of(7).breaking()).isTrue();
        assertThat(subs.of(7).breakingSince()).contains(chat.now());
        assertThat(buttons(reply.buttons())).extracting(Button::label)
                .contains("✓ ⚡ فورية", "🗞 ملخص يومي", "🌙 23:00–07:00");
        assertThat(text(onlySend(chat.say("/subscribe")).body())).contains("بالفعل");
    }

    @Test
    void unsubscribeStopsBreakingNewsAndOffersToDropEveryTopic() {
        chat.say("/subscribe");
        chat.say("/follow سد النهضة");

        Outgoing.Send reply = onlySend(chat.say("/unsubscribe"));

        assertThat(text(reply.body())).contains("أوقفت الأخبار العاجلة");
        assertThat(subs.of(7).breaking()).isFalse();
        assertThat(typed(7)).containsExactly("سد النهضة");
        List<Outgoing> pressed = chat.press(chat.idOf(reply), data(reply, "🗑"));
        assertThat(typed(7)).isEmpty();
        assertThat(notice(pressed)).hasValueSatisfying(n -> assertThat(n).contains("أوقفت كل الاشتراكات"));
    }

    @Test
    void unsubscribeAllStopsEverythingAtOnce() {
        chat.say("/subscribe");
        chat.say("/follow سد النهضة");
        chat.say("/follow البورصة");

        assertThat(text(onlySend(chat.say("/unsubscribe الكل")).body())).contains("2");

        assertThat(subs.of(7).breaking()).isFalse();
        assertThat(typed(7)).isEmpty();
    }

    @Test
    void followFollowsATopicAtOnceWithItsExclusionsAndFilters() {
        assertThat(text(onlySend(chat.say("/follow الانتخابات -مصر")).body())).contains("تتابع الآن «الانتخابات -مصر»");
        chat.say("/follow الدوري قسم:رياضة");

        assertThat(subs.topics(7)).extracting(t -> t.spec().exclusions()).containsExactly(List.of("مصر"), List.of());
        assertThat(subs.topics(7).get(1).spec().section()).contains("sport");
        assertThat(text(onlySend(chat.say("/follow الانتخابات -مصر")).body())).contains("بالفعل");
        assertThat(typed(7)).hasSize(2);
    }

    @Test
    void followSaysHowWithoutWordsAndNamesTheSectionsForAnUnknownOne() {
        assertThat(text(onlySend(chat.say("/follow")).body())).contains("/follow سد النهضة", "-مصر");
        assertThat(text(onlySend(chat.say("/follow الدوري قسم:طبخ")).body())).contains("لا أعرف قسمًا باسم «طبخ»", "الرياضة");
        assertThat(text(onlySend(chat.say("/follow ايه اللي حصل")).body())).contains("لم أجد في الموضوع كلمات");
        assertThat(typed(7)).isEmpty();
    }

    @Test
    void followingListsTheTopicsWithAnUnfollowButtonEach() {
        chat.say("/follow سد النهضة");
        chat.say("/follow البورصة");

        Outgoing.Send list = onlySend(chat.say("/following"));

        assertThat(text(list.body())).contains("1. سد النهضة\n2. البورصة");
        assertThat(buttons(list.buttons())).extracting(Button::label).containsExactly("❌ 1", "❌ 2");
        List<Outgoing> pressed = chat.press(chat.idOf(list), data(list, "❌ 1"));
        assertThat(typed(7)).containsExactly("البورصة");
        Outgoing.Edit edited = (Outgoing.Edit) pressed.get(0);
        assertThat(text(edited.body())).contains("1. البورصة").doesNotContain("سد النهضة");
        assertThat(notice(pressed)).hasValueSatisfying(n -> assertThat(n).contains("ألغيت متابعة «سد النهضة»"));
    }

    @Test
    void followingWithNoTopicSaysHowToFollowOne() {
        assertThat(text(onlySend(chat.say("/following")).body())).contains("لا تتابع أي موضوع", "/follow");
    }

    @Test
    void unfollowTakesATopicsNumberOrItsWords() {
        chat.say("/follow سد النهضة");
        chat.say("/follow البورصة");
        chat.say("/follow الانتخابات");

        assertThat(text(onlySend(chat.say("/unfollow 2")).body())).contains("ألغيت متابعة «البورصة»");
        assertThat(text(onlySend(chat.say("/unfollow سد  النهضه")).body())).contains("ألغيت متابعة «سد النهضة»");
        assertThat(text(chat.say("/unfollow الطقس").get(0))).contains("لا تتابع موضوعًا");
        assertThat(typed(7)).containsExactly("الانتخابات");
    }

    @Test
    void theSettingsShowAndChangeSubscriptionsAndHowAlertsCome() {
        Outgoing.Send settings = onlySend(chat.say("/settings"));
        long message = chat.idOf(settings);
        assertThat(text(settings.body())).contains("الأخبار العاجلة: غير مشترك", "التنبيهات: فورية", "ساعات الهدوء: لا توجد",
                "المنطقة الزمنية: القاهرة");

        List<Outgoing> on = chat.press(message, data(settings, "🔔 الاشتراك في العاجل"));
        assertThat(subs.of(7).breaking()).isTrue();
        assertThat(notice(on)).contains("تم الحفظ.");
        Outgoing.Edit shown = (Outgoing.Edit) on.get(0);
        assertThat(text(shown.body())).contains("الأخبار العاجلة: مشترك");

        shown = (Outgoing.Edit) chat.press(message, data(shown.buttons(), "🗞")).get(0);
        assertThat(subs.of(7).delivery()).isEqualTo(Delivery.DIGEST);
        shown = (Outgoing.Edit) chat.press(message, data(shown.buttons(), "⏰ 20:00")).get(0);
        assertThat(subs.of(7).digestHour()).isEqualTo(20);
        assertThat(text(shown.body())).contains("ملخص يومي الساعة 20:00");

        shown = (Outgoing.Edit) chat.press(message, data(shown.buttons(), "🌙 23:00")).get(0);
        shown = (Outgoing.Edit) chat.press(message, data(shown.buttons(), "⏳")).get(0);
        assertThat(subs.of(7).quiet()).contains(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0), QuietHours.Mode.DEFER));

        Outgoing.Edit zones = (Outgoing.Edit) chat.press(message, data(shown.buttons(), "🌍")).get(0);
        assertThat(text(zones.body())).contains("اختر منطقتك الزمنية");
        shown = (Outgoing.Edit) chat.press(message, data(zones.buttons(), "الرياض")).get(0);
        assertThat(subs.of(7).zone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
        assertThat(text(shown.body())).contains("المنطقة الزمنية: الرياض");

        chat.press(message, data(shown.buttons(), "بلا ساعات هدوء"));
        assertThat(subs.of(7).quiet()).isEmpty();
    }

    @Test
    void aForgedSettingChangesNothing() {
        assertThat(notice(chat.press(100, "p:h:99"))).contains("لا أستطيع تنفيذ هذا الزر.");
        assertThat(notice(chat.press(100, "p:z:9"))).contains("لا أستطيع تنفيذ هذا الزر.");
        assertThat(subs.of(7)).isEqualTo(com.nabaa.push.Subscription.none(7, News.CAIRO));
    }

    @Test
    void aMemberWhoIsNotAnAdminCannotChangeAGroupsSubscriptions() {
        chat.say(GROUP, ADMIN, "/follow البورصة");
        Outgoing.Send settings = onlySend(chat.say(GROUP, MEMBER, "/settings"));

        for (String command : List.of("/subscribe", "/follow سد النهضة", "/unfollow 1", "/unsubscribe الكل")) {
            assertThat(text(onlySend(chat.say(GROUP, MEMBER, command)).body())).as(command)
                    .contains("مشرفو المجموعة فقط");
        }
        assertThat(notice(chat.press(GROUP, MEMBER, chat.idOf(settings), data(settings, "🔔"))))
                .hasValueSatisfying(n -> assertThat(n).contains("مشرفو المجموعة فقط"));
        assertThat(text(onlySend(chat.say(GROUP, MEMBER, "/following")).body())).as("anyone may look").contains("البورصة");

        assertThat(subs.of(GROUP.id()).breaking()).isFalse();
        assertThat(typed(GROUP.id())).containsExactly("البورصة");
        assertThat(text(onlySend(chat.say(GROUP, ADMIN, "/subscribe")).body())).contains("اشتركت");
        assertThat(subs.of(GROUP.id()).breaking()).isTrue();
    }

    @Test
    void aChannelChangesItsOwnSubscriptions() {
        Chat channel = new Chat(-200, Chat.Kind.CHANNEL);

        chat.say(channel, new Reader(-200, Optional.empty()), "/subscribe");

        assertThat(subs.of(-200).breaking()).isTrue();
    }

    @Test
    void anAnswerOffersToFollowItsTopic() {
        Outgoing.Send answer = onlySend(chat.say("ايه اللي حصل في ميناء دمياط؟"));

        List<Outgoing> pressed = chat.press(chat.idOf(answer), data(answer, "🔔 تابع هذا الموضوع"));

        assertThat(typed(7)).containsExactly("ميناء دمياط");
        assertThat(notice(pressed)).hasValueSatisfying(n -> assertThat(n).contains("تتابع الآن «ميناء دمياط»"));
        assertThat(notice(chat.press(chat.idOf(answer), data(answer, "🔔")))).hasValueSatisfying(n -> assertThat(n).contains("بالفعل"));
    }

    @Test
    void theMenuAndHelpNameTheNewCommandsInBothLanguages() {
        assertThat(chat.conversation.menu(Language.ARABIC)).extracting(Dialog.CommandInfo::command)
                .contains("subscribe", "unsubscribe", "follow", "following", "unfollow");
        assertThat(chat.conversation.menu(Language.ENGLISH)).filteredOn(c -> c.command().equals("follow"))
                .singleElement().satisfies(c -> assertThat(c.description()).startsWith("Follow a topic"));
        assertThat(text(onlySend(chat.say("/help")).body())).contains("/follow الانتخابات -مصر", "/subscribe");
        Outgoing.Send english = onlySend(chat.say(new Chat(8, Chat.Kind.PRIVATE), new Reader(8, Optional.of("en")),
                "/subscribe"));
        assertThat(text(english.body())).contains("Subscribed to breaking news");
    }
}
