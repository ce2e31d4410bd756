package com.nabaa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final List<List<Button>> BUTTONS = List.of(
            List.of(Button.press("المزيد", "more:1"), Button.press("التفاصيل", "story:7")),
            List.of(Button.link("المصدر", "https://example.com/7")));

    @Test
    void boldAndItalicAreShownAsTheyAre() {
        assertThat(PlainText.render(Rich.builder().bold("عاجل").plain(": ").italic("تحديث").build()))
                .isEqualTo("عاجل: تحديث");
    }

    @Test
    void aLinkShowsItsTextThenItsAddress() {
        assertThat(PlainText.render(Rich.builder().plain("اقرأ ").link("الخبر", "https://example.com/1").build()))
                .isEqualTo("اقرأ الخبر (https://example.com/1)");
    }

    @Test
    void aLinkWhoseTextIsItsAddressShowsItOnce() {
        assertThat(PlainText.render(Rich.builder().link("https://example.com/1", "https://example.com/1").build()))
                .isEqualTo("https://example.com/1");
        assertThat(PlainText.render(Rich.builder().link("", "https://example.com/1").build()))
                .isEqualTo("https://example.com/1");
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertThat(PlainText.render(Rich.builder().plain("الأولى\nسطر").paragraph().plain("الثانية").build()))
                .isEqualTo("الأولى\nسطر\n\nالثانية");
    }

    @Test
    void buttonsAreNumberedChoicesAcrossRows() {
        assertThat(PlainText.renderButtons(BUTTONS))
                .isEqualTo("[1] المزيد  [2] التفاصيل\n[3] المصدر (https://example.com/7)");
        assertThat(PlainText.renderButtons(List.of())).isEmpty();
    }

    @Test
    void theNumberTypedPressesTheButtonShownWithIt() {
        assertThat(PlainText.choice(BUTTONS, 2)).contains(Button.press("التفاصيل", "story:7"));
        assertThat(PlainText.choice(BUTTONS, 3)).contains(Button.link("المصدر", "https://example.com/7"));
        assertThat(PlainText.choice(BUTTONS, 0)).isEmpty();
        assertThat(PlainText.choice(BUTTONS, 4)).isEmpty();
    }
}
