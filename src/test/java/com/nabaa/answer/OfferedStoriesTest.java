package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;
import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When nothing of the day the reader named answers, or nothing recent answers a question about
 * now, stories of another time are offered only when they tell of what was asked. A story of another
 * day that shares part of the question is not offered: the reader is told that nothing answers,
 * and sees it among the related headlines, with its date.
 */
class OfferedStoriesTest {
    @TempDir
    Path dir;

    private static final Article CONCERT = arabic("concert", "2026-11-10T20:00:00Z",
            "عمرو دياب يحيي حفلة في الساحل الشمالي",
            "أحيا الفنان عمرو دياب حفلة غنائية في الساحل الشمالي حضرها آلاف من جمهوره.");
    private static final String ALBUM_TITLE = "عمرو دياب يطرح ألبومه الجديد";
    private static final String ALBUM_TEXT = "طرح الفنان عمرو دياب ألبومه الجديد قبل حفلة رأس السنة، وتصدر الألبوم قوائم الاستماع.";
    /** The album, two weeks before the reader's clock: it tells of a concert, not of one on the coast. */
    private static final Article ALBUM = arabic("album", "2026-11-10T20:00:00Z", ALBUM_TITLE, ALBUM_TEXT);
    /** The coast is a word the news knows, so the album story is a partial match, not one of an unknown topic. */
    private static final Article COAST = arabic("coast", "2026-10-01T08:00:00Z", "طقس معتدل على الساحل",
            "يسود طقس معتدل على الساحل الشمالي مع رياح خفيفة، وتقام فيه حفلة كل صيف.");
    private static final String QUESTION = "حفلة عمرو دياب في الساحل امبارح";

    @Test
    void aStoryOfAnotherDayTellingOfWhatWasAskedIsOffered() throws IOException {
        Answer a = askOver(dir, List.of(CONCERT, ALBUM, COAST), QUESTION, NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.UNDATED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("concert");
    }

    @Test
    void aStoryOfAnotherDaySharingOnlyPartOfTheQuestionIsNotOffered() throws IOException {
        Answer a = askOver(dir, List.of(ALBUM, COAST), QUESTION, NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.stories()).isEmpty();
        assertThat(a.related()).extracting(SourceLink::url).contains("https://news.nabaa.example/album");
        assertThat(a.missing()).containsExactly("الساحل");
    }

    @Test
    void theSamePartialStoryOfTheDayNamedIsStillTheAnswer() throws IOException {
        Article yesterday = arabic("album", "2026-11-24T20:00:00Z", ALBUM_TITLE, ALBUM_TEXT);

        Answer a = askOver(dir, List.of(yesterday, COAST), QUESTION, NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("album");
        assertThat(a.stories().get(0).missing()).containsExactly("الساحل");
    }
}
