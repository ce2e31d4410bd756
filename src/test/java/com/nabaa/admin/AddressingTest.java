package com.nabaa.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom an announcement is for, as an admin writes it before the text. */
class AddressingTest {
    private static void check(String argument, Optional<Segment> segment, String text) {
        Addressing.Addressed a = Addressing.read(argument);
        assertThat(a.segment()).as(argument).isEqualTo(segment);
        assertThat(a.text()).as(argument).isEqualTo(text);
        a.segment().ifPresent(s -> assertThat(Addressing.segment(s.code())).isEqualTo(s));
    }

    @Test
    void plainTextGoesToEveryChat() {
        check("  الموقع متوقف الليلة ", Optional.of(new Segment.Everyone()), "الموقع متوقف الليلة");
    }

    @Test
    void aLanguageBeforeTheTextNarrowsItToTheChatsThatChoseIt() {
        check("lang:en Down tonight", Optional.of(new Segment.Readers(Language.ENGLISH)), "Down tonight");
        check("LANG:ar صيانة", Optional.of(new Segment.Readers(Language.ARABIC)), "صيانة");
    }

    @Test
    void aLanguageOtherThanArabicOrEnglishIsNoSegment() {
        check("lang:fr Bonjour", Optional.empty(), "Bonjour");
        check("lang:arabic مرحبا", Optional.empty(), "مرحبا");
    }

    @Test
    void aTopicTakesUnderscoresForSpaces() {
        check("topic:سد_النهضة بيان جديد", Optional.of(new Segment.Followers("سد النهضة")), "بيان جديد");
    }

    @Test
    void theTextKeepsItsLines() {
        check("lang:en First line\nSecond line", Optional.of(new Segment.Readers(Language.ENGLISH)),
                "First line\nSecond line");
    }

    @Test
    void aSegmentAloneHasNoText() {
        check("topic:الذهب", Optional.of(new Segment.Followers("الذهب")), "");
    }

    @Test
    void aColonLaterInTheTextIsText() {
        check("موعد الصيانة: الليلة", Optional.of(new Segment.Everyone()), "موعد الصيانة: الليلة");
    }
}
