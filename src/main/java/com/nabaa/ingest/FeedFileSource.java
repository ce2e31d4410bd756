package com.nabaa.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An RSS or Atom feed saved as a file. */
final class FeedFileSource implements ArticleSource {
    private final Path file;
    private final SourceOptions options;
    private final HttpFetcher fetcher;

    FeedFileSource(Path file, SourceOptions options, HttpFetcher fetcher) {
        this.file = file;
        this.options = options;
        this.fetcher = fetcher;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            throw new IOException("feed file is " + size / (1024 * 1024) + " MB, over the "
                    + options.maxBytes() / (1024 * 1024) + " MB limit");
        }
        try {
            Feed feed = new FeedReader().read(Files.readAllBytes(file), file.toString());
            new FeedArticles(feed, file.toString(), options, fetcher).emit(listener);
        } catch (FeedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
