package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Headline} and {@link SiteNames}, on small invented pages. */
class HeadlineTest {
    private static final String NAHAR = "https://www.nahar.example/news/2025/desal-plant";
    private static final String LEDGER = "https://www.ledger.example/city/bike-lanes";

    private static Headline headline(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return Headline.of(doc, url, PageMeta.siteName(doc), LinkedData.of(doc));
    }

    private static void check(String url, String html, String expected) {
        assertThat(headline(html, url).text()).isEqualTo(expected);
    }

    private static String head(String ogTitle, String title) {
        return "<html><head><meta property=\"og:title\" content=\"" + ogTitle + "\"><title>" + title + "</title></head>";
    }

    @Test
    void takesTheArticlesH1OverATeaserInOgTitle() {
        check(LEDGER, head("Council explains the new bike lanes", "Council explains the new bike lanes")
                + "<body><article><h1>City council approves 12 miles of new bike lanes</h1><p>Text.</p></article></body></html>",
                "City council approves 12 miles of new bike lanes");
    }

    @Test
    void takesTheArticlesH1OverATitleCarryingTheSiteName() {
        check(NAHAR, head("انقطاع الكهرباء عن أحياء العاصمة - بوابة النهار", "انقطاع الكهرباء عن أحياء العاصمة - بوابة النهار")
                + "<body><article><h1>انقطاع الكهرباء عن ثلاثة أحياء في العاصمة لست ساعات</h1></article></body></html>",
                "انقطاع الكهرباء عن ثلاثة أحياء في العاصمة لست ساعات");
    }

    @Test
    void skipsTheSitesLogoH1() {
        check(NAHAR, "<html><head><meta property=\"og:site_name\" content=\"بوابة النهار\"></head><body>"
                + "<header><h1>بوابة النهار</h1></header>"
                + "<article><h1>افتتاح محطة تحلية جديدة في مدينة الواحة</h1></article></body></html>",
                "افتتاح محطة تحلية جديدة في مدينة الواحة");
        check(LEDGER, "<html><body><div class=\"top\"><h1><a href=\"https://www.ledger.example/\">The Riverside Ledger"
                + "</a></h1></div><main><h1>Bike lanes approved</h1></main></body></html>", "Bike lanes approved");
        check(LEDGER, "<html><body><h1 class=\"site-title\">The Riverside Ledger</h1>"
                + "<main><h1>Bike lanes approved</h1></main></body></html>", "Bike lanes approved");
    }

    @Test
    void anH1InASiteWideTickerIsNeitherTheHeadlineNorABreakingMark() {
        Headline h = headline("<html><body>"
                + "<div class=\"news-ticker\"><h1>عاجل: زلزال بقوة 5 درجات يضرب جزيرة كريت</h1></div>"
                + "<nav><h1>عاجل: البنك المركزي يثبت أسعار الفائدة</h1></nav>"
                + "<article><h1>افتتاح محطة تحلية جديدة في مدينة الواحة</h1></article></body></html>", NAHAR);
        assertThat(h.text()).isEqualTo("افتتاح محطة تحلية جديدة في مدينة الواحة");
        assertThat(h.breaking()).isFalse();
    }

    @Test
    void theArticlesOwnMarkMarksItBreakingAndLeavesTheHeadline() {
        Headline h = headline("<html><head><title>عاجل | زلزال بقوة 5 درجات يضرب جزيرة كريت | بوابة النهار</title></head>"
                + "<body><article><h1>عاجل: زلزال بقوة 5 درجات يضرب جزيرة كريت</h1></article></body></html>", NAHAR);
        assertThat(h.text()).isEqualTo("زلزال بقوة 5 درجات يضرب جزيرة كريت");
        assertThat(h.breaking()).isTrue();
        Headline onlyOnThePage = headline("<html><head><meta property=\"og:title\" content=\"زلزال بقوة 5 درجات يضرب"
                + " جزيرة كريت\"></head><body><article><h1>عاجل: زلزال بقوة 5 درجات يضرب جزيرة كريت</h1></article>"
                + "</body></html>", NAHAR);
        assertThat(onlyOnThePage.text()).isEqualTo("زلزال بقوة 5 درجات يضرب جزيرة كريت");
        assertThat(onlyOnThePage.breaking()).isTrue();
    }

    @Test
    void skipsAnH1ThatSharesNoWordsWithTheDeclaredTitles() {
        check(LEDGER, head("City council approves new bike lanes | The Riverside Ledger", "x")
                + "<body><main><h1>The Blog</h1><h2>City council approves new bike lanes</h2></main></body></html>",
                "City council approves new bike lanes");
        check(NAHAR, head("افتتاح محطة تحلية جديدة في مدينة الواحة", "x")
                + "<body><main><h1>أخبار محلية</h1></main></body></html>", "افتتاح محطة تحلية جديدة في مدينة الواحة");
    }

