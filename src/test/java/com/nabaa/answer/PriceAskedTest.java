package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question asking what something costs (a ticket, a fine, a film's takings) is answered by a
 * story that gives a sum of money: the festival's programme does not tell what its tickets cost,
 * and a reader is better told that nothing answers.
 */
class PriceAskedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 20, 12, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    private Answer ask(String question, Article... stories) throws IOException {
        return TestArticles.askAmongLeagueReports(dir, "2026-03", question, NOW, stories);
    }

    private static final Article PROGRAMME = arabic("programme", "2026-04-18T10:00:00Z",
            "نجوم عرب وأجانب في مهرجان الواحة الدولي هذا الصيف",
            "يستضيف مهرجان الواحة الدولي هذا الصيف نخبة من النجوم العرب والأجانب في عشر حفلات على مسرح القلعة.");

    @Test
    void aTicketsPriceIsNotAnsweredByAStoryThatGivesNoSum() throws IOException {
        assertThat(ask("قديش سعر تذكرة حفلات مهرجان الواحة الدولي؟", PROGRAMME).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("حفلات مهرجان الواحة الدولي التذكرة بكام؟", PROGRAMME).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aStoryGivingTheTicketsPriceAnswersWithIt() throws IOException {
        Article prices = arabic("prices", "2026-04-19T10:00:00Z", "طرح تذاكر حفلات مهرجان الواحة الدولي",
                "طرحت إدارة مهرجان الواحة الدولي تذاكر الحفلات العشر على مسرح القلعة، وأوضحت أن عدد التذاكر المطروحة يبلغ 40 ألف تذكرة."
                        + " وحددت إدارة مهرجان الواحة الدولي سعر تذكرة الحفلات بمبلغ 300 جنيه للحفلة الواحدة.");

        Answer a = ask("قديش سعر تذكرة حفلات مهرجان الواحة الدولي؟", PROGRAMME, prices);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("prices");
        // the » line gives the sum, not the number of tickets
        assertThat(a.directAnswer()).hasValueSatisfying(d -> assertThat(d).contains("300 جنيه"));
    }

    @Test
    void aTicketsPriceIsNotAnsweredByAnotherSum() throws IOException {
        Article budget = arabic("budget", "2026-04-18T10:00:00Z", "نادي الواحة يرصد ميزانية لموسمه الجديد",
                "رصد نادي الواحة ميزانية قدرها 20 مليون جنيه لموسمه الجديد قبل مباراته مع نادي القلعة.");

        assertThat(ask("تذكرة ماتش نادي الواحة ونادي القلعة بكام؟", budget).kind()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }

    @Test
    void aScoreAskedWithBkamIsNoPrice() throws IOException {
        Article match = arabic("match", "2026-04-19T20:00:00Z", "الواحة يفوز على القلعة بهدفين نظيفين",
                "فاز فريق الواحة على فريق القلعة بهدفين دون رد في المباراة التي أقيمت على ملعب المدينة.");

        assertThat(ask("الواحة كسب القلعة بكام؟", match).stories()).extracting(Story::articleId).first().isEqualTo("match");
    }

    @Test
    void theRealIsAClubNotACurrency() throws IOException {
        Article match = arabic("match", "2026-04-19T20:00:00Z", "الريال يتعادل مع يوفنتوس في تورينو",
                "تعادل ريال مدريد مع يوفنتوس بهدف لمثله في المباراة التي أقيمت في تورينو.");

        assertThat(ask("الريال ويوفنتوس خلصت كام في تورينو؟", match).stories()).extracting(Story::articleId).first().isEqualTo("match");
    }

    @Test
    void aRiseAskedIsAnsweredByItsShare() throws IOException {
        Article fuel = arabic("fuel", "2026-04-19T08:00:00Z", "رفع أسعار الوقود في البلاد",
                "قررت الحكومة رفع أسعار الوقود بنسبة تتجاوز 50 في المئة اعتبارا من صباح اليوم.");

        assertThat(ask("بكم زادت أسعار الوقود؟", fuel).stories()).extracting(Story::articleId).first().isEqualTo("fuel");
    }

    @Test
    void whatAsksASumAndWhatGivesOne() {
        assertThat(AnswerEvidence.asksPrice("والتذكره للمصريين بكام؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("فيلم كارما جاب كام ايرادات في العيد؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("how much does a ticket cost?")).isTrue();
        // years counted, whatever sum the question speaks of
        assertThat(AnswerEvidence.asksPrice("كم سنة بيثبتون الرسوم الاتحادية في الامارات؟")).isFalse();
        assertThat(AnswerEvidence.asksPrice("اتحكم عليه بكام سنة؟")).isFalse();
        assertThat(AnswerEvidence.asksPrice("هي الحكومة زودت سعر مية الشرب بنسبة كام في المية؟")).isFalse();

        assertThat(AnswerEvidence.givesPrice("سعر التذكرة 50 دينارا", true)).isTrue();
        assertThat(AnswerEvidence.givesPrice("بلغت الإيرادات ثلاثة ملايين جنيه", false)).isTrue();
        assertThat(AnswerEvidence.givesPrice("بيعت 40 ألف تذكرة", true)).isFalse();
        assertThat(AnswerEvidence.givesPrice("رصد النادي 20 مليون دولار", true)).isFalse();
    }

    @Test
    void theNumberOfTicketsIsNoDirectAnswerToTheirPrice() throws IOException {
        Article sold = arabic("sold", "2026-04-19T10:00:00Z", "طرح 40 ألف تذكرة لحفلات مهرجان الواحة الدولي",
                List.of("نفدت 40 ألف تذكرة من تذاكر حفلات مهرجان الواحة الدولي في يومها الأول، بحسب إدارة المهرجان.",
                        "وتراوحت الأسعار بين 300 و500 جنيه."));

        Answer a = ask("كم سعر تذكرة حفلات مهرجان الواحة الدولي؟", sold);

        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("sold");
        // the sentence tells how many tickets were sold: no » line is better than that one
        assertThat(a.directAnswer()).isEmpty();
    }

    @Test
    void aSumPaidIsAskedAsAPriceIs() throws IOException {
        Article deal = arabic("deal", "2026-04-18T10:00:00Z", "التلفزيون الرسمي ينقل مباريات البطولة مجانا",
                "اتفقت الحكومة مع شركة الواحة على أن ينقل التلفزيون الرسمي مباريات البطولة مجانا للمشاهدين.");
        Article paid = arabic("paid", "2026-04-19T10:00:00Z", "الحكومة تدفع لشركة الواحة مقابل نقل مباريات البطولة",
                "دفعت الحكومة ثلاثة ملايين دولار لشركة الواحة مقابل نقل التلفزيون الرسمي مباريات البطولة.");

        assertThat(AnswerEvidence.asksPrice("قديش دفعت الحكومة لشركة الواحة؟")).isTrue();
        assertThat(AnswerEvidence.asksPrice("كم المبلغ اللي دفعه ولي العهد؟")).isTrue();
        assertThat(ask("قديش دفعت الحكومة لشركة الواحة كرمال التلفزيون ينقل مباريات البطولة؟", deal).kind())
                .isEqualTo(Answer.Kind.NOTHING_FOUND);
        assertThat(ask("قديش دفعت الحكومة لشركة الواحة كرمال التلفزيون ينقل مباريات البطولة؟", deal, paid).stories())
                .extracting(Story::articleId).first().isEqualTo("paid");
    }

    @Test
    void aStoryReadAfterTheRefusedOneThatMatchedBetterDoesNotStandInForIt() throws IOException {
        List<Article> news = new ArrayList<>();
        news.add(arabic("pays", "2026-04-18T10:00:00Z", "ولي العهد يتكفل بسداد الديون الخارجية للأندية",
                "أعلن ولي العهد أنه سيتكفل بسداد الديون الخارجية المتراكمة على الأندية قبل انطلاق الموسم الجديد."));
        news.add(arabic("loans", "2026-04-17T10:00:00Z", "الحكومة تدفع ثلاثة مليارات دولار لسداد ديون خارجية",
                "دفعت الحكومة مبلغ ثلاثة مليارات دولار لسداد الديون الخارجية المستحقة هذا العام، بحسب وزارة المالية."));
        // ولي العهد in the news every day: no word the story of the debts' payment alone holds
        for (int i = 0; i < 8; i++) {
            news.add(arabic("visit-" + i, "2026-04-0" + (i + 1) + "T10:00:00Z", "ولي العهد يستقبل وزير الخارجية " + i,
                    "استقبل ولي العهد وزير الخارجية وبحث معه العلاقات الثنائية."));
        }

        Answer a = ask("كم المبلغ اللي دفعه ولي العهد لسداد ديون الأندية الخارجية؟", news.toArray(Article[]::new));

        assertThat(a.kind()).as(a.stories().toString()).isEqualTo(Answer.Kind.NOTHING_FOUND);
    }
}
