package com.nabaa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nabaa.extract.ExtractJsonl;
import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.HtmlExtractor;
import com.nabaa.extract.TextPageExtractor;
import com.nabaa.ingest.HttpFetcher;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what is taken from one article page (HTML or text file, or URL) as JSON.",
                "With --jsonl, reads lines {\"id\",\"url\",\"html\"} (plain or .gz) and writes one result per line."})
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "batch mode: JSON Lines of pages")
    Path jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "batch output (default: standard output)")
    Path output;

    @Parameters(arity = "0..1", paramLabel = "PAGE", description = "an .html or .txt file, or an http(s) URL")
    String page;

    @Override
    public Integer call() throws Exception {
        if (jsonl != null) return batch();
        if (page == null) {
            System.err.println("nabaa extract: name a page, or --jsonl FILE");
            return 2;
        }
        var settings = parent.settings();
        ExtractedPage p;
        if (page.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            try (HttpFetcher fetcher = new HttpFetcher(settings.fetchTimeout(), settings.fetchTimeout(),
                    settings.maxPageBytes())) {
                var fetched = fetcher.fetch(URI.create(page));
                p = new HtmlExtractor().extract(fetched.body(), fetched.finalUrl().toString());
            }
        } else {
            Path file = Path.of(page);
            String text = HttpFetcher.readFileText(file, settings.maxPageBytes());
            p = page.toLowerCase(Locale.ROOT).endsWith(".txt")
                    ? new TextPageExtractor().extract(text, page)
                    : new HtmlExtractor().extract(text, file.toAbsolutePath().toUri().toString());
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(p)));
        return 0;
    }

    private static Map<String, Object> json(ExtractedPage p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", p.title());
        out.put("published", p.published().map(Object::toString).orElse(null));
        out.put("canonical_url", p.canonicalUrl().orElse(null));
        out.put("breaking", p.breaking());
        out.put("language", p.language().code());
        out.put("site_name", p.siteName());
        out.put("lead_image", p.leadImage().orElse(null));
        out.put("body", String.join("\n\n", p.paragraphs()));
        return out;
    }

    private int batch() throws IOException {
        try (InputStream raw = Files.newInputStream(jsonl);
             InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             OutputStream out = new BufferedOutputStream(
                     output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            ExtractJsonl.Report r = ExtractJsonl.run(in, out);
            out.flush();
            System.err.printf("extract: %d pages, %d extracted, %d without an article, %d failed%n",
                    r.pages(), r.extracted(), r.noArticle(), r.failed());
            return 0;
        }
    }
}
