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
 * "How many" is answered by the figure the story's headline gives: a body sentence that gives
 * other figures (an earlier verdict, another count) is no direct answer; one that gives the
 * headline's figure, even more precisely than the rounded headline, is.
 */
class DirectAnswerFigureTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 9, 10, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private static final String QUESTION = "الوزير فلان الفلاني اتحكم عليه بكام سنة في قضية الكسب غير المشروع؟";
    private static final String EARLIER = "وصدر الحكم الأول ضد الوزير فلان الفلاني بالسجن 5 سنوات بتهمة الكسب غير المشروع في القضية.";

    @TempDir
    Path dir;

    private Answer ask(String headline, String body) throws IOException {
        return askOver(dir, List.of(arabic("verdict", "2018-09-09T10:00:00Z", headline, body)), QUESTION, NOW);
    }

    @Test
    void aSentenceGivingAnotherFigureThanTheHeadlineIsNoDirectAnswer() throws IOException {
        Answer a = ask("محكمة تقضي بسجن الوزير فلان الفلاني 3 سنوات في قضية الكسب غير المشروع", EARLIER);

        assertThat(a.stories()).extracting(Story::articleId).containsExactly("verdict");
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSentenceGivingTheHeadlinesFigureIsTheDirectAnswer() throws IOException {
        Answer a = ask("محكمة تقضي بسجن الوزير فلان الفلاني 5 سنوات في قضية الكسب غير المشروع", EARLIER);

        assertThat(a.directAnswer()).contains(EARLIER);
    }

    @Test
    void aCountOfThingsIsNotAnsweredByASentenceCountingOnlyTime() throws IOException {
        String months = "ويقام معرض ألف ليلة وليلة في متحف قصر الأمير بالمنيل، وتروي كل لوحة فيه قصة من الليالي، "
                + "وتستمر فعالياته لمدة أربعة أشهر.";
        String paintings = "ويضم معرض ألف ليلة وليلة في متحف قصر الأمير بالمنيل 115 لوحة، تروي كل لوحة قصة من الليالي.";
        String question = "معرض ألف ليلة وليلة اللي في قصر الأمير بالمنيل فيه كام لوحة؟";
        String headline = "\"ألف ليلة وليلة\" حكايات ترويها لوحات نادرة لأسرة الأمير";

        Answer time = askOver(dir, TestArticles.amongOtherNews(40, "2018-08", arabic("months", "2018-09-09T10:00:00Z", headline,
                months)), question, NOW);
        // a story that speaks of the paintings and counts none of them does not say how many
        assertThat(time.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(time.directAnswer()).isEmpty();
        assertThat(time.related()).extracting(SourceLink::headline).first().isEqualTo(headline);

        Answer count = askOver(dir.resolve("count"), TestArticles.amongOtherNews(40, "2018-08",
                arabic("count", "2018-09-09T10:00:00Z", headline, paintings)), question, NOW);
        assertThat(count.directAnswer()).contains(paintings);
    }
}
