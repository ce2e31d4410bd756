package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostileHtmlTest {
    private static final String STORY = "<p>The regional water board said on Tuesday that reservoir levels had "
            + "recovered to ninety percent after two weeks of steady rain across the valley.</p>"
            + "<p>Officials lifted the watering restrictions that had been in place since the spring, but asked "
            + "residents to keep saving water until the end of the dry season.</p>";
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void ignoresScriptsAndStylesScatteredThroughTheArticle() throws Exception {
        String noise = "<script>var p = '<p>fake paragraph from a script that must never be text</p>';</script>"
                + "<style>p { color: red } /* not text either */</style><noscript>Enable JavaScript</noscript>";
        String html = "<html><body><h1>Reservoirs refill</h1><div>" + noise + STORY + noise + "</div></body></html>";
        String body = String.join("\n", extractor.extract(html, "https://w.example/a").paragraphs());
        assertThat(body).contains("reservoir levels").doesNotContain("fake paragraph", "color", "JavaScript");
    }

    @Test
    void survivesDeeplyNestedMarkup() throws Exception {
        String html = "<html><body>" + "<div>".repeat(20_000) + STORY + "</div>".repeat(20_000) + "</body></html>";
        ExtractedPage page = extractor.extract(html, "https://w.example/deep");
        assertThat(String.join(" ", page.paragraphs())).contains("watering restrictions");
    }

    @Test
    void survivesUnclosedAndMisnestedTags() throws Exception {
        String html = "<html><body><h1>Reservoirs <b>refill<div><p>The regional water board said on Tuesday that "
                + "reservoir levels had recovered <i>to ninety <p>percent after two weeks of steady rain</b> across "
                + "the valley, officials said in a statement published on the board's website.<table><tr><td>"
                + "Officials lifted the watering restrictions that had been in place since the spring.</span>";
        ExtractedPage page = extractor.extract(html, "https://w.example/broken");
        assertThat(String.join(" ", page.paragraphs())).contains("steady rain", "watering restrictions");
    }

    @Test
    void extractsLargePageQuickly() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 2_000; i++) {
            html.append("<div class='teaser'><a href='/n/").append(i).append("'>Other story ").append(i)
                    .append("</a><script>track(").append(i).append(")</script></div>");
        }
        html.append("<article><h1>Reservoirs refill</h1>").append(STORY).append("</article></body></html>");
        extractor.extract(html.toString(), "https://w.example/warmup");
        long start = System.nanoTime();
        ExtractedPage page = extractor.extract(html.toString(), "https://w.example/big");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(String.join(" ", page.paragraphs())).contains("reservoir levels").doesNotContain("Other story");
    }
}
