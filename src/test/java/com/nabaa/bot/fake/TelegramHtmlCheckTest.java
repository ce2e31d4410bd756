package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link TelegramHtmlCheck}, through {@link #accepts} and {@link #rejects}. */
class TelegramHtmlCheckTest {

    private static TelegramHtmlCheck.Parsed accepts(String html, String text) {
        TelegramHtmlCheck.Parsed parsed = TelegramHtmlCheck.parse(html);
        assertThat(parsed.error()).as("error for %s", html).isEmpty();
        assertThat(parsed.text()).isEqualTo(text);
        return parsed;
    }

    private static void rejects(String html, String because) {
        assertThat(TelegramHtmlCheck.parse(html).error()).as("error for %s", html).hasValueSatisfying(
                error -> assertThat(error).startsWith("can't parse entities: ").contains(because));
    }

    @Test
    void acceptsBoldAndALinkWithAnEscapedAmpersandInItsHref() {
        TelegramHtmlCheck.Parsed parsed = accepts("<b>x</b> <a href=\"https://e.x/?a=1&amp;b=2\">y</a>", "x y");
        assertThat(parsed.entities()).containsExactly(
                new TelegramHtmlCheck.Entity("bold", 0, 1, Map.of()),
                new TelegramHtmlCheck.Entity("text_link", 2, 1, Map.of("url", "https://e.x/?a=1&b=2")));
    }

    @Test
    void acceptsEveryTagTelegramDocuments() {
        accepts("<b>1</b><strong>2</strong><i>3</i><em>4</em><u>5</u><ins>6</ins><s>7</s><strike>8</strike>"
                + "<del>9</del><span class=\"tg-spoiler\">a</span><tg-spoiler>b</tg-spoiler>"
                + "<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji><code>c</code><pre>d</pre>"
                + "<blockquote>e</blockquote><blockquote expandable>f</blockquote>", "123456789ab👍cdef");
    }

    @Test
    void acceptsNestedFormattingAndSingleQuotes() {
        TelegramHtmlCheck.Parsed parsed = accepts("<b>bold <i>both</i></b> <a href='tg://user?id=1'>u</a>",
                "bold both u");
        assertThat(parsed.entities()).extracting(TelegramHtmlCheck.Entity::type)
                .containsExactly("italic", "bold", "text_link");
    }

    @Test
    void preWithACodeLanguageIsOnePreEntityWithTheLanguage() {
        TelegramHtmlCheck.Parsed parsed = accepts("<pre><code class=\"language-java\">int x;</code></pre>", "int x;");
        assertThat(parsed.entities()).containsExactly(
                new TelegramHtmlCheck.Entity("pre", 0, 6, Map.of("language", "java")));
    }

    @Test
    void decodesTheFourNamedEntitiesAndNumericOnes() {
        accepts("a &lt; b &gt; c &amp; &quot;d&quot; &#1575; &#x1F600;", "a < b > c & \"d\" ا 😀");
    }

    @Test
    void rejectsAnUnsupportedTag() {
        rejects("<p>x</p>", "Unsupported start tag \"p\"");
    }

    @Test
    void rejectsCrossedTags() {
        rejects("<b><i>x</b></i>", "Unmatched end tag \"b\", expected \"</i>\"");
    }

    @Test
    void rejectsATagLeftOpen() {
        rejects("<b>x", "Can't find end tag corresponding to start tag \"b\"");
    }

    @Test
    void rejectsAnUnescapedLessThan() {
        rejects("a < b", "unescaped \"<\"");
    }

    @Test
    void rejectsAnUnescapedGreaterThan() {
        rejects("a > b", "unescaped \">\"");
    }

    @Test
    void rejectsABareAmpersand() {
        rejects("Q&A", "unescaped \"&\"");
    }

    @Test
    void rejectsNamedEntitiesBeyondTheFour() {
        rejects("a&nbsp;b", "Unsupported HTML entity \"&nbsp;\"");
    }

    @Test
    void rejectsALinkWithoutHref() {
        rejects("<a>x</a>", "tag \"a\" must have a non-empty href");
    }

    @Test
    void rejectsAnUnquotedAttribute() {
        rejects("<a href=https://e.x>x</a>", "is not quoted");
    }

    @Test
    void rejectsASpanThatIsNotASpoiler() {
        rejects("<span class=\"red\">x</span>", "span");
    }

    @Test
    void rejectsTagsInsideCode() {
        rejects("<code><b>x</b></code>", "tag \"b\" can't be inside \"code\"");
    }

    @Test
    void rejectsALanguageOutsidePre() {
        rejects("<code class=\"language-java\">x</code>", "language-x on a code in a pre");
    }

    @Test
    void rejectsNestedBlockquotes() {
        rejects("<blockquote>a<blockquote>b</blockquote></blockquote>", "can't be nested");
    }

    @Test
    void rejectsSelfClosingTags() {
        rejects("a<br/>b", "self-closing");
    }

    @Test
    void reportsTheByteOffsetOfTheErrorAsTelegramDoes() {
        rejects("خبر <p>", "at byte offset 7");
    }

    @Test
    void countsArabicAsOneUnitPerLetterAndEmojiAsTwo() {
        assertThat(accepts("<b>سلام</b>", "سلام").text()).hasSize(4);
        TelegramHtmlCheck.Parsed emoji = accepts("😀<i>x</i>", "😀x");
        assertThat(emoji.entities()).containsExactly(new TelegramHtmlCheck.Entity("italic", 2, 1, Map.of()));
    }

    @Test
    void emptySpansMakeNoEntity() {
        assertThat(accepts("a<b></b>", "a").entities()).isEmpty();
    }
}
