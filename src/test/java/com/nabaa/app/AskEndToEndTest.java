package com.nabaa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nabaa ask` on a fresh home: the sample articles are indexed on first use and answer questions. */
class AskEndToEndTest {
    @TempDir
    Path home;

    private Run nabaa(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "--home";
            all[1] = home.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int code = Main.commandLine().execute(all);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void answersAnArabicQuestionFromTheSamplesOnFirstUse() {
        Run run = nabaa("ask", "--now", "2026-11-25T18:30+02:00", "ما هو سعر الفائدة في البنك المركزي المصري؟");

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("first use");
        // A rate asked as it stands: the lead sentence states no figure, so it is no direct answer (no » line).
        assertThat(run.out()).startsWith("1. البنك المركزي المصري يثبت أسعار الفائدة")
                .contains("2026-11-20 16:30 (منذ 5 أيام) · Nabaa Samples")
                .contains("21 في المئة")
                .contains("https://samples.nabaa.example/economy/central-bank-rates");
    }

    @Test
    void evalNamesAReaderSetFileThatIsNotThere() {
        Run run = nabaa("eval", "--questions", home.resolve("no-such-set.jsonl").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("no-such-set.jsonl");
    }

    @Test
    void answersAnEgyptianDialectQuestion() {
        Run run = nabaa("ask", "مين كسب ماتش الأهلي والزمالك؟");

        assertThat(run.out()).contains("1. الأهلي يفوز على الزمالك");
    }

    @Test
    void answersAnEnglishQuestionFromAnEnglishArticle() {
        Run run = nabaa("ask", "high speed rail Alexandria tickets");

        assertThat(run.out()).contains("\n1. Egypt opens new high-speed rail link")
                .contains("150 Egyptian pounds");
    }

    @Test
    void marksABreakingStoryFromTheFeed() {
        Run run = nabaa("ask", "إغلاق ميناء دمياط");

        // A topic typed alone gets no direct answer above the list: the list comes first.
        assertThat(run.out()).startsWith("1. [عاجل] إغلاق ميناء دمياط بسبب سوء الأحوال الجوية")
                .contains("https://samples.nabaa.example/egypt/damietta-port-closed");
    }

    @Test
    void saysSoWhenNothingMatches() {
        Run run = nabaa("ask", "xylophone zeppelin");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("No article answers this question");
    }

    @Test
    void anUnknownCommandIsAClearErrorWithUsage() {
        Run run = nabaa("teleport");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("teleport").contains("Usage: nabaa");
    }

    @Test
    void printsTheAnswerModelAsJsonForScripts() throws Exception {
        Run run = nabaa("ask", "--json", "--now", "2026-11-25T18:30+02:00", "كم سعر الذهب في مصر؟");

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.path("no_answer").asBoolean()).isFalse();
        assertThat(json.path("stories").get(0).path("headline").asText()).isEqualTo("ارتفاع أسعار الذهب في مصر مع تراجع الجنيه");
        assertThat(json.path("stories").get(0).path("url").asText())
                .startsWith("https://samples.nabaa.example/economy/gold-prices");
        assertThat(json.path("stories").get(0).path("summary").get(0).asText()).contains("3950 جنيها");
        assertThat(json.path("language").asText()).isEqualTo("ar");
        assertThat(json.path("kind").asText()).isEqualTo("answered");
        assertThat(json.path("topic_words")).extracting(node -> node.asText()).containsExactly("سعر", "الذهب", "في", "مصر");
    }

    @Test
    void aPriceAskedWeeksAfterTheNewestFigureIsOfferedAsOlderNews() throws Exception {
        Run run = nabaa("ask", "--json", "--now", "2027-01-10T12:00+02:00", "كم سعر الذهب في مصر؟");

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.path("kind").asText()).isEqualTo("older");
        assertThat(json.path("direct_answer").isNull()).isTrue();
        assertThat(json.path("stories").get(0).path("headline").asText()).isEqualTo("ارتفاع أسعار الذهب في مصر مع تراجع الجنيه");
    }

    @Test
    void answersOneQuestionPerLineFromStandardInputAsJsonLinesAndABlankLineGetsAnError() throws Exception {
        java.io.InputStream in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "كم سعر الذهب؟\n\n   \nxylophone zeppelin\n\u200F\u202C\n".getBytes(StandardCharsets.UTF_8)));
            Run run = nabaa("ask", "--json", "-");

            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var lines = run.out().lines().map(l -> {
                try {
                    return mapper.readTree(l);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(run.code()).isZero();
            assertThat(lines).as("one output line per input line").hasSize(5);
            assertThat(lines).extracting(j -> j.path("line").asInt()).containsExactly(1, 2, 3, 4, 5);
            assertThat(lines.get(0).path("no_answer").asBoolean()).isFalse();
            assertThat(lines.get(3).path("no_answer").asBoolean()).isTrue();
            for (int blank : new int[] {1, 2, 4}) {
                assertThat(lines.get(blank).path("error").asText()).as("line " + (blank + 1)).isEqualTo("empty question");
                assertThat(lines.get(blank).has("stories")).isFalse();
            }
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void aFollowUpAskedAloneIsAskedForItsTopicNotAnsweredFromAStory() throws Exception {
        Run text = nabaa("ask", "طيب ومين المسؤول؟");
        Run json = nabaa("ask", "--json", "and then?");

        assertThat(text.code()).isZero();
        assertThat(text.out()).isEqualTo(com.nabaa.answer.Wording.ARABIC.askWithTopic() + "\n").doesNotContain("»");
        var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(answer.path("kind").asText()).isEqualTo("needs_topic");
        assertThat(answer.path("no_answer").asBoolean()).isTrue();
        assertThat(answer.path("direct_answer").isNull()).isTrue();
        assertThat(answer.path("stories")).isEmpty();
        assertThat(answer.path("language").asText()).isEqualTo("en");
    }

    @Test
    void aQuestionWrappedInBidiControlsIsAnsweredLikeTheQuestionItself() {
        Run run = nabaa("ask", "\u202Eإغلاق ميناء دمياط\u202C");
        Run invisibleOnly = nabaa("ask", "\u200F\u202C");

        assertThat(run.out()).startsWith("1. [عاجل] إغلاق ميناء دمياط بسبب سوء الأحوال الجوية").doesNotContain("هل تقصد");
        assertThat(invisibleOnly.code()).isEqualTo(2);
        assertThat(invisibleOnly.err()).contains("the question is empty");
    }

    @Test
    void aBadClockIsAClearError() {
        Run run = nabaa("ask", "--now", "yesterday-ish", "سعر الذهب");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("--now must be an ISO date-time");
    }

    @Test
    void extractsTheSeedShapedSamplePageWithoutItsBoilerplate() {
        Run run = nabaa("extract", "data/samples/summit-page.txt");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"title\" : \"قمة المناخ الإفريقية في أسوان تتفق على صندوق لتمويل الطاقة الشمسية\"")
                .contains("\"breaking\" : false") // its ribbon is the site header's, above the masthead
                .contains("\"published\" : null")
                .doesNotContain("رئيس التحرير").doesNotContain("تابع موقع");
    }
}
