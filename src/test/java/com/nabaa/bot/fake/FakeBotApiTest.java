package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake speaks the Bot API well enough for the real TelegramBots client, and records what it sent. */
class FakeBotApiTest {
    private static final FakeUser READER = new FakeUser(501, "Salma", "salma", "ar");
    private static final long CHAT = READER.id();

    private final FakeBotApi fake = FakeBotApi.start();
    private final RealClient real = RealClient.of(fake);
    private final TelegramClient client = real.telegram();

    @AfterEach
    void checkAndClose() {
        try (fake; real) {
            fake.assertNoViolations();
        }
    }

    @Test
    void getMeNamesTheConfiguredBot() throws TelegramApiException {
        assertThat(client.execute(new GetMe()).getUserName()).isEqualTo("nabaa_test_bot");
        assertThat(client.execute(new GetMe()).getId()).isEqualTo(7000001L);
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        try (RealClient stranger = RealClient.withToken(fake, "7000001:not-the-token")) {
            TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                    () -> stranger.telegram().execute(new GetMe()));
            assertThat(e.getErrorCode()).isEqualTo(401);
            assertThat(e.getApiResponse()).isEqualTo("Unauthorized");
        }
    }

    @Test
    void sendMessageWithValidHtmlIsAnsweredAsAMessageAndRecorded() throws TelegramApiException {
        fake.knowChat(FakeChat.privateWith(READER));
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).parseMode(ParseMode.HTML)
                .text("<b>عاجل</b>: <a href=\"https://e.x/?a=1&amp;b=2\">الخبر</a>")
                .replyMarkup(keyboard("المزيد", "more:1")).build());

        assertThat(sent.getMessageId()).isEqualTo(1);
        assertThat(sent.getChatId()).isEqualTo(CHAT);
        assertThat(sent.getText()).isEqualTo("عاجل: الخبر");
        assertThat(sent.getEntities()).extracting(e -> e.getType() + "@" + e.getOffset() + "+" + e.getLength())
                .containsExactly("bold@0+4", "text_link@6+5");
        assertThat(sent.getEntities().get(1).getUrl()).isEqualTo("https://e.x/?a=1&b=2");
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("more:1");

        List<Call> calls = fake.awaitSent(CHAT, 1, Duration.ofSeconds(5));
        assertThat(calls).extracting(Call::method).containsExactly("sendMessage");
        assertThat(calls.get(0).contentType()).startsWith("application/json");
        assertThat(calls.get(0).param("parse_mode")).as("TelegramBots' ParseMode.HTML").isEqualTo("html");
        assertThat(fake.lastBotMessage(CHAT).orElseThrow().callbackData("المزيد")).contains("more:1");
    }

    @Test
    void anEditChangesTheTextShownForThatMessage() throws TelegramApiException {
        fake.knowChat(FakeChat.privateWith(READER));
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).text("جار البحث…")
                .replyMarkup(keyboard("إلغاء", "cancel")).build());
        client.execute(EditMessageText.builder().chatId(CHAT).messageId(sent.getMessageId())
                .parseMode(ParseMode.HTML).text("<i>وجدت</i> ثلاثة أخبار").build());

        FakeMessage shown = fake.message(CHAT, sent.getMessageId()).orElseThrow();
        assertThat(shown.text()).isEqualTo("وجدت ثلاثة أخبار");
        assertThat(shown.source()).isEqualTo("<i>وجدت</i> ثلاثة أخبار");
        assertThat(shown.buttonTexts()).as("an edit without reply_markup drops the keyboard").isEmpty();
    }

    @Test
    void deleteMessageRemovesItAndChatActionsAreNotCountedAsSent() throws TelegramApiException {
        fake.knowChat(FakeChat.privateWith(READER));
        client.execute(SendChatAction.builder().chatId(CHAT).action("typing").build());
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).text("x").build());
        assertThat(client.execute(DeleteMessage.builder().chatId(CHAT).messageId(sent.getMessageId()).build()))
                .isTrue();

        assertThat(fake.message(CHAT, sent.getMessageId())).isEmpty();
        assertThat(fake.sent(CHAT)).extracting(Call::method).containsExactly("sendMessage", "deleteMessage");
    }

    @Test
    void commandMenusAreKeptPerLanguage() throws TelegramApiException {
        client.execute(SetMyCommands.builder().languageCode("ar")
                .command(new BotCommand("start", "ابدأ")).command(new BotCommand("help", "مساعدة")).build());
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start")).build());

        assertThat(fake.commands("ar")).contains(Map.of("start", "ابدأ", "help", "مساعدة"));
        assertThat(fake.commands("")).contains(Map.of("start", "Start"));
        assertThat(client.execute(GetMyCommands.builder().languageCode("ar").build()))
                .extracting(BotCommand::getCommand).containsExactly("start", "help");
        assertThat(client.execute(GetMyCommands.builder().languageCode("en").build())).isEmpty();
    }

    @Test
    void groupAdminsAndMembersAreAnsweredAsTelegramDoes() throws TelegramApiException {
        FakeChat group = FakeChat.supergroup(-1001234567890L, "أخبار الحي");
        FakeUser owner = FakeUser.of(601, "Omar", "ar");
        FakeUser admin = FakeUser.of(602, "Huda", "ar");
        fake.admins(group, owner, admin);
        fake.updates().groupText(group, READER, "مرحبا");

        assertThat(client.execute(GetChatAdministrators.builder().chatId(group.id()).build()))
                .extracting(ChatMember::getStatus).containsExactly("creator", "administrator");
        assertThat(client.execute(GetChatMember.builder().chatId(group.id()).userId(602L).build()).getStatus())
                .isEqualTo("administrator");
        assertThat(client.execute(GetChatMember.builder().chatId(group.id()).userId(READER.id()).build())
                .getStatus()).isEqualTo("member");
        assertThat(client.execute(GetChat.builder().chatId(group.id()).build()).getTitle()).isEqualTo("أخبار الحي");
    }

    @Test
    void sendingToAChatTelegramDoesNotKnowIsChatNotFound() {
        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId(999L).text("x").build()));
        assertThat(e.getErrorCode()).isEqualTo(400);
        assertThat(e.getApiResponse()).isEqualTo("Bad Request: chat not found");
    }

    @Test
    void formEncodedAndQueryStringParametersWorkToo() throws Exception {
        fake.knowChat(FakeChat.privateWith(READER));
        String form = "chat_id=" + CHAT + "&text=" + URLEncoder.encode("سلام & أهلا", StandardCharsets.UTF_8)
                + "&reply_markup=" + URLEncoder.encode("{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"b\"}]]}",
                StandardCharsets.UTF_8);
        HttpResponse<String> posted = post("sendMessage", "application/x-www-form-urlencoded", form);
        HttpResponse<String> got = get("getMe?unused=1");

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("\"text\":\"سلام & أهلا\"");
        assertThat(fake.lastBotMessage(CHAT).orElseThrow().callbackData("a")).contains("b");
        assertThat(got.body()).startsWith("{\"ok\":true,\"result\":{\"id\":7000001");
    }

    @Test
    void anUnknownMethodIsNotFoundAndRecorded() throws Exception {
        HttpResponse<String> response = post("sendHologram", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertThat(fake.violations()).extracting(Violation::rule).containsExactly(Violation.Rule.UNKNOWN_METHOD);
        fake.clearViolations();
    }

    static InlineKeyboardMarkup keyboard(String text, String data) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(data).build()))
                .build();
    }

    private HttpResponse<String> post(String method, String type, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(method)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String methodAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(methodAndQuery)).GET().build());
    }

    private URI uri(String method) {
        return fake.baseUri().resolve("/bot" + fake.token() + "/" + method);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
