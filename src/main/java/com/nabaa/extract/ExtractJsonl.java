package com.nabaa.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Batch extraction over JSON Lines: reads {@code {"id","url","html"}} per line and writes
 * {@code {"id","url","title","headline","site_name","published","date","body","canonical_url","breaking","language","error"}}
 * ({@code headline} repeats {@code title} under the name the extraction scorer reads).
 * A page that fails is reported in its own line's {@code error} and the run goes on.
 */
public final class ExtractJsonl {
    private static final JsonMapper JSON = new JsonMapper();

    private ExtractJsonl() {
    }

    /** Counts of one run, for the caller's report. */
    public record Report(int pages, int extracted, int noArticle, int failed) {
    }

    public static Report run(InputStream in, OutputStream out) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        int pages = 0;
        int extracted = 0;
        int noArticle = 0;
        int failed = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            pages++;
            ObjectNode result = JSON.createObjectNode();
            try {
                JsonNode page = JSON.readTree(line);
                result.put("id", page.path("id").asText(""));
                result.put("url", page.path("url").asText(""));
                ExtractedPage extractedPage = extractor.extract(page.path("html").asText(""), page.path("url").asText(""));
                fill(result, extractedPage);
                extracted++;
            } catch (NoArticleException e) {
                noArticle++;
                empty(result, e.getMessage());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // One bad line (invalid JSON, pathological HTML) must not end a batch of thousands.
                failed++;
                empty(result, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            writer.write(JSON.writeValueAsString(result));
            writer.write('\n');
        }
        writer.flush();
        return new Report(pages, extracted, noArticle, failed);
    }

    private static void fill(ObjectNode result, ExtractedPage page) {
        result.put("title", page.title());
        result.put("headline", page.title());
        result.put("site_name", page.siteName());
        result.put("published", page.published().map(Object::toString).orElse(null));
        result.put("date", page.published().map(p -> p.toLocalDate().toString()).orElse(null));
        result.put("body", String.join("\n", page.paragraphs()));
        result.put("canonical_url", page.canonicalUrl().orElse(null));
        result.put("breaking", page.breaking());
        result.put("language", page.language().code());
        result.putNull("error");
    }

    private static void empty(ObjectNode result, String error) {
        result.putNull("title");
        result.putNull("headline");
        result.putNull("site_name");
        result.putNull("published");
        result.putNull("date");
        result.put("body", "");
        result.putNull("canonical_url");
        result.put("breaking", false);
        result.putNull("language");
        result.put("error", error);
    }
}
