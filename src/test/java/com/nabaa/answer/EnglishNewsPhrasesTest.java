package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.amongOtherNews;
import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import com.nabaa.news.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases of English news that name something else than their words: "sentenced to death" asks of a
 * verdict, not of a death (the story of a death sentence tells no one died, and answers), and a
 * Belgian is the news's بلجيكي, not Belgium; "9/11" is the attacks of 2001, not a date; quitting a
 * post is resigning, which the news also writes يتنحى (steps down).
 */
class EnglishNewsPhrasesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 5, 22, 18, 0, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void aDeathSentenceAskedInEnglishIsAnsweredByTheVerdict() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-05",
                        arabic("verdict", "2018-05-22T10:07:00Z", "العراق.. حكم بالإعدام على داعشي بلجيكي",
                                "أصدرت المحكمة الجنائية المركزية العراقية حكما بالإعدام شنقا بحق الجهادي البلجيكي طارق جدعون"
                                        + " بعد إدانته بالانتماء إلى تنظيم داعش والدعوة إلى شن هجمات في بلجيكا وفرنسا."),
                        arabic("raid", "2018-05-20T09:00:00Z", "مقتل مسلحين من داعش في غارة غرب العراق",
                                "قتل عشرة مسلحين من تنظيم داعش في غارة جوية غرب العراق.")),
                "what's the name of the belgian isis guy iraq sentenced to death?", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("verdict");
    }

    @Test
    void nineElevenIsTheAttacksTheStoryNamesNotADate() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-04",
                        arabic("zammar", "2018-04-19T19:08:00Z", "اعتقال جهادي ألماني في سوريا متهم بالتخطيط لاعتداءات 11 سبتمبر",
                                "أعلن قيادي كردي اعتقال قوات كردية شمال سوريا للجهادي الألماني محمد حيدر زمار المتهم"
                                        + " بالتخطيط لاعتداءات 11 سبتمبر.")),
                "who's the german jihadist the kurds caught in syria over the 9/11 plot?",
                ZonedDateTime.of(2018, 4, 20, 9, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("zammar");
    }

    @Test
    void quittingAPostIsTheResignationTheNewsWritesAsSteppingDown() throws IOException {
        List<Article> news = new ArrayList<>(amongOtherNews(40, "2018-09",
                arabic("ghouta", "2018-03-16T17:05:00Z", "دي ميستورا: المدنيون في الغوطة على شفا الانهيار",
                        "قال الموفد الدولي إلى سوريا ستافان دي ميستورا في تقرير لمجلس الأمن إن المدنيين في الغوطة على شفا الانهيار."),
                arabic("quits", "2018-10-17T15:00:00Z", "دي ميستورا يتنحى عن منصبه في نوفمبر لأسباب شخصية",
                        "قال مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا إنه سيتنحى عن منصبه في نهاية نوفمبر لأسباب شخصية.")));
        ZonedDateTime now = ZonedDateTime.of(2018, 10, 18, 8, 0, 0, 0, ZoneId.of("Europe/London"));

        for (String question : List.of("why is de mistura quitting as un syria envoy?", "ليش دي ميستورا رح يستقيل؟")) {
            Answer a = askOver(dir.resolve(question.substring(0, 3)), news, question, now);

            assertThat(a.kind()).as(question).isEqualTo(Answer.Kind.ANSWERED);
            assertThat(a.stories()).as(question).extracting(Story::articleId).first().isEqualTo("quits");
        }
    }

    @Test
    void commonWordsInARowThatTheGlossaryLacksAreANameTheOtherStoriesDoNotHold() throws IOException {
        // "opener" and "blackfly" are English words, but side by side they name a company's aircraft:
        // another company's flying car is not the answer
        Answer a = askOver(dir, amongOtherNews(40, "2018-10",
                        arabic("uber", "2018-10-14T07:43:00Z", "أوبر تكشف تكلفة سيارتها الطائرة بالدولار",
                                "كشفت شركة أوبر أن تكلفة السيارة الطائرة التي تطورها تبلغ 5 آلاف دولار للرحلة الواحدة.")),
                "how much will the opener blackfly flying car cost, in dollars?",
                ZonedDateTime.of(2018, 10, 15, 12, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        // one such word alone is still a gap of the glossary's
        assertThat(EnglishReading.namesTogether("why did the bottle opener break?", List.of("opener"))).isFalse();
    }

    @Test
    void aPlayerQuittingTheNationalTeamRetiresHeDoesNotResign() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-08",
                        arabic("silva", "2018-08-13T10:00:00Z", "بعد إنييستا وبيكيه.. نجم إسباني ثالث يعلن اعتزاله",
                                "أعلن لاعب الوسط الإسباني دافيد سيلفا اعتزاله اللعب الدولي مع منتخب إسبانيا بعد إنييستا وبيكيه.")),
                "who's the spain player that quit the national team after iniesta and pique?",
                ZonedDateTime.of(2018, 8, 14, 9, 0, 0, 0, ZoneId.of("Europe/London")));

        assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWERED);
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("silva");
    }
}
