package com.nabaa.ingest;

import java.io.IOException;

/** A feed or an article page at a URL. PLACEHOLDER until the fetcher lands. */
final class UrlSource implements ArticleSource {
    private final String url;

    UrlSource(String url, SourceOptions options) {
        this.url = url;
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public void read(SourceListener listener) throws IOException {
        throw new IOException("fetching URLs is not available yet");
    }
}
