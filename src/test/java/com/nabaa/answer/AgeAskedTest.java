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
 * A question asking someone's age ("كم عمرها؟"، "قديش كان عمرو"، "how old") is answered by a story
 * that gives one: the story of an actress's role does not tell how old she is, and a reader is
 * better told that nothing answers.
 */
class AgeAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static final Article ROLE = arabic("role", "2026-04-18T10:00:00Z",
            "من هي الممثلة السورية ليلى الحمصي في مسلسل الديوانية؟",
            "تؤدي الممثلة السورية ليلى الحمصي في مسلسل الديوانية دور زوجة شقيق البطل، وهو أول أدوارها في الدراما الخليجية.");

    @Test
    void anAgeIsNotAnsweredByAStoryThatGivesNone() throws IOException {
        assertThat(ask("ليلى الحمصي اللي تطلع في مسلسل الديوانية كم عمرها؟", ROLE).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aStoryGivingTheAgeAnswers() throws IOException {
        Article interview = arabic("interview", "2026-04-19T10:00:00Z",
                "ليلى الحمصي: مسلسل الديوانية فتح لي باب الدراما الخليجية",
                "قالت الممثلة السورية ليلى الحمصي، البالغة من العمر 34 عاما، إن دورها في مسلسل الديوانية فتح لها باب الدراما الخليجية.");

        assertThat(ask("ليلى الحمصي اللي تطلع في مسلسل الديوانية كم عمرها؟", ROLE, interview).stories())
                .extracting(Story::articleId).containsExactly("interview");
    }

    @Test
    void anAgeIsAskedInEachDialectAndGivenInFiguresOrWords() {
        assertThat(AnswerEvidence.asksAge("قديش كان عمرو لما توفى؟")).isTrue();
        assertThat(AnswerEvidence.asksAge("المقبرة اللي اكتشفوها عمرها كام سنة؟")).isTrue();
        assertThat(AnswerEvidence.asksAge("how old was she when she died")).isTrue();
        assertThat(AnswerEvidence.asksAge("وين راح عمر البشير؟")).as("عمر here is a name, and nothing asks how much").isFalse();
        assertThat(AnswerEvidence.asksAge("عمرو دياب غنى كم أغنية في الحفلة؟")).as("عمرو here is a name").isFalse();

        assertThat(AnswerEvidence.givesAge("توفي الممثل عن 92 عاما في باريس.")).isTrue();
        assertThat(AnswerEvidence.givesAge("رحل عن عمر ناهز الخامسة والتسعين.")).isTrue();
        assertThat(AnswerEvidence.givesAge("اكتشفوا خبزا عمره 14 ألف عام.")).isTrue();
        assertThat(AnswerEvidence.givesAge("أرضعت طفلتها ذات الخمسة أشهر على المنصة.")).as("a baby's age in months").isTrue();
        assertThat(AnswerEvidence.givesAge("تؤدي دور زوجة شقيق البطل في المسلسل.")).isFalse();
    }
}
