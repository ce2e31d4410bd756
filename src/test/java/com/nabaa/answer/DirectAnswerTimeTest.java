package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A direct answer tells of the question's time: a sentence about an accident of 1993 does not give
 * the toll of this year's, while a win "for the first time since 2006" is this year's win.
 */
class DirectAnswerTimeTest {
    private static final ZonedDateTime OCTOBER_2018 = ZonedDateTime.of(2018, 10, 17, 12, 0, 0, 0, ZoneId.of("Africa/Casablanca"));

    @TempDir
    Path dir;

    private Answer ask(String question, String title, String body) throws IOException {
        return askOver(dir, List.of(arabic("crash", "2018-10-16T18:00:00Z", title, body)), question, OCTOBER_2018);
    }

    @Test
    void aSentenceAboutAnotherYearsAccidentIsNoDirectAnswer() throws IOException {
        Answer a = ask("كم قتيل في حادث القطار بالمغرب؟", "انقلاب قطار في المغرب",
                "قال المسؤول إن حادث القطار بالمغرب هو الأسوأ منذ اصطدام قطارين سنة 1993 ما أدى إلى مقتل 15 قتيل.");

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("crash");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theSameSentenceAboutThisYearsAccidentIsTheDirectAnswer() throws IOException {
        Answer a = ask("كم قتيل في حادث القطار بالمغرب؟", "انقلاب قطار في المغرب",
                "قال المسؤول إن حادث القطار بالمغرب أدى إلى مقتل 7 قتيل وإصابة العشرات.");

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("7"));
    }

    @Test
    void aYearCountedFromIsNotTheTimeTheSentenceTellsOf() throws IOException {
        Answer a = ask("كم قتيل في حادث القطار بالمغرب؟", "أسوأ حادث قطار في المغرب منذ 1993",
                "قال المسؤول إن حادث القطار بالمغرب أدى إلى مقتل 7 قتيل، وهو الأسوأ منذ عام 1993.");

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("7"));
    }

    @Test
    void aFiscalYearAskedIsNotAnsweredByTheYearBefore() throws IOException {
        Answer a = askOver(dir, List.of(arabic("canal", "2018-07-20T10:00:00Z", "إيرادات قناة السويس",
                        "وبلغت إيرادات قناة السويس 4.95 مليار دولار في السنة المالية 2016-2017، وفقا لبيانات البنك المركزي.")),
                "كم بلغت إيرادات قناة السويس في السنة المالية 2017-2018؟", OCTOBER_2018);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("canal");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void theFiscalYearAskedIsTheDirectAnswer() throws IOException {
        Answer a = askOver(dir, List.of(arabic("canal", "2018-07-20T10:00:00Z", "إيرادات قناة السويس",
                        "وبلغت إيرادات قناة السويس 5.585 مليار دولار في السنة المالية 2017-2018، وفقا لبيانات البنك المركزي.")),
                "كم بلغت إيرادات قناة السويس في السنة المالية 2017-2018؟", OCTOBER_2018);

        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("5.585"));
    }
}
