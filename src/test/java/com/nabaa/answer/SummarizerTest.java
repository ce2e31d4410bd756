package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries of real indexed passages, for questions weighted by the same index. */
class SummarizerTest {
    /** Seven sentences in one paragraph: passages are s0–s2, s3–s5 and s6. */
    static final List<String> DAM = List.of(
            "افتتحت الحكومة اليوم مشروعا كبيرا في جنوب البلاد.",
            "ويبلغ طول السد الجديد أربعة كيلومترات.",
            "وحضر الافتتاح عدد من السفراء والوزراء.",
            "وتبلغ تكلفة السد الجديد ثلاثة مليارات جنيه.",
            "ويتوقع الخبراء أن يوفر المشروع فرص عمل كثيرة.",
            "وسيخزن السد الجديد مياه الأمطار لري عشرة آلاف فدان.",
            "ومن المنتظر أن يبدأ التشغيل التجريبي في مارس.");

    @TempDir
    Path dir;
    NewsIndex index;
    PassageSearcher searcher;
    final QueryTerms.Analyzers analyzers = QueryTerms.Analyzers.create();

    @BeforeEach
    void open() throws IOException {
        index = NewsIndex.open(dir);
        index.upsert(article("dam", "الحكومة تفتتح مشروعا في الجنوب", String.join(" ", DAM)));
        index.upsert(article("cotton", "موسم القطن", cottonSentences(5)));
        index.upsert(article("port", "توسعة الميناء", String.join(" ", longPortSentences())));
        index.upsert(article("other", "أخبار أخرى", "ارتفعت درجات الحرارة في القاهرة. وتوقعت الأرصاد طقسا معتدلا."));
        index.upsert(article("missing", "مصير الصحفي",
                "من هو الصحفي الذي اختفى في إسطنبول؟ وقالت الشرطة إن الصحفي اختفى بعد دخوله المبنى ظهر الثلاثاء."));
        index.upsert(article("asks", "سوق الذهب", "هل يرتفع سعر الذهب غدا؟ وقال التجار إن السوق هادئة."));
        // the abstract, then the body opening with the same sentence after a few words of its own
        index.upsert(article("repeated", "إدراج لاعب على قائمة",
                "أصدرت المحكمة حكما بإدراج اللاعب على القائمة لمدة خمس سنوات.",
                "أكد محاميان أن المحكمة أصدرت حكما بإدراج اللاعب على القائمة لمدة خمس سنوات.",
                "ونشر الحكم في الجريدة الرسمية الاثنين."));
        index.commit(7);
        searcher = index.acquire();
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
        index.close();
    }

