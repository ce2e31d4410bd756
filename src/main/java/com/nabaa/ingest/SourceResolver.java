package com.nabaa.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what the user named (files, directories, URLs) into sources, by URL scheme, file
 * extension and, for XML, content. Directories are walked in name order.
 */
final class SourceResolver {
    private final SourceOptions options;
    private final HttpFetcher fetcher;

    SourceResolver(SourceOptions options, HttpFetcher fetcher) {
        this.options = options;
        this.fetcher = fetcher;
    }

    List<ArticleSource> resolve(List<String> inputs, IngestReport report) {
        List<ArticleSource> sources = new ArrayList<>();
        for (String input : inputs) {
            String lower = input.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                sources.add(new UrlSource(input, options, fetcher));
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(SourceResolver::isKnownFile).sorted()
                            .forEach(p -> sources.add(forFile(p)));
                } catch (IOException | UncheckedIOException e) {
                    report.failed(input, describe(e));
                }
            } else if (Files.isRegularFile(path)) {
                sources.add(forFile(path));
            } else {
                report.failed(input, "no such file, directory or URL");
            }
        }
        return sources;
    }

    private ArticleSource forFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
            return new JsonLinesSource(p);
        }
        if (name.endsWith(".txt")) return new PageFileSource(p, PageFileSource.Kind.TEXT, options);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new PageFileSource(p, PageFileSource.Kind.HTML, options);
        }
        return new FeedFileSource(p, options, fetcher);
    }

    private static boolean isKnownFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(".jsonl", ".jsonl.gz", ".ndjson", ".txt", ".html", ".htm", ".xml", ".rss", ".atom")
                .anyMatch(name::endsWith);
    }

    /** A one-line cause for the report: what failed, without a stack trace. */
    static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) return "no such file";
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
