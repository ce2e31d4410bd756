package com.nabaa.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a typed topic reads: words, -exclusions, section: and source: filters. */
class TopicSpecTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    private static TopicSpec parse(String typed) {
        return TopicSpec.parse(typed, NOW);
    }

    private static InvalidTopicException.Reason refused(String typed) {
        try {
            parse(typed);
        } catch (InvalidTopicException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + typed);
    }

    @Test
    void wordsAndExclusions() {
        TopicSpec s = parse("  الانتخابات   -مصر البرلمانية ");

        assertThat(s.typed()).isEqualTo("الانتخابات -مصر البرلمانية");
        assertThat(s.words()).isEqualTo("الانتخابات البرلمانية");
        assertThat(s.exclusions()).containsExactly("مصر");
        assertThat(s.section()).isEmpty();
        assertThat(s.source()).isEmpty();
    }

    @Test
    void aSectionByAnyOfItsNamesInArabicOrEnglish() {
        assertThat(parse("الدوري قسم:رياضة").section()).contains("sport");
        assertThat(parse("الدوري section:sport").section()).contains("sport");
        assertThat(parse("البورصة القسم:الاقتصاد").section()).contains("economy");
        assertThat(parse("أخبار الرياضة").section()).as("named as a question names it").contains("sport");
    }

    @Test
    void aSourceQuotedOrWithUnderscores() {
        assertThat(parse("النفط source:\"Sky News\"").source()).contains("Sky News");
        assertThat(parse("النفط مصدر:«سكاي نيوز»").source()).contains("سكاي نيوز");
        assertThat(parse("النفط source:Sky_News").source()).contains("Sky News");
        assertThat(parse("source:skynews").words()).isEmpty();
    }

    @Test
    void aTimeOrALinkIsAWordNotAFilter() {
        assertThat(parse("10:30 الموعد").words()).isEqualTo("10:30 الموعد");
        assertThat(parse("10:30 الموعد").source()).isEqualTo(Optional.empty());
    }

    @Test
    void refusesAnUnknownSectionNothingToFollowAndTooMuch() {
        assertThat(refused("الدوري section:طبخ")).isEqualTo(InvalidTopicException.Reason.UNKNOWN_SECTION);
        assertThat(refused("-مصر")).isEqualTo(InvalidTopicException.Reason.NO_WORDS);
        assertThat(refused("   ")).isEqualTo(InvalidTopicException.Reason.NO_WORDS);
        assertThat(refused("كلمة ".repeat(11))).isEqualTo(InvalidTopicException.Reason.TOO_LONG);
        assertThatThrownBy(() -> parse("س".repeat(201))).isInstanceOf(InvalidTopicException.class);
    }
}
