package com.nabaa.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** An RSS or Atom feed saved as a file. PLACEHOLDER until the feed reader lands. */
final class FeedFileSource implements ArticleSource {
    private final Path file;

    FeedFileSource(Path file, SourceOptions options) {
        this.file = file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        throw new IOException("feeds are not available yet");
    }
}
