package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.conversation.Rich;
import com.nabaa.news.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a message looks like in Telegram's HTML; direction marks are {@link RightToLeftTest}'s. */
class TelegramHtmlTest {

    /** The message as one HTML text, checked by the independent validator. */
    private static String html(Rich message) {
        List<String> parts = TelegramHtml.render(message, Language.OTHER);
        assertThat(parts).hasSize(1);
        TelegramHtmlValidator.check(parts.getFirst());
        return parts.getFirst();
    }

    /** The text Telegram shows for the message. */
    private static String shown(Rich message) {
        return TelegramHtmlValidator.check(html(message)).text();
    }

    @Test
    void escapesAngleBracketsAndAmpersandsFromArticles() {
        Rich article = Rich.plain("قال <b>المتحدث</b> إن AT&T & Co > 3");
        assertThat(html(article)).isEqualTo("قال &lt;b&gt;المتحدث&lt;/b&gt; إن AT&amp;T &amp; Co &gt; 3");
        assertThat(shown(article)).isEqualTo("قال <b>المتحدث</b> إن AT&T & Co > 3");
    }

    @Test
    void escapesTheTextInsideFormattingToo() {
        Rich message = Rich.builder().bold("<i>").italic("a&b").link("</a>", "https://example.com").build();
        assertThat(html(message))
                .isEqualTo("<b>&lt;i&gt;</b><i>a&amp;b</i><a href=\"https://example.com\">&lt;/a&gt;</a>");
    }

    @Test
    void writesBoldItalicAndLinks() {
        Rich message = Rich.builder().bold("عاجل").plain(": ").italic("تحديث").plain(" ")
                .link("الخبر", "https://example.com/news?id=1&lang=ar").build();
        assertThat(html(message)).isEqualTo("<b>عاجل</b>: <i>تحديث</i> "
                + "<a href=\"https://example.com/news?id=1&amp;lang=ar\">الخبر</a>");
        assertThat(TelegramHtmlValidator.check(html(message)).hrefs())
                .containsExactly("https://example.com/news?id=1&lang=ar");
    }

    @Test
    void aQuoteInAnAddressCannotCloseTheAttribute() {
        String hostile = "https://example.com/\" onclick=\"x\"><b>";
        String html = html(Rich.builder().link("الخبر", hostile).build());
        assertThat(html)
                .isEqualTo("<a href=\"https://example.com/&quot;%20onclick=&quot;x&quot;&gt;&lt;b&gt;\">الخبر</a>");
        assertThat(TelegramHtmlValidator.check(html).hrefs()).containsExactly(hostile.replace(" ", "%20"));
    }

    @Test
    void aJavascriptLinkFromAHostileFeedIsPlainText() {
        for (String url : List.of("javascript:alert(1)", " JavaScript:alert(document.cookie)",
                "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "/news/1", "vbscript:msgbox", "https://",
                "https://example.com/a b\tc")) {
            Rich message = Rich.builder().plain("المصدر: ").link("اضغط هنا", url).build();
            assertThat(html(message)).as(url).isEqualTo("المصدر: اضغط هنا");
        }
    }

    @Test
    void webAndTelegramLinksStayLinks() {
        for (String url : List.of("https://example.com", "HTTP://EXAMPLE.COM/x", "tg://resolve?domain=nabaa",
                "https://www.aljazeera.net/news/2024/1/1/العنوان")) {
            assertThat(TelegramHtmlValidator.check(html(Rich.builder().link("رابط", url).build())).hrefs())
                    .as(url).containsExactly(url);
        }
    }

    @Test
    void aLinkWithoutTextShowsItsAddress() {
        assertThat(html(Rich.builder().link(" ", "https://example.com").build()))
                .isEqualTo("<a href=\"https://example.com\">https://example.com</a>");
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        Rich message = Rich.builder().plain("الفقرة الأولى").paragraph().bold("الفقرة الثانية").build();
        assertThat(html(message)).isEqualTo("الفقرة الأولى\n\n<b>الفقرة الثانية</b>");
    }

