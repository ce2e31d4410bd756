package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.bot.TelegramHtmlValidator.Parsed;
import com.nabaa.conversation.Rich;
import com.nabaa.news.Language;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic text reads right to left when Latin names, numbers or URLs are mixed in, and English the other way. */
class RightToLeftTest {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    private static String html(Rich message, Language language) {
        List<String> parts = TelegramHtml.render(message, language);
        assertThat(parts).hasSize(1);
        TelegramHtmlValidator.check(parts.getFirst());
        return parts.getFirst();
    }

    private static String arabic(String text) {
        return html(Rich.plain(text), Language.ARABIC);
    }

    @Test
    void aLineThatBeginsWithALatinNameGetsARightToLeftMark() {
        assertThat(arabic("Reuters: قالت الوكالة إن الاجتماع انتهى"))
                .isEqualTo(RLM + "Reuters: قالت الوكالة إن الاجتماع انتهى");
    }

    @Test
    void aLineThatBeginsWithAnArabicLetterGetsNoMark() {
        assertThat(arabic("قالت Reuters إن الاجتماع انتهى")).isEqualTo("قالت Reuters إن الاجتماع انتهى");
    }

    @Test
    void aLineThatBeginsWithADigitThenALatinWordGetsAMark() {
        assertThat(arabic("2024 Olympics في باريس")).isEqualTo(RLM + "2024 Olympics في باريس");
        assertThat(arabic("«BBC» تقول")).isEqualTo(RLM + "«BBC» تقول");
    }

    @Test
    void aLineThatBeginsWithADigitThenArabicGetsNoMark() {
        assertThat(arabic("2024 عام الانتخابات")).isEqualTo("2024 عام الانتخابات");
    }

    @Test
    void everyLineAndEveryParagraphIsMarkedOnItsOwn() {
        Rich message = Rich.builder().plain("عنوان الخبر\nBBC قالت\nقال Trump\n  CNN أيضا").paragraph()
                .plain("Al Jazeera").build();
        assertThat(html(message, Language.ARABIC))
                .isEqualTo("عنوان الخبر\n" + RLM + "BBC قالت\nقال Trump\n" + RLM + "  CNN أيضا\n\n"
                        + RLM + "Al Jazeera");
    }

    @Test
    void aMarkInAFormattedSpanGoesBetweenEntitiesNotInsideOne() {
        Rich message = Rich.builder().bold("عاجل\nTrump يقول").build();
        assertThat(html(message, Language.ARABIC)).isEqualTo("<b>عاجل\n</b>" + RLM + "<b>Trump يقول</b>");
    }

    @Test
    void aLineThatBeginsWithALinkGetsItsMarkOutsideTheLinkAndItsAddress() {
        Rich message = Rich.builder().link("https://bbc.com/arabic", "https://bbc.com/arabic").plain(" تقرير").build();
        String html = html(message, Language.ARABIC);
        assertThat(html).isEqualTo(RLM + "<a href=\"https://bbc.com/arabic\">https://bbc.com/arabic</a> تقرير");
        assertThat(TelegramHtmlValidator.check(html).hrefs()).containsExactly("https://bbc.com/arabic");
    }

    @Test
    void blankLinesAndLinesWithoutLettersGetNoMark() {
        assertThat(arabic("عنوان\n\n   \n2024-05-01 10:30\n📰 ١٢")).isEqualTo("عنوان\n\n   \n2024-05-01 10:30\n📰 ١٢");
    }

    @Test
    void aLineAlreadyOpenedByAMarkIsNotMarkedAgain() {
        assertThat(arabic(RLM + "Reuters تقول")).isEqualTo(RLM + "Reuters تقول");
    }

    @Test
    void anEnglishMessageMarksLinesThatBeginWithArabicLeftToRight() {
        Rich message = Rich.plain("الجزيرة reported the talks\nReuters said so\n2024 بيان");
        assertThat(html(message, Language.ENGLISH))
                .isEqualTo(LRM + "الجزيرة reported the talks\nReuters said so\n" + LRM + "2024 بيان");
    }

    @Test
    void aMessageInAnotherLanguageIsLeftAsItIs() {
        assertThat(html(Rich.plain("Reuters قالت\nقالت Reuters"), Language.OTHER))
                .isEqualTo("Reuters قالت\nقالت Reuters");
    }

    @Test
    void aPieceCutBeforeALatinNameStaysRightToLeftAndItsMarkFitsTheLimit() {
        // Every sentence but the first opens with a Latin name; cuts fall between sentences.
        String paragraph = "بدأت القمة. "
                + String.join(" ", Collections.nCopies(300, "BBC: قال الوزير إن المحادثات مستمرة."));
        List<String> html = TelegramHtml.render(Rich.plain(paragraph), Language.ARABIC);
        assertThat(html).hasSizeGreaterThan(2);
        assertThat(html.getFirst()).startsWith("بدأت");
        for (String part : html.subList(1, html.size())) {
            Parsed parsed = TelegramHtmlValidator.check(part);
            assertThat(parsed.text()).startsWith(RLM + "BBC:");
            assertThat(parsed.text().length()).isLessThanOrEqualTo(MessageSplit.LENGTH_BUDGET);
        }
    }

    @Test
    void theMarkCountsTowardTheLength() {
        // A Latin word longer than a message in an Arabic message: every piece is cut hard and gets a mark.
        List<String> html = TelegramHtml.render(Rich.plain("x".repeat(12_000)), Language.ARABIC);
        assertThat(html).hasSize(4);
        for (String part : html) {
            Parsed parsed = TelegramHtmlValidator.check(part);
            assertThat(parsed.text()).startsWith(RLM + "x");
            assertThat(parsed.text().length()).isLessThanOrEqualTo(MessageSplit.LENGTH_BUDGET);
        }
    }
}
