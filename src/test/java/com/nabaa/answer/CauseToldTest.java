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
 * A question asking why is answered only by a story that tells some cause (بسبب، إثر، نجم عن، بعد أن,
 * or "after" what followed beside the question's words): the news of a coach's death with his career
 * does not say what killed him, and a steam pipe's blast told without a cause does not say why it
 * blew. Nothing answers, and the story comes first among the related headlines.
 */
class CauseToldTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 26, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static final Article COACH_DIED = arabic("coach", "2026-04-24T15:00:00Z",
            "وفاة المدير الفني الفرنسي هنري ميشيل عن 70 عاما",
            "توفي المدير الفني الفرنسي هنري ميشيل عن عمر يناهز 70 عاما، حسب وسائل إعلام فرنسية.\n\n"
                    + "شارك ميشيل كلاعب في 58 مباراة دولية مع منتخب فرنسا، قبل أن يعلن اعتزاله كرة القدم.\n\n"
                    + "ودرب ميشيل منتخب الكاميرون في كأس العالم، لكنه أقيل من منصبه بسبب سوء النتائج، "
                    + "وفشل في التأهل مع منتخب آخر.");

    @Test
    void whatKilledACoachIsNotAnsweredByHisDeathAndHisCareersCauses() throws IOException {
        Answer answer = ask("ما سبب وفاة المدرب الفرنسي هنري ميشيل؟", COACH_DIED);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::articleId).first().isEqualTo("coach");
    }

    @Test
    void theSameStoryStillAnswersHowOldHeWas() throws IOException {
        assertThat(ask("هنري ميشيل المدرب الفرنسي توفي عن كام سنة؟", COACH_DIED).stories())
                .extracting(Story::articleId).containsExactly("coach");
    }

    @Test
    void whatKilledHimIsToldInTheSentenceAfterHisDeath() throws IOException {
        Answer answer = ask("علاش مات رشيد طه؟", arabic("taha", "2026-04-24T15:00:00Z",
                "وفاة المغني الجزائري رشيد طه",
                "توفي المغني رشيد طه، وهو جزائري يعيش في فرنسا، عن 59 عاما. وقالت أسرته إنه أصيب بنوبة قلبية في منزله.\n\n"
                        + "واشتهر طه بأسلوبه الذي كان يخلط فيه بين موسيقى الراي والروك."));

        assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("taha");
    }

    @Test
    void aBlastToldWithoutAnyCauseDoesNotSayWhyItHappened() throws IOException {
        Answer answer = ask("ما سبب انفجار أنبوب البخار في حي فلاتيرون بنيويورك؟", arabic("steam", "2026-04-25T10:00:00Z",
                "انفجار أنبوب بخار ضخم يثير الرعب في حي فلاتيرون بنيويورك",
                "انفجر أنبوب بخار تحت أحد شوارع حي فلاتيرون في نيويورك صباح الخميس، وتصاعدت سحب البخار فوق المباني.\n\n"
                        + "وأخلت السلطات المباني المجاورة وأغلقت الشوارع، ولم يصب أحد."));

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(answer.related()).extracting(SourceLink::articleId).contains("steam");
    }

    @Test
    void aResignationAfterWhatFollowedTellsWhy() throws IOException {
        Answer answer = ask("ليش استقال وزير الثروة السمكية بالنرويج؟", arabic("norway", "2026-04-25T10:00:00Z",
                "رحلة خاصة لإيران تجبر وزيرا نرويجيا على الاستقالة",
                "استقال وزير الثروة السمكية النرويجي، الاثنين، بعد إقراره مخالفة البروتوكولات الحكومية الأمنية خلال زيارة خاصة."));

        assertThat(answer.stories()).extracting(Story::articleId).containsExactly("norway");
    }

    @Test
    void aCauseIsToldByTheWordsNewsWritesForIt() {
        assertThat(AnswerEvidence.givesCause("ماس كهربائي وراء حريق القطار السريع", () -> false)).isTrue();
        assertThat(AnswerEvidence.givesCause("قالت الشرطة إن الحريق نجم عن ماس كهربائي", () -> false)).isTrue();
        assertThat(AnswerEvidence.givesCause("أعلنت غوغل إغلاق المنصة بعد أن اكتشفت خللا", () -> false)).isTrue();
        // "after" a time tells when, not why
        assertThat(AnswerEvidence.givesCause("انفجر الأنبوب بعد ظهر الخميس", () -> true)).isFalse();
        assertThat(AnswerEvidence.givesCause("انفجر الأنبوب صباح الخميس", () -> true)).isFalse();
        assertThat(AnswerEvidence.asksCauseOfDeath("ما سبب وفاة هنري ميشيل؟")).isTrue();
        assertThat(AnswerEvidence.asksCauseOfDeath("ليش استقال الوزير؟")).isFalse();
    }
}
