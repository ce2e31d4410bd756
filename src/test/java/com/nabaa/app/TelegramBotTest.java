package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.fake.Call;
import com.nabaa.bot.fake.FakeChat;
import com.nabaa.bot.fake.FakeMessage;
import com.nabaa.bot.fake.FakeUpdate;
import com.nabaa.bot.fake.FakeUser;
import com.nabaa.bot.fake.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nabaa on Telegram, end to end over real HTTP: readers act through the fake Bot API server, the
 * real client and long-polling application carry it, and the server checks every request as
 * strictly as Telegram (HTML, lengths, entities, button data, rates, answered callbacks).
 */
class TelegramBotTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path home;
    BotFixture f;

    @BeforeEach
    void start() throws Exception {
        f = BotFixture.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private static FakeUser reader(long id, String language) {
        return FakeUser.of(id, "reader" + id, language);
    }

    private FakeMessage reply(FakeUser user, int n) {
        f.telegram.awaitSent(user.id(), n, WAIT);
        return f.telegram.botMessages(user.id()).get(n - 1);
    }

    @Test
    void publishesTheCommandMenuInArabicAndEnglish() {
        assertThat(f.telegram.commands("ar")).hasValueSatisfying(m -> assertThat(m).containsKeys("start", "latest", "search"));
        assertThat(f.telegram.commands("en")).hasValueSatisfying(m -> assertThat(m.get("latest")).containsIgnoringCase("latest"));
    }

    @Test
    void startWelcomesAnArabicReaderInArabicAndAnEnglishReaderInEnglish() {
        FakeUser arabic = reader(11, "ar");
        FakeUser english = reader(12, "en");
        f.telegram.updates().text(arabic, "/start");
        f.telegram.updates().text(english, "/start");

        assertThat(reply(arabic, 1).text()).contains("أهلًا بك في نبأ");
        assertThat(reply(english, 1).text()).contains("Welcome").doesNotContain("أهلًا");
    }

    @Test
    void aQuestionIsAnsweredWithTheHeadlineAsItsLink() {
        FakeUser user = reader(21, "ar");
        f.telegram.updates().text(user, "ايه اللي حصل في ميناء دمياط؟");

        FakeMessage answer = reply(user, 1);
        assertThat(answer.text()).contains("إغلاق ميناء دمياط بسبب سوء الأحوال الجوية").contains("Nabaa Samples");
        assertThat(answer.source()).contains("<a href=\"https://samples.nabaa.example/egypt/damietta-port-closed\">");
        assertThat(answer.buttonTexts()).anyMatch(b -> b.contains("ملخص"));
    }

    @Test
    void moreEditsTheSameMessageWithTheNextPage() {
        FakeUser user = reader(31, "ar");
        f.telegram.updates().text(user, "/latest");
        FakeMessage first = reply(user, 1);
        String more = first.buttonTexts().stream().filter(b -> b.contains("المزيد")).findFirst().orElseThrow();

        f.telegram.updates().pressButton(user, first, more);
        f.telegram.await("the edit", () -> !f.telegram.calls("editMessageText").isEmpty(), WAIT);

        FakeMessage edited = f.telegram.message(user.id(), first.messageId()).orElseThrow();
        assertThat(edited.text()).isNotEqualTo(first.text()).contains("4.");
        assertThat(f.telegram.botMessages(user.id())).hasSize(1);
    }

    @Test
    void theSummaryAndTimelineButtonsAndFeedbackEachAnswer() {
        FakeUser user = reader(41, "ar");
        f.telegram.updates().text(user, "ايه اللي حصل في ميناء دمياط؟");
        FakeMessage answer = reply(user, 1);

        f.telegram.updates().pressButton(user, answer, answer.buttonTexts().stream().filter(b -> b.contains("ملخص")).findFirst().orElseThrow());
        assertThat(reply(user, 2).text()).contains("إغلاق ميناء دمياط").contains("غرفة العمليات");
        f.telegram.updates().pressButton(user, answer, answer.buttonTexts().stream().filter(b -> b.contains("تسلسل")).findFirst().orElseThrow());
        assertThat(reply(user, 3).text()).contains("إغلاق ميناء دمياط");
        f.telegram.updates().pressButton(user, answer, "👍 مفيد");
        f.telegram.await("the vote's notice", () -> f.telegram.calls("answerCallbackQuery").size() == 3, WAIT);

        assertThat(f.telegram.calls("answerCallbackQuery")).last().satisfies(c -> assertThat(c.param("text")).isNotBlank());
    }

    @Test
    void aReplyToAnAnswerAndAShortFollowUpAreUnderstoodInItsContext() {
        FakeUser user = reader(51, "ar");
        f.telegram.updates().text(user, "ايه اللي حصل في ميناء دمياط؟");
        FakeMessage answer = reply(user, 1);

        f.telegram.updates().replyTo(answer, user, "ليه؟");
        assertThat(reply(user, 2).text()).contains("دمياط");
        f.telegram.updates().text(user, "وبعدين؟");
        assertThat(reply(user, 3).text()).contains("دمياط");
    }

    @Test
    void aFollowUpWithoutContextAsksWhatTheReaderMeans() {
        FakeUser user = reader(52, "ar");
        f.telegram.updates().text(user, "وبعدين؟");

        assertThat(reply(user, 1).text()).doesNotContain("»").doesNotContain("دمياط\n");
        assertThat(f.telegram.botMessages(user.id())).hasSize(1);
    }

    @Test
    void anInlineSearchGetsArticlesAndPagesWithItsOffset() {
        FakeUser user = reader(61, "ar");
        FakeUpdate first = f.telegram.updates().inlineQuery(user, "", "");
        f.telegram.await("the inline answer", () -> !f.telegram.calls("answerInlineQuery").isEmpty(), WAIT);

        Call answer = f.telegram.calls("answerInlineQuery").get(0);
        assertThat(first.inlineQueryId()).contains(answer.param("inline_query_id"));
        assertThat(answer.params().path("results").size()).isBetween(1, 50);
        assertThat(answer.param("cache_time")).isNotBlank();
    }

    @Test
    void aGroupMessageNotAddressedToTheBotGetsNothingButAMentionDoes() {
        FakeChat group = FakeChat.group(-1001, "أخبار العائلة");
        FakeUser member = reader(71, "ar");
        f.telegram.updates().groupText(group, member, "صباح الخير يا جماعة، حد شاف ماتش امبارح؟");
        f.telegram.updates().groupText(group, member, "@" + f.telegram.options().botUsername() + " ايه اللي حصل في ميناء دمياط؟");

        f.telegram.awaitSent(group.id(), 1, WAIT);
        assertThat(f.telegram.botMessages(group.id())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("دمياط"));
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        FakeUser user = reader(81, "en");
        f.telegram.updates().text(user, "/weather");

        assertThat(reply(user, 1).text()).contains("/latest").contains("/search");
    }

    @Test
    void aFloodFromOneReaderGetsOnePoliteReplyNotOnePerMessage() throws Exception {
        FakeUser user = reader(91, "ar");
        int limit = BotFixture.QUESTIONS_PER_MINUTE;
        for (int i = 0; i < limit + 6; i++) f.telegram.updates().text(user, "سؤال رقم " + i + " عن الذهب");

        f.telegram.await("the answers and the one polite reply", () -> f.telegram.sent(user.id()).size() >= limit + 1,
                Duration.ofSeconds(30));
        Thread.sleep(2_500);
        List<FakeMessage> replies = f.telegram.botMessages(user.id());
        assertThat(replies).hasSize(limit + 1);
        assertThat(replies.get(limit).text()).contains("دقيقة");
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAndTheReplyStillArrives() {
        FakeUser user = reader(101, "ar");
        f.telegram.faults().failNext("sendMessage", 1, Fault.tooManyRequests(2));
        f.telegram.updates().text(user, "/latest");

        FakeMessage latest = reply(user, 1);
        List<Call> sends = f.telegram.calls("sendMessage");
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).status()).isEqualTo(429);
        assertThat(sends.get(1).after(sends.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1_950));
        assertThat(latest.text()).isNotBlank();
    }

    @Test
    void aReaderWhoBlocksTheBotIsMarkedInactive() throws Exception {
        FakeUser user = reader(111, "ar");
        f.telegram.updates().text(user, "/start");
        reply(user, 1);
        f.telegram.updates().botBlocked(user);

        f.telegram.await("the chat is inactive", () -> inactive(user.id()), WAIT);
    }

    private boolean inactive(long chatId) {
        return f.runtime.chats().find(chatId).map(c -> !c.active()).orElse(false);
    }
}
