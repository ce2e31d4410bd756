package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tennis report headlined with one player ("أزارينكا تتألق في مدريد") that scores her match against
 * the other player asked in its opening sentences, where she is "لاعبة روسيا البيضاء", tells their
 * result. The same report's later sentences, which list the day's other matches, tell no match of
 * hers against a player scored there.
 */
class ScoredOpeningTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 5, 7, 12, 0, 0, 0, ZoneId.of("Europe/Madrid"));

    @TempDir
    Path dir;

    private static final Article MADRID = arabic("madrid", "2026-05-07T02:00:00Z", "أزارينكا تتألق في مدريد وتأهل المصنفات الأوليات",
            "فازت فيكتوريا أزارينكا المصنفة الأولى عالميا سابقا بأول مباراة على الملاعب الرملية في عامين في الدور الأول لبطولة مدريد المفتوحة للتنس. "
                    + "وافتتحت لاعبة روسيا البيضاء مشوارها في البطولة بالفوز 6-3و6-3 على الصربية ألكسندرا كرونيتش في الدور الأول. "
                    + "وقالت أزارينكا في مقابلة بجانب الملعب إنها سعيدة بالفوز. "
                    + "وتنضم إلى أزارينكا في الدور الثاني كل من سيمونا هاليب وكارولين وزنياكي بعد فوزهن بسهولة في الدور الأول. "
                    + "وانتصرت هاليب بسهولة على الروسية إيكاترينا مكاروفا 6-1 و6-صفر.");

    private Answer ask(String question) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-04", question, NOW, MADRID);
    }

    @Test
    void theHeadlinesPlayerScoredAgainstTheOtherInTheOpeningIsTheirResult() throws IOException {
        assertThat(ask("أزارينكا ضد كرونيتش في مدريد، مين فاز وكم النتيجة؟").stories())
                .extracting(Story::articleId).first().isEqualTo("madrid");
    }

    @Test
    void anotherMatchScoredLaterInTheReportIsNotHers() throws IOException {
        assertThat(ask("أزارينكا ضد مكاروفا في مدريد، مين فاز وكم النتيجة؟").kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }
}
