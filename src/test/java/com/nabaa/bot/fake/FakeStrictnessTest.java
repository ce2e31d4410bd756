package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** What Telegram refuses, the fake refuses too, and records as a violation with the request. */
class FakeStrictnessTest {
    private static final FakeUser READER = new FakeUser(502, "Karim", "karim", "ar");
    private static final long CHAT = READER.id();

    private final FakeBotApi fake = FakeBotApi.start();
    private final RealClient real = RealClient.of(fake);
    private final TelegramClient client = real.telegram();

    FakeStrictnessTest() {
        fake.knowChat(FakeChat.privateWith(READER));
    }

    @AfterEach
    void checkAndClose() {
        try (fake; real) {
            fake.assertNoViolations();
        }
    }

    @Test
    void invalidHtmlIsRefusedWithTelegramsErrorAndRecorded() {
        String description = refused(SendMessage.builder().chatId(CHAT).parseMode(ParseMode.HTML)
                .text("<b>الأسعار</b> <p>ترتفع</p>").build());

        assertThat(description).startsWith("Bad Request: can't parse entities: Unsupported start tag \"p\"");
        Violation violation = onlyViolation(Violation.Rule.HTML);
        assertThat(violation.method()).isEqualTo("sendMessage");
        assertThat(violation.request()).contains("<p>ترتفع</p>");
    }

    @Test
    void textLongerThan4096Utf16UnitsAfterParsingIsRefused() throws TelegramApiException {
        String fits = "<b>" + "خ".repeat(4096) + "</b>";
        client.execute(SendMessage.builder().chatId(CHAT).parseMode(ParseMode.HTML).text(fits).build());

        String description = refused(SendMessage.builder().chatId(CHAT).text("😀".repeat(2048) + "!").build());

        assertThat(description).startsWith("Bad Request: message is too long");
        onlyViolation(Violation.Rule.TEXT_TOO_LONG);
    }

    @Test
    void textThatIsEmptyAfterParsingIsRefused() {
        assertThat(refused(SendMessage.builder().chatId(CHAT).parseMode(ParseMode.HTML).text("<b> </b>").build()))
                .isEqualTo("Bad Request: message text is empty");
        onlyViolation(Violation.Rule.TEXT_EMPTY);
    }

