package com.nabaa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.text.LanguageDetector;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines of articles, plain or gzip-compressed, one object per line in the shape of the shared
 * corpus: {@code id, title, abstract, body, date, url, category, source, author}; optional
 * {@code language}, {@code breaking}, {@code image}. The body's line breaks separate paragraphs.
 */
final class JsonLinesSource implements ArticleSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest accepted line; a longer one is reported, not parsed (protects the heap). */
    static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

    private final Path file;

    JsonLinesSource(Path file) {
        this.file = file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        long size = Files.size(file);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             InputStream raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16)
                     : counted;
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String where = file + ":" + lineNo;
                if (line.isBlank()) continue;
                if (line.length() > MAX_LINE_CHARS) {
                    listener.failed(where, "line longer than " + MAX_LINE_CHARS + " characters");
                } else {
                    parse(line, where, listener);
                }
                if ((lineNo & 63) == 0) listener.progress(counted.count, size);
            }
            listener.progress(size, size);
        }
    }

    private static void parse(String line, String where, SourceListener listener) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            listener.failed(where, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (!node.isObject()) {
            listener.failed(where, "expected a JSON object");
            return;
        }
        String title = text(node, "title");
        List<String> paragraphs = paragraphs(text(node, "abstract"), text(node, "body"));
        if (title.isBlank()) {
            listener.skipped(where, "no title");
            return;
        }
        if (paragraphs.isEmpty()) {
            listener.skipped(where, "empty body");
            return;
        }
        try {
            String url = text(node, "url");
            String sample = title + " " + paragraphs.get(0);
            Language language = node.hasNonNull("language") ? Language.fromCode(text(node, "language"))
                    : LanguageDetector.detect(sample);
            Article article = Article.builder()
                    .id(text(node, "id"))
                    .url(url)
                    .canonicalUrl(url.isBlank() ? "" : UrlNormalizer.normalize(url))
                    .title(FeedSignals.stripBreakingPrefix(title))
                    .published(Dates.parseInstant(text(node, "date")).orElse(null))
                    .paragraphs(paragraphs)
                    .source(text(node, "source"))
                    .category(text(node, "category"))
                    .language(language)
                    // Marked by the outlet, or by an "عاجل:" that opens the headline (as in feeds).
                    .breaking(node.path("breaking").asBoolean(false) || FeedSignals.hasBreakingPrefix(title))
                    .leadImage(text(node, "image"))
                    .build();
            listener.article(new ArticleCandidate(article, where));
        } catch (IllegalArgumentException e) {
            listener.failed(where, e.getMessage());
        }
    }

    /** Body lines as paragraphs; the abstract leads when the body does not already start with it. */
    static List<String> paragraphs(String summary, String body) {
        List<String> out = new ArrayList<>();
        String lead = summary.strip();
        String start = lead.length() > 40 ? lead.substring(0, 40) : lead;
        if (!lead.isEmpty() && !body.contains(start)) out.add(lead);
        body.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText("");
    }

    /** Counts the compressed bytes read, for progress on gzip files. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
