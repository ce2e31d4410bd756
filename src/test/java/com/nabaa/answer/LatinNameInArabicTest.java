package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Arabic question naming a team in Latin letters ("warriors ضد كافاليرز") is searched in the
 * Arabic the news writes it in (وريورز), not in the glossary's sense of the English word (محارب), and
 * its last match comes first.
 */
class LatinNameInArabicTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 9, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    @Test
    void aTeamTypedInLatinLettersIsFoundInItsArabicSpelling() throws IOException {
        List<Article> news = TestArticles.amongOtherNews(40, "2026-05",
                arabic("final", "2026-06-09T03:00:00Z", "وريورز يسحق كافاليرز ويحتفظ بلقب دوري السلة",
                        "توج وريورز بلقب دوري كرة السلة للمرة الثانية على التوالي، والثالثة في آخر أربعة مواسم، بعدما "
                                + "اكتسح مضيفه كافاليرز 108-85 في المباراة الرابعة من النهائي."),
                arabic("game-3", "2026-06-06T03:00:00Z", "وريورز يقترب من اللقب بفوز ثالث على كافاليرز",
                        "فاز وريورز على كافاليرز 110-102 في المباراة الثالثة من النهائي."),
                arabic("game-2", "2026-06-04T03:00:00Z", "وريورز يهزم كافاليرز مجددا",
                        "هزم وريورز كافاليرز 122-103 في المباراة الثانية من النهائي."),
                arabic("warriors", "2026-05-20T03:00:00Z", "محاربون قدامى يطالبون بزيادة المعاشات",
                        "طالب محاربون قدامى بزيادة معاشاتهم في مسيرة وسط العاصمة."));

        Answer a = askOver(dir, news, "warriors ضد كافاليرز آخر ماتش بالنهائي كم خلص؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        // the last match: its headline sets the sides against each other over a lead whose score is far from them
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("final");
        assertThat(a.stories()).extracting(Story::articleId).doesNotContain("warriors");
    }
}
