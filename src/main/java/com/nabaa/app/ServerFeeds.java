package com.nabaa.app;

import com.nabaa.config.FeedSettings;
import com.nabaa.ingest.FeedHealthListener;
import com.nabaa.ingest.FeedListFile;
import com.nabaa.ingest.FeedPolicy;
import com.nabaa.ingest.FeedPoller;
import com.nabaa.ingest.FeedRegistry;
import com.nabaa.ingest.HttpFetcher;
import com.nabaa.ingest.IngestService;
import com.nabaa.store.FeedSpec;
import com.nabaa.store.FeedStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server's feeds: the feed list (and the starter list, when turned on) loaded into the store,
 * then polled until the runtime closes the poller.
 */
final class ServerFeeds {
    private ServerFeeds() {
    }

    /** Loads the configured lists and starts polling; a disabled feed is logged and {@code disabled} hears of it. */
    static FeedPoller start(FeedSettings settings, FeedStore store, HttpFetcher fetcher, IngestService ingest,
                            PrintStream log, FeedHealthListener disabled) throws IOException {
        List<FeedSpec> configured = new ArrayList<>(read(settings.file(), settings, log));
        if (settings.starter()) configured.addAll(read(settings.starterFile(), settings, log));
        FeedStore.Sync sync = new FeedRegistry(store).loadConfigured(configured);
        if (sync.added() + sync.kept() + sync.removed() > 0) {
            log.printf("nabaa: feeds: %d listed (%d new), %d no longer listed and removed%n",
                    sync.added() + sync.kept(), sync.added(), sync.removed());
        }
        FeedHealthListener toLog = (feed, reason) -> {
            log.printf("nabaa: feed %s is disabled: %s; enable it again once it is fixed%n", feed.displayName(), reason);
            disabled.disabled(feed, reason);
        };
        FeedPoller poller = new FeedPoller(store, fetcher, ingest,
                FeedPolicy.defaults().withMaxFailures(settings.maxFailures()).withParallel(settings.parallel()), toLog);
        poller.start();
        return poller;
    }

    private static List<FeedSpec> read(Path file, FeedSettings settings, PrintStream log) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        FeedListFile.Parsed parsed = FeedListFile.read(file, settings.interval());
        parsed.problems().forEach(p -> log.println("nabaa: feed list: " + p));
        return parsed.feeds();
    }
}
