package com.nabaa.ingest;

import com.nabaa.extract.ExtractedPage;
import com.nabaa.extract.HtmlExtractor;
import com.nabaa.extract.NoArticleException;
import com.nabaa.extract.TextPageExtractor;
import java.io.IOException;
import java.nio.file.Path;

/** One article page saved as a file: HTML, or the plain text a reader sees. */
final class PageFileSource implements ArticleSource {
    enum Kind { HTML, TEXT }

    private final Path file;
    private final Kind kind;
    private final SourceOptions options;

    PageFileSource(Path file, Kind kind, SourceOptions options) {
        this.file = file;
        this.kind = kind;
        this.options = options;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        String text;
        try {
            text = HttpFetcher.readFileText(file, options.maxBytes());
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
        String url = file.toAbsolutePath().toUri().toString();
        try {
            ExtractedPage page = kind == Kind.HTML
                    ? new HtmlExtractor().extract(text, url)
                    : new TextPageExtractor().extract(text, file.toString());
            listener.article(new ArticleCandidate(Pages.toArticle(page, url, options), file.toString()));
        } catch (NoArticleException e) {
            listener.skipped(file.toString(), "no article: " + e.getMessage());
        }
    }
}