    @Test
    void blankParagraphsAndTheWhiteSpaceAroundParagraphsAreDropped() {
        Rich message = Rich.builder().plain("\n  الأولى  \n").paragraph().plain(" \n\t")
                .paragraph().plain("\u200F\u200B").paragraph().bold(" ").plain("الثانية").build();
        assertThat(html(message)).isEqualTo("الأولى\n\nالثانية");
        assertThat(TelegramHtml.render(Rich.plain(" \n\u0000 "), Language.ARABIC)).isEmpty();
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(shown(Rich.plain("خبر\u0000عاجل\u001b[0m\u0007\tسطر\nآخر\u007f\u009b")))
                .isEqualTo("خبرعاجل[0m\tسطر\nآخر");
    }

    @Test
    void carriageReturnsAndUnicodeLineSeparatorsBecomeLineBreaks() {
        assertThat(shown(Rich.plain("أ\r\nب\rج\u2028د\u2029هـ\u0085و"))).isEqualTo("أ\nب\nج\nد\nهـ\nو");
    }

    @Test
    void dropsUnpairedSurrogatesAndKeepsPairs() {
        assertThat(shown(Rich.plain("أ\uD83Dب\uDE00ج 😀"))).isEqualTo("أبج 😀");
        assertThat(shown(Rich.plain("نهاية\uD83D"))).isEqualTo("نهاية");
    }

    @Test
    void dropsBidiOverridesEmbeddingsAndIsolatesFromInput() {
        assertThat(shown(Rich.plain("ملف \u202Egpj.exe\u202C و\u202A\u202B\u202D\u2066x\u2067\u2068\u2069")))
                .isEqualTo("ملف gpj.exe وx");
        String html = html(Rich.builder().link("صورة", "https://example.com/\u202Egpj.exe").build());
        assertThat(TelegramHtmlValidator.check(html).hrefs()).containsExactly("https://example.com/gpj.exe");
    }

    @Test
    void keepsArabicHarakatEmojiZwjZwnjAndDirectionMarks() {
        String text = "مُحَمَّد 👨‍👩‍👧 مي\u200Cخواهم \u200Fو\u061C ١٢٣ 🇸🇦";
        assertThat(shown(Rich.plain(text))).isEqualTo(text);
    }

    @Test
    void theOnlyLinkIsFoundWhenEveryLinkPointsToOneAddress() {
        Rich story = Rich.builder().link("العنوان", "https://example.com/1").plain(" ")
                .link("التفاصيل", "https://example.com/1").link("خبيث", "javascript:x").build();
        assertThat(TelegramHtml.onlyLink(story)).contains("https://example.com/1");
        Rich list = Rich.builder().link("أ", "https://example.com/1").link("ب", "https://example.com/2").build();
        assertThat(TelegramHtml.onlyLink(list)).isEmpty();
        assertThat(TelegramHtml.onlyLink(Rich.plain("لا روابط"))).isEmpty();
    }

    @Test
    void theValidatorRefusesWhatTelegramRefuses() {
        for (String bad : List.of("AT&T", "a < b", "a > b", "&nbsp;", "<b>unclosed", "<b><i>crossed</b></i>",
                "<script>x</script>", "<a href='x'>single quotes</a>", "<a href=\"javascript:x\">x</a>",
                "<b class=\"x\">x</b>", "<b></b>", "\u202Eoverride", "nul\u0000", "x".repeat(4_097), "<b>x</b>".repeat(101),
                " \n ")) {
            assertThatThrownBy(() -> TelegramHtmlValidator.check(bad)).as(bad).isInstanceOf(AssertionError.class);
        }
        String valid = "<b>a &amp; <i>b</i></b> &#1576;&#x628; <a href=\"https://x.com/?a=1&amp;b\">c</a>";
        assertThat(TelegramHtmlValidator.check(valid))
                .isEqualTo(new TelegramHtmlValidator.Parsed("a & b بب c", 3, List.of("https://x.com/?a=1&b")));
    }
}