    private static Article article(String id, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title)
                .published(Instant.parse("2026-11-20T10:00:00Z")).paragraphs(List.of(paragraphs))
                .source("نبأ").language(Language.ARABIC).build();
    }

    private static String cottonSentences(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) out.append("ارتفع إنتاج القطن في المحافظة رقم ").append(i).append(". ");
        return out.toString().strip();
    }

    /** Four sentences of about 250 characters, each about the port, each with its own figures. */
    private static List<String> longPortSentences() {
        String[] openings = {"أعلنت الهيئة", "وأوضح المدير", "وأضاف المتحدث", "وأكد الوزير"};
        String detail = " وتشمل الأعمال تعميق الممرات الملاحية وبناء أرصفة جديدة وتجهيز ساحات واسعة للحاويات";
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < openings.length; i++) {
            out.add(openings[i] + " أن توسعة الميناء" + detail + " " + (i + 1) + detail + " " + (i + 11) + detail + ".");
        }
        return out;
    }

    private Summarizer.Summary summarize(String articleId, int bestPassage, String question) {
        return Summarizer.summarize(searcher.passagesOf(articleId), bestPassage,
                QueryTerms.of(question, Language.ARABIC, analyzers, searcher));
    }

    @Test
    void theArticleIsCutIntoTheThreePassagesTheseTestsAssume() {
        assertThat(searcher.passagesOf("dam")).extracting(PassageHit::passageNo).containsExactly(0, 1, 2);
    }

    @Test
    void choosesTheSentencesThatAnswerAndShowsThemInArticleOrder() {
        Summarizer.Summary summary = summarize("dam", 1, "السد الجديد");

        assertThat(summary.sentences()).containsExactly(DAM.get(1), DAM.get(3), DAM.get(5));
    }

    @Test
    void theBestSentenceComesFromTheMatchedPassageAndCoversTheWholeQuestion() {
        Summarizer.Summary summary = summarize("dam", 1, "تكلفة السد الجديد");

        assertThat(summary.bestSentence()).isEqualTo(DAM.get(3));
        assertThat(summary.bestCoverage()).isEqualTo(1f);
    }

    @Test
    void sentencesAwayFromTheBestThatCoverLittleOfTheQuestionAreLeftOut() {
        Summarizer.Summary summary = summarize("dam", 1, "تكلفة السد الجديد بالمليارات");

        assertThat(summary.sentences()).contains(DAM.get(3)).doesNotContain(DAM.get(0), DAM.get(6));
    }

    @Test
    void theSentencesAroundTheBestJoinAsItsContextThoughTheyRepeatNoWordOfTheQuestion() {
        Summarizer.Summary summary = summarize("dam", 1, "تكلفة السد الجديد بالمليارات");

        assertThat(summary.bestSentence()).isEqualTo(DAM.get(3));
        assertThat(summary.sentences()).containsExactly(DAM.get(2), DAM.get(3), DAM.get(4));
    }

    @Test
    void aSentenceThatAsksIsNeitherTheBestNorTheDirectAnswer() {
        Summarizer.Summary summary = summarize("missing", 0, "متى اختفى الصحفي في إسطنبول");

        assertThat(summary.bestSentence()).startsWith("وقالت الشرطة إن الصحفي اختفى");
        assertThat(summary.bestCoverage()).isLessThan(1f);
    }

    @Test
    void aQuestionThatIsTheBestSentenceStillGivesNoDirectAnswer() {
        Summarizer.Summary summary = summarize("asks", 0, "سعر الذهب غدا");

        assertThat(summary.bestSentence()).isEqualTo("هل يرتفع سعر الذهب غدا؟");
        assertThat(summary.bestCoverage()).as("a question answers nothing").isZero();
    }

    @Test
    void aQuestionIsRecognizedBehindClosingQuotesAndMarks() {
        assertThat(Summarizer.isQuestion("قال: «من يدفع الثمن؟»")).isTrue();
        assertThat(Summarizer.isQuestion("من يدفع الثمن؟!")).isTrue();
        assertThat(Summarizer.isQuestion("وقال إن الثمن باهظ.")).isFalse();
    }

    @Test
    void aSentenceRepeatedInsideAnotherIsShownOnce() {
        Summarizer.Summary summary = summarize("repeated", 0, "حكم إدراج اللاعب على القائمة لمدة خمس سنوات");

        assertThat(summary.sentences()).filteredOn(s -> s.contains("لمدة خمس سنوات")).hasSize(1);
    }

    @Test
    void keepsAtMostThreeSentencesEvenWhenMoreAnswer() {
        Summarizer.Summary summary = summarize("cotton", 0, "إنتاج القطن");
        List<String> all = searcher.passagesOf("cotton").stream()
                .flatMap(p -> com.nabaa.text.SentenceSplitter.split(p.passage()).stream()).toList();

        assertThat(all).hasSize(5);
        assertThat(summary.sentences()).hasSize(Summarizer.MAX_SENTENCES);
        assertThat(all).containsSubsequence(summary.sentences());
    }

    @Test
    void staysWithinTheLengthBudget() {
        List<String> sentences = longPortSentences();
        assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isBetween(230, 320));

        Summarizer.Summary summary = summarize("port", 0, "توسعة الميناء");

        assertThat(summary.sentences()).hasSize(2);
        assertThat(summary.sentences().stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(Summarizer.MAX_CHARS);
        assertThat(sentences).containsSubsequence(summary.sentences());
    }

    @Test
    void whenNoSentenceAnswersTheSummaryIsTheLeadSentence() {
        Summarizer.Summary summary = summarize("dam", 0, "البطاريق");

        assertThat(summary.sentences()).containsExactly(DAM.get(0));
        assertThat(summary.bestCoverage()).isZero();
    }

    @Test
    void whenNoSentenceAnswersTheSummaryOpensTheMatchedPassage() {
        Summarizer.Summary summary = summarize("dam", 1, "البطاريق");

        assertThat(summary.sentences()).containsExactly(DAM.get(3));
    }

    @Test
    void anArticleWithoutPassagesHasAnEmptySummary() {
        Summarizer.Summary summary = Summarizer.summarize(List.of(), 0,
                QueryTerms.of("السد", Language.ARABIC, analyzers, searcher));

        assertThat(summary.sentences()).isEmpty();
        assertThat(summary.bestCoverage()).isZero();
    }
}
