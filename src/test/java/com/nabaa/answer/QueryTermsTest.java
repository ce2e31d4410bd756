package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Language;
import com.nabaa.question.Question;
import com.nabaa.question.QuestionParser;
import com.nabaa.text.NewsAnalyzers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How much of a question a text covers, with the index's word counts behind the weights. */
class QueryTermsTest {
    @TempDir
    Path dir;
    NewsIndex index;
    QueryTerms.Analyzers analyzers = QueryTerms.Analyzers.create();

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        String[] bodies = {
            "زار الوزير مصر أمس.", "تستورد مصر القمح.", "قالت مصر إن المحادثات مستمرة.", "فازت مصر بالمباراة.",
            "استقبلت مصر الوفد.", "أعلنت مصر الخطة.", "ترحب مصر بالقرار.", "وقعت مصر الاتفاق.",
            "الاحتفالات بمصر تتواصل.",
            "احتفل الناس بالعيد.", "المدينة بعيد عن البحر.", "الهدف بعيد المنال.", "الحل ليس بعيد.",
            "كتب الوزير رد الحكومة.", "اشتد البرد أمس.",
            "بني سد جديد.", "افتتح سد آخر.", "تعثر بناء سد.", "زار سد الروصيرص.", "تشغيل سد مروي.", "تمويل سد.",
            "تعلية سد.", "صيانة سد.", "الملء الثاني لسد النهضة.",
            "قال سام إن الغاز سام جدا.",
            "انعقدت قمة هلسنكي.", "تنتهي قمة العشرين غدا.", "قمة عربية طارئة.", "بيان قمة بروكسل.",
            "تأجيل قمة المناخ.", "قمة ثلاثية في أنقرة.", "اختتام قمة الناتو.", "رحب الرئيس بقمة سنغافورة."};
        for (int i = 0; i < bodies.length; i++) {
            index.upsert(arabic("a" + i, "2026-11-20T10:00:00Z", "خبر", bodies[i]));
        }
        index.commit(bodies.length);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private float coverage(String question, String text) {
        try (PassageSearcher searcher = index.acquire()) {
            QueryTerms terms = QueryTerms.of(question, Language.ARABIC, analyzers, searcher);
            return terms.coverage(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "text", text));
        }
    }

    @Test
    void howLongItLastedAndWhatItIsTermedFrameTheQuestionAndNameNothingAStoryMustHold() {
        // a passage telling the summit's length says استمرت, not دام; one naming it says اسمها, not المسمى
        assertThat(coverage("كم دام قمة هلسنكي", "انعقدت قمة هلسنكي")).isEqualTo(1f);
        assertThat(coverage("ما هو المسمى الذي عرفت به قمة هلسنكي", "انعقدت قمة هلسنكي")).isEqualTo(1f);
        assertThat(coverage("ما المصطلح الذي يطلق على قمة هلسنكي", "انعقدت قمة هلسنكي")).isEqualTo(1f);
    }

    @Test
    void aRarePrepositionalFormTheAnalyzerKeptCountsForItsWord() {
        assertThat(coverage("مصر", "الاحتفالات بمصر")).isEqualTo(1f);
        assertThat(coverage("بمصر", "زار الوزير مصر")).isEqualTo(1f);
    }

    @Test
    void aWordThatOnlyLooksLikeThePrepositionalFormDoesNotCount() {
        assertThat(coverage("العيد", "المدينة بعيد عن البحر")).isZero();
        assertThat(coverage("رد", "اشتد البرد")).isZero();
    }

    @Test
    void aTwoLetterWordNeverTakesAPrepositionEvenWhenTheFormIsRare() {
        // لسد is in 1 passage, سد in 8: rare enough, but two-letter stems collide too easily.
        assertThat(coverage("سد", "الملء الثاني لسد النهضة")).isZero();
    }

    @Test
    void aTypedPrepositionOnAWordWhoseStemsAreShortCountsForTheBareWord() {
        // The analyzer makes بقمة بقم and قمة قم: stems too short to compare, so the typed word decides.
        assertThat(coverage("بقمة", "انعقدت قمة هلسنكي")).isEqualTo(1f);
        assertThat(coverage("بعيد", "احتفل الناس بالعيد")).isZero();
    }

    @Test
    void aWordTheIndexHasNeverSeenIsNotTakenForAPrepositionAndItsTail() {
        assertThat(coverage("بسام", "قال سام إن الغاز سام")).isZero();
    }

    @Test
    void aWordTheIndexNeverSawWithTheMaghrebiInAttachedCountsForTheKnownWord() throws IOException {
        for (int i = 0; i < Evidence.KNOWN_PASSAGES; i++) {
            index.upsert(arabic("tunis-" + i, "2026-11-21T10:00:00Z", "خبر", "زار الوفد تونس في الجولة " + i + "."));
            index.upsert(arabic("ball-" + i, "2026-11-21T10:00:00Z", "خبر", "مباراة كرة القدم رقم " + i + "."));
        }
        index.upsert(arabic("idea", "2026-11-21T10:00:00Z", "خبر", "طرح الوزير فكرة جديدة."));
        index.commit(2 * Evidence.KNOWN_PASSAGES + 1);

        assertThat(coverage("فتونس", "زار الوفد تونس")).isEqualTo(1f);
        assertThat(coverage("فكرة", "مباراة كرة القدم")).as("a known word with ف is its own").isZero();
    }

    @Test
    void aWordTheIndexNeverSawWithTheLevantineOntoAttachedCountsForTheKnownWord() throws IOException {
        for (int i = 0; i < Evidence.KNOWN_PASSAGES; i++) {
            index.upsert(arabic("oil-" + i, "2026-11-21T10:00:00Z", "خبر", "بدأ التنقيب عن النفط في البلوك " + i + "."));
            index.upsert(arabic("world-" + i, "2026-11-21T10:00:00Z", "خبر", "كأس العالم رقم " + i + "."));
            index.upsert(arabic("pain-" + i, "2026-11-21T10:00:00Z", "خبر", "خفف الدواء الألم في التجربة " + i + "."));
        }
        index.commit(3 * Evidence.KNOWN_PASSAGES + 1);

        assertThat(coverage("عالنفط", "بدأ التنقيب عن النفط")).isEqualTo(1f);
        assertThat(coverage("العالم", "خفف الدواء الألم")).as("a known word with ع is its own").isZero();
    }

    @Test
    void aShorterSpellingTheIndexKnowsDoesNotMakeAReadersVerbAName() throws IOException {
        // مدوا (they extended) is no مدا (a range), which the index holds
        for (int i = 0; i < 3; i++) {
            index.upsert(arabic("range-" + i, "2026-11-21T10:00:00Z", "خبر", "بلغ مدا الصاروخ " + i + " كيلومترات."));
        }
        index.commit(100);

        assertThat(coverage("مدوا الطوارئ", "تمديد حالة الطوارئ")).isEqualTo(1f);
    }

    @Test
    void aSpellingOneStrayPassageHoldsDoesNotMakeAReadersVerbAName() throws IOException {
        // جرحو (they wounded, as the Maghreb writes it) sounds like جراحو, which one page holds
        index.upsert(arabic("stray", "2026-11-21T10:00:00Z", "خبر", "قال المدرب جراحو إن الفريق جاهز."));
        index.commit(101);

        String question = "الشباب جرحو";
        List<Question.Spelling> spellings = QuestionParser.parse(question, ZonedDateTime.parse("2026-11-22T10:00:00Z")).spellings();
        try (PassageSearcher searcher = index.acquire()) {
            QueryTerms terms = QueryTerms.of(question, Language.ARABIC, analyzers, searcher, spellings);
            assertThat(terms.coverage(NewsAnalyzers.terms(NewsAnalyzers.arabic(), "text", "احتجاج الشباب العاطلين"))).isEqualTo(1f);
        }
    }

    @Test
    void aReadersOwnVerbCountsNeitherForNorAgainstCoverage() {
        assertThat(coverage("التابوت فتحوه", "فتح التابوت")).isEqualTo(1f);
        assertThat(coverage("التابوت طوبالستان", "فتح التابوت")).as("an unseen name still counts").isEqualTo(0.5f);
    }
}