    @Test
    void skipsAnH1OnlyScreenReadersGet() {
        check(LEDGER, head("City council approves new bike lanes", "City council approves new bike lanes")
                + "<body><h1 class=\"sr-only\">Search city council</h1><footer><h1>City council contacts</h1></footer>"
                + "<h2>City council approves new bike lanes</h2></body></html>", "City council approves new bike lanes");
    }

    @Test
    void cutsTheSiteNameAtEitherEndOfADeclaredTitle() {
        check("https://www.bbc.co.uk/news/x", head("Protests grow in the capital - BBC News", ""), "Protests grow in the capital");
        check("https://www.dw.com/en/x", head("DW: Floods reach the river delta", ""), "Floods reach the river delta");
        check("https://www.ledger.example/x", head("Best cloud stocks to watch this year | The Daily Ledger", ""),
                "Best cloud stocks to watch this year");
        check("https://www.skynewsarabia.com/x", head("ارتفاع أسعار الذهب في السوق المحلية اليوم - Sky News Arabia", ""),
                "ارتفاع أسعار الذهب في السوق المحلية اليوم");
        check(NAHAR, "<html><head><meta property=\"og:site_name\" content=\"النهار - أخبار مصر\">"
                + "<title>ارتفاع أسعار الذهب في السوق المحلية - النهار - أخبار مصر</title></head></html>",
                "ارتفاع أسعار الذهب في السوق المحلية");
    }

    @Test
    void cutsAShortLastSegmentOffADeclaredTitle() {
        check(NAHAR, head("ارتفاع أسعار الذهب في السوق المحلية اليوم | سكاي نيوز عربية", ""),
                "ارتفاع أسعار الذهب في السوق المحلية اليوم");
    }

    @Test
    void takesTheJsonLdHeadlineWhenThereIsNoArticleH1() {
        check(LEDGER, head("Bike lanes: what changes for you | Ledger", "Bike lanes: what changes for you")
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council approves new bike lanes &amp; wider pavements\"}</script><body></body></html>",
                "Council approves new bike lanes & wider pavements");
    }

    @Test
    void aJsonLdHeadlineCutToALengthLimitGivesWayToTheWholeTitle() {
        check(NAHAR, head("افتتاح محطة تحلية جديدة في مدينة الواحة بطاقة خمسين ألف متر مكعب يوميا - بوابة النهار", "")
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"افتتاح محطة تحلية جديدة في مدينة الواحة بطاقة\"}</script><body></body></html>",
                "افتتاح محطة تحلية جديدة في مدينة الواحة بطاقة خمسين ألف متر مكعب يوميا");
    }

    @Test
    void cutsASectionLabelAfterABarInTheH1() {
        check(LEDGER, head("Why the bike lanes matter", "Why the bike lanes matter")
                + "<body><article><h1>Why the new bike lanes matter | Opinion</h1></article></body></html>",
                "Why the new bike lanes matter");
    }

    @Test
    void anH1HoldingADateOrACountBesideTheTitleIsTheTitle() {
        check(LEDGER, head("Harbor ferry resumes after winter break | The Riverside Ledger", "")
                + "<body><article><h1><span class=\"date\">18 June 2025</span> Harbor ferry resumes after winter break"
                + "</h1></article></body></html>", "Harbor ferry resumes after winter break");
        check(NAHAR, head("انقطاع الكهرباء عن ثلاثة أحياء في العاصمة", "")
                + "<body><article><h1>انقطاع الكهرباء عن ثلاثة أحياء في العاصمة <span>(النهار) 14</span></h1></article>"
                + "</body></html>", "انقطاع الكهرباء عن ثلاثة أحياء في العاصمة");
    }

    @Test
    void anH1WithAYearOfItsOwnKeepsIt() {
        check(LEDGER, head("Bike lane budget explained", "")
                + "<body><article><h1>2025 bike lane budget explained</h1></article></body></html>",
                "2025 bike lane budget explained");
    }

    @Test
    void anH1InCapitalsGivesWayToTheDeclaredTitle() {
        check(LEDGER, head("Supporting small shops: the council's new grants", "")
                + "<body><main><h1>SUPPORTING SMALL SHOPS</h1></main></body></html>",
                "Supporting small shops: the council's new grants");
    }

    @Test
    void takesTheFirstVisibleH1WhenThePageDeclaresNoTitle() {
        check(NAHAR, "<html><body><h1 style=\"display:none\">بوابة</h1><h1>موسم الحصاد يبدأ مبكرا في السهول الداخلية</h1>"
                + "</body></html>", "موسم الحصاد يبدأ مبكرا في السهول الداخلية");
    }
}
