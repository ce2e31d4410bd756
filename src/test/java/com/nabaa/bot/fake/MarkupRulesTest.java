package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link MarkupRules}, on inline keyboards written as Telegram's JSON. */
class MarkupRulesTest {

    private static List<String> check(String buttons) {
        return MarkupRules.check(Json.parse("{\"inline_keyboard\":[" + buttons + "]}"));
    }

    @Test
    void callbackAndUrlButtonsPass() {
        assertThat(check("[{\"text\":\"أكثر\",\"callback_data\":\"more:1\"},"
                + "{\"text\":\"المصدر\",\"url\":\"https://e.x/a\"}]")).isEmpty();
    }

    @Test
    void callbackDataIsMeasuredInUtf8Bytes() {
        assertThat(check("[{\"text\":\"a\",\"callback_data\":\"" + "ع".repeat(32) + "\"}]")).isEmpty();
        assertThat(check("[{\"text\":\"a\",\"callback_data\":\"" + "ع".repeat(32) + "x\"}]"))
                .singleElement().asString().startsWith("BUTTON_DATA_INVALID").contains("65 bytes");
    }

    @Test
    void aButtonNeedsExactlyOneAction() {
        assertThat(check("[{\"text\":\"a\"}]")).singleElement().asString().contains("Text buttons are unallowed");
        assertThat(check("[{\"text\":\"a\",\"url\":\"https://e.x\",\"callback_data\":\"b\"}]"))
                .singleElement().asString().contains("several actions");
    }

    @Test
    void aButtonNeedsText() {
        assertThat(check("[{\"text\":\"\",\"callback_data\":\"b\"}]")).singleElement().asString()
                .startsWith("BUTTON_TEXT_EMPTY");
    }

    @Test
    void urlsAreHttpOrTg() {
        assertThat(check("[{\"text\":\"a\",\"url\":\"javascript:alert(1)\"}]")).singleElement().asString()
                .startsWith("BUTTON_URL_INVALID");
    }

    @Test
    void atMostOneHundredButtons() {
        String row = "[" + String.join(",", Collections.nCopies(101, "{\"text\":\"a\",\"callback_data\":\"b\"}"))
                + "]";
        assertThat(check(row)).singleElement().asString().startsWith("reply markup is too long");
    }

    @Test
    void replyKeyboardsAreNotInlineKeyboards() {
        assertThat(MarkupRules.check(Json.parse("{\"remove_keyboard\":true}"))).isEmpty();
    }
}
