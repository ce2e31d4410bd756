package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Language;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private ExtractedPage page(String fixture, String url) throws NoArticleException {
        return extractor.extract(Fixtures.read(fixture), url);
    }

    private static LocalDate day(ExtractedPage page) {
        return page.published().map(OffsetDateTime::toLocalDate).orElseThrow();
    }

    @Test
    void takesPublicationDateFromJsonLdBeforeMetaTags() throws Exception {
        ExtractedPage page = page("ar-jsonld-article.html", "https://nahar.example/news/desal-plant");
        assertThat(page.published()).contains(OffsetDateTime.parse("2024-03-07T10:15:00+02:00"));
    }

    @Test
    void takesPublicationDateFromUrlPathBeforeMetaTags() throws Exception {
        ExtractedPage page = page("en-meta-time.html", "https://ledger.example/2021/06/11/bike-lanes/");
        assertThat(day(page)).isEqualTo(LocalDate.of(2021, 6, 11));
    }

    @Test
    void takesPublicationDateFromMetaTagWhenThereIsNoJsonLd() throws Exception {
        ExtractedPage page = page("en-meta-time.html", "https://ledger.example/news/bike-lanes");
        assertThat(day(page)).isEqualTo(LocalDate.of(2021, 6, 14));
    }

    @Test
    void takesPublicationDateFromTimeElementWhenThereIsNoMetaTag() throws Exception {
        String html = Fixtures.read("en-meta-time.html").replaceAll("<meta name=\"sailthru.date\"[^>]*>", "");
        ExtractedPage page = extractor.extract(html, "https://ledger.example/news/bike-lanes");
        assertThat(page.published()).contains(OffsetDateTime.parse("2021-06-12T18:00:00-04:00"));
    }

    @Test
    void readsArabicDateLineWithLevantineMonthAndEasternDigits() throws Exception {
        ExtractedPage page = page("ar-levantine-dateline.html", "https://sada.example/local/power-cut");
        assertThat(day(page)).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void readsArabicDateWithMaghrebMonthName() throws Exception {
        ExtractedPage page = page("ar-maghreb-date.html", "https://fellah.example/harvest");
        assertThat(day(page)).isEqualTo(LocalDate.of(2023, 7, 12));
    }

    @Test
    void stripsSiteNameFromHeadline() throws Exception {
        assertThat(page("ar-jsonld-article.html", "https://nahar.example/x").title())
                .isEqualTo("افتتاح محطة تحلية جديدة في مدينة الواحة");
        assertThat(page("en-meta-time.html", "https://ledger.example/x").title())
                .isEqualTo("City council approves new bike lanes");
    }

    @Test
    void keepsArticleParagraphsAndSubheadingsInOrder() throws Exception {
        ExtractedPage page = page("ar-jsonld-article.html", "https://nahar.example/news/desal-plant");
        assertThat(page.paragraphs()).hasSize(5);
        assertThat(page.paragraphs().get(0)).startsWith("افتتح محافظ مدينة الواحة");
        assertThat(page.paragraphs().get(2)).isEqualTo("تقنيات موفرة للطاقة");
        assertThat(page.language()).isEqualTo(Language.ARABIC);
    }

    @Test
    void dropsShareFollowReadAlsoAndCaptionBoilerplateFromArabicPage() throws Exception {
        String body = String.join("\n", page("ar-jsonld-article.html", "https://nahar.example/n").paragraphs());
        assertThat(body).doesNotContain("تابعونا", "اقرأ أيضا", "فيسبوك", "المحطة الجديدة على ساحل",
                "أخبار ذات صلة", "رئيس التحرير", "الرئيسية", "جميع الحقوق");
    }

    @Test
    void dropsBylineShareRelatedLinksAndCaptionsFromEnglishPage() throws Exception {
        ExtractedPage page = page("en-meta-time.html", "https://ledger.example/news/bike-lanes");
        String body = String.join("\n", page.paragraphs());
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(body).doesNotContain("By Jordan Ellis", "Share this", "Read more", "Follow us",
                "Cyclists ride", "Mayor unveils", "June 12, 2021", "Copyright");
        assertThat(page.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void dropsPhotoCaptionPrintedTwice() throws Exception {
        String caption = "<p>Rescue teams search the collapsed building in the old town on Friday.</p>";
        String html = Fixtures.read("en-meta-time.html").replace("<div class=\"photo-caption\">", caption + caption + "<div>");
        String body = String.join("\n", extractor.extract(html, "https://ledger.example/x").paragraphs());
        assertThat(body.split("Rescue teams", -1)).hasSize(2);
    }

    @Test
    void declaresCanonicalUrlLeadImageAndSiteName() throws Exception {
        ExtractedPage page = page("ar-jsonld-article.html", "https://nahar.example/news/desal-plant?utm=x");
        assertThat(page.canonicalUrl()).contains("https://nahar.example/news/desal-plant");
        assertThat(page.leadImage()).contains("https://nahar.example/img/plant.jpg");
        assertThat(page.siteName()).isEqualTo("بوابة النهار");
    }

    @Test
    void resolvesRelativeLeadImageAgainstPageUrl() throws Exception {
        assertThat(page("en-meta-time.html", "https://ledger.example/news/x").leadImage())
                .contains("https://ledger.example/images/bikes.jpg");
    }

    @Test
    void marksBreakingStoryFromHeadlineRibbon() throws Exception {
        ExtractedPage page = page("ar-levantine-dateline.html", "https://sada.example/local/power-cut");
        assertThat(page.breaking()).isTrue();
        assertThat(page("en-meta-time.html", "https://ledger.example/x").breaking()).isFalse();
    }

    @Test
    void aSiteWideBreakingTickerDoesNotMarkTheArticle() throws Exception {
        String html = """
                <html><head><title>افتتاح محطة تحلية جديدة في مدينة الواحة | بوابة النهار</title></head><body>
                <header><div class="ticker"><h1>عاجل</h1><ul><li>عاجل: زلزال بقوة 5 درجات يضرب جزيرة كريت</li></ul></div></header>
                <article><h1>افتتاح محطة تحلية جديدة في مدينة الواحة</h1>
                <p>افتتح محافظ الواحة صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة خمسين ألف متر مكعب يوميا، لتغطي
                احتياجات نحو مئتي ألف نسمة من سكان المدينة والقرى المجاورة لها.</p>
                <p>وقال المحافظ إن المحطة تعمل بالطاقة الشمسية في ساعات النهار، وإن المرحلة الثانية تبدأ العام المقبل.</p>
                </article></body></html>""";
        ExtractedPage page = extractor.extract(html, "https://nahar.example/news/desal");
        assertThat(page.title()).isEqualTo("افتتاح محطة تحلية جديدة في مدينة الواحة");
        assertThat(page.breaking()).isFalse();
    }

    @Test
    void stripsBreakingRibbonFromHeadline() throws Exception {
        assertThat(page("ar-levantine-dateline.html", "https://sada.example/local/power-cut").title())
                .isEqualTo("انقطاع واسع للتيار الكهربائي في العاصمة");
    }

    @Test
    void keepsTheTextOfAPageStreamedIntoAHiddenContainer() throws Exception {
        String html = """
                <html><head><title>Harbor ferry resumes after winter break | The Riverside Ledger</title></head><body>
                <div hidden id="S:0"><main><h1>Harbor ferry resumes after winter break</h1>
                <p>The harbor ferry will resume its regular schedule on Saturday after a three-month winter break, the
                transit authority said on Thursday, after repairs to the north pier were finished ahead of time.</p>
                <p>Boats will leave every thirty minutes between 7 a.m. and 9 p.m., and fares stay as they were.</p>
                </main></div><div hidden><p>Sign in to keep reading your saved stories and the newsletters you follow.</p></div>
                <script>$RC("B:0","S:0")</script></body></html>""";
        ExtractedPage page = extractor.extract(html, "https://ledger.example/harbor/ferry");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0)).startsWith("The harbor ferry will resume");
    }

    @Test
    void dropsTheDeclaredTitleRepeatedAboveTheStory() throws Exception {
        String html = Fixtures.read("ar-jsonld-article.html").replace("<h1>افتتاح محطة تحلية جديدة في مدينة الواحة</h1>",
                "<p>افتتاح محطة تحلية جديدة في مدينة الواحة - بوابة النهار</p>");
        String body = String.join("\n", extractor.extract(html, "https://nahar.example/n").paragraphs());
        assertThat(body).startsWith("افتتح محافظ").doesNotContain("- بوابة النهار");
    }

    @Test
    void takesTheSiteNameFromTheJsonLdPublisherWhenNoMetaTagDeclaresIt() throws Exception {
        String html = Fixtures.read("en-meta-time.html").replaceAll("<meta property=\"og:site_name\"[^>]*>", "")
                .replace("</head>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Riverside Ledger\"}}</script></head>");
        assertThat(extractor.extract(html, "https://ledger.example/x").siteName()).isEqualTo("The Riverside Ledger");
    }

    @Test
    void refusesPageWithoutArticleText() {
        assertThatThrownBy(() -> page("no-article.html", "https://example.com/sections"))
                .isInstanceOf(NoArticleException.class)
                .hasMessageContaining("https://example.com/sections")
                .hasMessageContaining("no article text");
    }

    @Test
    void refusesEmptyPage() {
        assertThatThrownBy(() -> extractor.extract("  ", "https://example.com/empty"))
                .isInstanceOf(NoArticleException.class).hasMessageContaining("empty page");
    }
}
