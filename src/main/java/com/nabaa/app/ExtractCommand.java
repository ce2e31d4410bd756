package com.nabaa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.HtmlExtractor;
import com.nabaa.extract.TextPageExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what is taken from one article page (HTML or text) as JSON.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    NabaaCommand parent;

    @Parameters(paramLabel = "PAGE", description = "an .html or .txt file")
    Path page;

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String url = page.toAbsolutePath().toUri().toString();
        ExtractedPage p = page.toString().endsWith(".txt")
                ? new TextPageExtractor().extract(text, page.toString())
                : new HtmlExtractor().extract(text, url);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", p.title());
        out.put("published", p.published().map(Object::toString).orElse(null));
        out.put("canonical_url", p.canonicalUrl().orElse(null));
        out.put("breaking", p.breaking());
        out.put("language", p.language().code());
        out.put("site_name", p.siteName());
        out.put("lead_image", p.leadImage().orElse(null));
        out.put("body", String.join("\n\n", p.paragraphs()));
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        return 0;
    }
}
