package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    private static void check(String input, String expected) {
        assertThat(UrlNormalizer.normalize(input)).isEqualTo(expected);
        assertThat(UrlNormalizer.normalize(expected)).as("idempotent").isEqualTo(expected);
    }

    @Test
    void lowercasesSchemeAndHost() {
        check("HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story");
    }

    @Test
    void usesHttpsAsTheCanonicalScheme() {
        check("http://example.com/a", "https://example.com/a");
        check("//example.com/a", "https://example.com/a");
    }

    @Test
    void dropsDefaultPortsButKeepsOthers() {
        check("http://example.com:80/a", "https://example.com/a");
        check("https://example.com:443/a", "https://example.com/a");
        check("https://example.com:8080/a", "https://example.com:8080/a");
    }

    @Test
    void dropsWwwPrefix() {
        check("https://www.example.com/a", "https://example.com/a");
    }

    @Test
    void collapsesMobileHosts() {
        check("https://m.example.com/a", "https://example.com/a");
        check("https://mobile.example.com/a", "https://example.com/a");
        check("https://www.m.example.com/a", "https://example.com/a");
    }

    @Test
    void keepsPrefixWhenItIsTheWholeName() {
        check("https://m.com/a", "https://m.com/a");
    }

    @Test
    void collapsesAmpHostsPathsAndParameters() {
        check("https://amp.example.com/news/1", "https://example.com/news/1");
        check("https://example.com/news/1/amp", "https://example.com/news/1");
        check("https://example.com/news/1/amp/", "https://example.com/news/1");
        check("https://example.com/amp/news/1", "https://example.com/news/1");
        check("https://example.com/news/1?amp=1", "https://example.com/news/1");
        check("https://example.com/news/1?amp", "https://example.com/news/1");
        check("https://example.com/news/1?outputType=amp", "https://example.com/news/1");
        check("https://example.com/news/story.amp", "https://example.com/news/story");
        check("https://example.com/news/story.amp.html", "https://example.com/news/story.html");
    }

    @Test
    void keepsOutputTypeOtherThanAmp() {
        check("https://example.com/a?outputType=print", "https://example.com/a?outputType=print");
    }

    @Test
    void dropsFragment() {
        check("https://example.com/a#comments", "https://example.com/a");
    }

    @Test
    void dropsTrackingParametersAndFragment() {
        check("https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x&id=7#top",
                "https://example.com/a?id=7");
        check("https://example.com/a?fbclid=1&gclid=2&dclid=3&mc_cid=4&mc_eid=5&igshid=6&yclid=7",
                "https://example.com/a");
        check("https://example.com/a?ref=rss&ref_src=twsrc&cmpid=x&_ga=1&spm=a.b&share=tw",
                "https://example.com/a");
        check("https://example.com/a?at_medium=social&at_campaign=x&xtor=RSS-1&UTM_Source=y",
                "https://example.com/a");
    }

    @Test
    void keepsSearchAndArticleIdParameters() {
        check("https://example.com/?s=gaza", "https://example.com/?s=gaza");
        check("https://example.com/details.aspx?NewsID=123", "https://example.com/details.aspx?NewsID=123");
    }

    @Test
    void sortsRemainingQueryParameters() {
        check("https://example.com/a?z=1&b=2&a=3&b=1", "https://example.com/a?a=3&b=1&b=2&z=1");
    }

    @Test
    void dropsEmptyQuery() {
        check("https://example.com/a?", "https://example.com/a");
        check("https://example.com/a?&&", "https://example.com/a");
    }

    @Test
    void removesTrailingSlashExceptRoot() {
        check("https://example.com/news/", "https://example.com/news");
        check("https://example.com/", "https://example.com/");
        check("https://example.com", "https://example.com/");
    }

    @Test
    void resolvesDotSegments() {
        check("https://example.com/a/./b/../c", "https://example.com/a/c");
    }

    @Test
    void decodesUnreservedPercentEscapes() {
        check("https://example.com/%7Euser/%41%62c-%2E", "https://example.com/~user/Abc-.");
    }

    @Test
    void uppercasesRemainingPercentEscapes() {
        check("https://example.com/a%2fb?q=x%3dy", "https://example.com/a%2Fb?q=x%3Dy");
    }

    @Test
    void encodesArabicPathSoEncodedAndUnencodedFormsAreEqual() {
        String raw = "https://example.com/أخبار/مصر-اليوم";
        String encoded = "https://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D8%B5%D8%B1-%D8%A7%D9%84%D9%8A%D9%88%D9%85";
        assertThat(UrlNormalizer.normalize(raw)).isEqualTo(encoded);
        assertThat(UrlNormalizer.normalize(encoded.toLowerCase().replace("https://example.com", "http://www.example.com")))
                .isEqualTo(encoded);
    }

    @Test
    void encodesArabicQueryValues() {
        check("https://example.com/search?q=غزة", "https://example.com/search?q=%D8%BA%D8%B2%D8%A9");
    }

    @Test
    void convertsArabicHostToPunycode() {
        check("https://موقع.مصر/خبر", "https://xn--4gbrim.xn--wgbh1c/%D8%AE%D8%A8%D8%B1");
    }

    @Test
    void encodesSpacesAndStrayPercentSigns() {
        check("https://example.com/a b/100%", "https://example.com/a%20b/100%25");
    }

    @Test
    void rejectsInvalidUrlsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize("ftp://example.com/a"))
                .withMessageContaining("ftp://example.com/a");
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize("/relative/path"))
                .withMessageContaining("/relative/path");
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize("https://exa mple.com/"))
                .withMessageContaining("exa mple.com");
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize("https://example.com:99x/"))
                .withMessageContaining("example.com:99x");
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize("  "));
        assertThatIllegalArgumentException().isThrownBy(() -> UrlNormalizer.normalize(null));
    }
}
