package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Length, emptiness and entity count, counted after parsing as Telegram counts them. */
class TextRulesTest {
    private static final Optional<String> HTML = Optional.of("HTML");

    private static TextRules.Checked html(String text) {
        return TextRules.check(text, HTML, Optional.empty(), TextRules.MESSAGE_LIMIT);
    }

    @Test
    void lengthIsCountedAfterTagsAndEntitiesAreRemoved() {
        String text = "<b>" + "&amp;".repeat(4096) + "</b>";
        assertThat(html(text).problems()).isEmpty();
        assertThat(html(text + "x").refusal()).hasValueSatisfying(
                p -> assertThat(p.rule()).isEqualTo(Violation.Rule.TEXT_TOO_LONG));
    }

    @Test
    void emojiCountTwiceTowardsTheLimit() {
        assertThat(html("😀".repeat(2048)).problems()).isEmpty();
        assertThat(html("😀".repeat(2048) + "x").refusal()).isPresent();
    }

    @Test
    void textWithOnlyTagsOrSpacesIsEmpty() {
        assertThat(html("<b> </b>").refusal()).hasValueSatisfying(
                p -> assertThat(p.description()).isEqualTo("message text is empty"));
    }

    @Test
    void moreThanOneHundredEntitiesIsRecordedButNotRefused() {
        TextRules.Checked checked = html("<b>x</b> ".repeat(101));
        assertThat(checked.problems()).extracting(TextRules.Problem::rule)
                .containsExactly(Violation.Rule.TOO_MANY_ENTITIES);
        assertThat(checked.refusal()).isEmpty();
        assertThat(html("<b>x</b> ".repeat(100)).problems()).isEmpty();
    }

    @Test
    void plainTextIsMeasuredAsIs() {
        assertThat(TextRules.check("a < b & c", Optional.empty(), Optional.empty(), TextRules.MESSAGE_LIMIT)
                .problems()).isEmpty();
    }

    @Test
    void anUnknownParseModeIsRefused() {
        assertThat(TextRules.check("x", Optional.of("BBCode"), Optional.empty(), TextRules.MESSAGE_LIMIT)
                .refusal()).isPresent();
    }
}
