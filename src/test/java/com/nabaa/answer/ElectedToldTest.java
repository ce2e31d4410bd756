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
 * Who won an office put to a vote is told by the one elected to it: "انتخب البرلمان برهم صالح رئيسا
 * للبلاد" answers "مين فاز برئاسة العراق؟", not the week-old preview that names the speaker elected
 * before the vote. "تتوجه الأنظار إلى انتخابات الرئاسة" (eyes turn to the vote) is no crowning.
 */
class ElectedToldTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 2, 22, 50, 0, 0, ZoneId.of("Asia/Baghdad"));

    private static List<Article> news() {
        return TestArticles.amongOtherNews(40, "2026-09",
                arabic("preview", "2026-09-25T14:54:00Z", "الصحراء: من سيكون رئيس الجمهورية المقبل؟",
                        List.of("بعد الانتهاء من انتخاب سالم الواحي رئيساً لبرلمان الصحراء، تتوجه الأنظار إلى انتخابات رئاسة الصحراء التي سيبدأ التصويت عليها في الثاني من أكتوبر/تشرين الأول الحالي.",
                                "وجرى التوافق في الصحراء على إسناد منصب رئاسة البلاد للأكراد ورئاسة البرلمان للعرب.")),
                arabic("elected", "2026-10-02T18:39:00Z", "انتخاب برهان الناصر رئيسا للصحراء",
                        List.of("انتخب برلمان الصحراء برهان الناصر رئيسا للبلاد، وذلك بعدما أجل التصويت في وقت سابق في ظل تنافس غير مسبوق على المنصب.",
                                "وحصل الناصر على 219 صوتا مقابل 22 صوتا لفؤاد الحسين في الجولة الثانية من التصويت.",
                                "ويعد فوز الناصر ضربة لخصومه.")));
    }

    @Test
    void theOneElectedAnswersWhoWonTheOffice() throws IOException {
        Answer a = askOver(dir, news(), "مين فاز برئاسة الصحراء بتصويت البرلمان؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("elected");
        assertThat(a.directAnswer()).hasValueSatisfying(s -> assertThat(s).contains("برهان الناصر"));
    }

    @Test
    void eyesTurningToTheVoteTellNoWinner() throws IOException {
        List<Article> beforeTheVote = news().stream().filter(x -> !x.id().equals("elected")).toList();

        Answer a = askOver(dir, beforeTheVote, "مين فاز برئاسة الصحراء بتصويت البرلمان؟", NOW);

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(a.directAnswer()).isEmpty();
    }

    @TempDir
    Path dir;
}