    @Test
    void moreThanOneHundredEntitiesIsRecordedThoughTelegramTakesTheMessage() throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(CHAT).parseMode(ParseMode.HTML)
                .text("<i>خبر</i>\n".repeat(101)).build());
        onlyViolation(Violation.Rule.TOO_MANY_ENTITIES);
    }

    @Test
    void callbackDataOver64BytesIsRefused() {
        String data = "story:" + "ع".repeat(30);
        assertThat(data.length()).as("36 characters but 66 bytes of UTF-8").isEqualTo(36);

        assertThat(refused(SendMessage.builder().chatId(CHAT).text("x")
                .replyMarkup(FakeBotApiTest.keyboard("المزيد", data)).build())).contains("BUTTON_DATA_INVALID");
        assertThat(onlyViolation(Violation.Rule.BUTTON).detail()).contains("66 bytes");
    }

    @Test
    void aButtonWithNeitherUrlNorCallbackDataIsRefused() {
        InlineKeyboardMarkup markup = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("زر").build())).build();
        assertThat(refused(SendMessage.builder().chatId(CHAT).text("x").replyMarkup(markup).build()))
                .contains("Text buttons are unallowed in the inline keyboard");
        onlyViolation(Violation.Rule.BUTTON);
    }

    @Test
    void editingToTheSameTextIsNotModified() throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).text("نفس النص").build());
        String description = refused(EditMessageText.builder().chatId(CHAT).messageId(sent.getMessageId())
                .parseMode(ParseMode.HTML).text("نفس النص").build());

        assertThat(description).startsWith("Bad Request: message is not modified");
        onlyViolation(Violation.Rule.EDIT_NOT_MODIFIED);
    }

    @Test
    void editingAMessageThatDoesNotExistIsRefused() {
        assertThat(refused(EditMessageText.builder().chatId(CHAT).messageId(77).text("x").build()))
                .isEqualTo("Bad Request: message to edit not found");
        onlyViolation(Violation.Rule.EDIT_MISSING);
    }

    @Test
    void answeringAnUnknownCallbackQueryIsRefused() {
        assertThat(refused(AnswerCallbackQuery.builder().callbackQueryId("123").build()))
                .startsWith("Bad Request: query is too old");
        onlyViolation(Violation.Rule.CALLBACK_ANSWER);
    }

    @Test
    void answeringACallbackQueryTwiceIsRefused() throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).text("x")
                .replyMarkup(FakeBotApiTest.keyboard("أكثر", "more")).build());
        String id = fake.updates().pressButton(READER, fake.message(CHAT, sent.getMessageId()).orElseThrow(), "أكثر")
                .callbackQueryId().orElseThrow();

        client.execute(AnswerCallbackQuery.builder().callbackQueryId(id).build());
        refused(AnswerCallbackQuery.builder().callbackQueryId(id).build());

        onlyViolation(Violation.Rule.CALLBACK_ANSWER);
        fake.assertEveryCallbackAnswered(Duration.ZERO);
    }

    @Test
    void anUnansweredCallbackQueryIsReported() throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(CHAT).text("x")
                .replyMarkup(FakeBotApiTest.keyboard("أكثر", "more")).build());
        fake.updates().pressButton(READER, fake.message(CHAT, sent.getMessageId()).orElseThrow(), "أكثر");

        assertThatThrownBy(() -> fake.assertEveryCallbackAnswered(Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("never answered");
        onlyViolation(Violation.Rule.CALLBACK_UNANSWERED);
    }

    @Test
    void anInlineAnswerWithMoreThanFiftyResultsOrDuplicateIdsIsRefused() {
        String query = fake.updates().inlineQuery(READER, "الطقس", "").inlineQueryId().orElseThrow();
        List<InlineQueryResult> results = IntStream.range(0, 51).mapToObj(i -> article("r" + i)).toList();

        assertThat(refused(AnswerInlineQuery.builder().inlineQueryId(query).results(results).build()))
                .contains("RESULTS_TOO_MUCH");
        onlyViolation(Violation.Rule.INLINE_ANSWER);

        assertThat(refused(AnswerInlineQuery.builder().inlineQueryId(query)
                .results(List.of(article("same"), article("same"))).build())).contains("RESULT_ID_DUPLICATE");
        onlyViolation(Violation.Rule.INLINE_ANSWER);
    }

    @Test
    void sendingFasterThanOneMessageASecondToAPrivateChatIsRecorded() throws TelegramApiException {
        for (int i = 0; i < 5; i++) {
            client.execute(SendMessage.builder().chatId(CHAT).text("رسالة " + i).build());
        }
        assertThat(fake.violations()).extracting(Violation::rule).containsOnly(Violation.Rule.RATE_PRIVATE_CHAT)
                .hasSizeGreaterThanOrEqualTo(1);
        fake.clearViolations();
    }

    @Test
    void limitsAreConfigurablePerTest() throws TelegramApiException {
        try (FakeBotApi relaxed = FakeBotApi.start(FakeOptions.defaults().withLimits(RateLimits.NONE));
                RealClient relaxedClient = RealClient.of(relaxed)) {
            relaxed.knowChat(FakeChat.privateWith(READER));
            for (int i = 0; i < 5; i++) {
                relaxedClient.telegram().execute(SendMessage.builder().chatId(CHAT).text("رسالة " + i).build());
            }
            relaxed.assertNoViolations();
        }
    }

    private String refused(BotApiMethod<?> method) {
        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(method));
        assertThat(e).as("Telegram would refuse %s", method).isNotNull();
        assertThat(e.getErrorCode()).isEqualTo(400);
        return e.getApiResponse();
    }

    private Violation onlyViolation(Violation.Rule rule) {
        List<Violation> all = fake.violations();
        assertThat(all).extracting(Violation::rule).containsExactly(rule);
        fake.clearViolations();
        return all.get(0);
    }

    private static InlineQueryResult article(String id) {
        return InlineQueryResultArticle.builder().id(id).title("عنوان")
                .inputMessageContent(InputTextMessageContent.builder().messageText("نص").build()).build();
    }
}
