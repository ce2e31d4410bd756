package com.nabaa.extract;

import com.nabaa.text.LanguageDetector;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article from an HTML page. PLACEHOLDER: title and all <p> text. */
public final class HtmlExtractor {

    public ExtractedPage extract(String html, String baseUrl) throws NoArticleException {
        Document doc = Jsoup.parse(html, baseUrl);
        List<String> paragraphs = doc.select("p").stream().map(Element::text)
                .filter(t -> !t.isBlank()).toList();
        if (paragraphs.isEmpty()) throw new NoArticleException(baseUrl, "no paragraphs");
        String body = String.join("\n", paragraphs);
        return new ExtractedPage(doc.title(), Optional.empty(), paragraphs, Optional.empty(), false,
                LanguageDetector.detect(body), Optional.empty(), "");
    }
}
