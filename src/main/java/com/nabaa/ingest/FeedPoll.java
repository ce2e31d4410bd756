package com.nabaa.ingest;

import com.nabaa.store.FeedSpec;
import com.nabaa.store.FeedStatus;
import com.nabaa.store.FeedStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: a conditional GET, the feed read, its items ingested, the outcome recorded.
 * Whatever goes wrong with the feed (not http(s), an HTTP error, a timeout, a body over the limit,
 * malformed XML, an HTML page) is the feed's failure, with its message in the feed's status:
 * counted, retried after a backoff, and after too many in a row the feed is disabled and the
 * listener told. A poll cut short by shutdown records nothing, so the next start reads the feed again.
 */
final class FeedPoll {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int HTML_SNIFF_CHARS = 1024;

    private final FeedStore store;
    private final HttpFetcher fetcher;
    private final IngestService ingest;
    private final FeedPolicy policy;
    private final FeedHealthListener listener;
    private final Clock clock;
    private final DoubleSupplier random;

    FeedPoll(FeedStore store, HttpFetcher fetcher, IngestService ingest, FeedPolicy policy,
             FeedHealthListener listener, Clock clock, DoubleSupplier random) {
        this.store = store;
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.policy = policy;
        this.listener = listener;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Polls the feed if it still exists, is enabled and is due. The scheduler hands a feed over from
     * a schedule it read a moment before: a poll of the feed may have ended and been recorded since.
     */
    void run(long id) {
        Optional<FeedStatus> current = store.find(id);
        if (current.isEmpty() || !current.get().enabled()) return;
        FeedStatus feed = current.get();
        Instant at = clock.instant();
        if (feed.nextPoll().isAfter(at)) return;
        try {
            URI url = feed.url();
            Optional<String> problem = FeedRegistry.problem(url);
            if (problem.isPresent()) throw FetchException.of(url, FetchException.Reason.IO, problem.get(), null);
            Optional<FetchedPage> page = fetcher.fetchIfChanged(url,
                    new HttpValidators(feed.etag(), feed.lastModified()));
            if (page.isEmpty()) {
                store.recordNotModified(id, at, at.plus(feed.spec().interval()));
                return;
            }
            Feed read = read(page.get());
            IngestReport report = ingest.ingest(read, url.toString(), hints(feed.spec()));
            if (report.wasStopped()) return;
            long taken = report.addedCount() + report.updatedCount();
            HttpValidators validators = page.get().validators();
            store.recordFetched(id, at, at.plus(feed.spec().interval()), taken, validators.etag(),
                    validators.lastModified());
            if (taken > 0 || !report.failures().isEmpty()) {
                LOG.info("feed {}: {} new, {} updated, {} unchanged, {} failed items", feed.displayName(),
                        report.addedCount(), report.updatedCount(), report.unchangedCount(), report.failures().size());
            }
        } catch (FetchException e) {
            // Shutdown interrupted the fetch: not the feed's fault.
            if (e.reason() != FetchException.Reason.INTERRUPTED) failed(feed, at, e.getMessage());
        } catch (FeedException e) {
            failed(feed, at, e.getMessage());
        } catch (RuntimeException e) {
            // A bug, or the store: this poll fails, the poller goes on.
            LOG.error("feed {}: poll failed unexpectedly", feed.displayName(), e);
            failed(feed, at, "unexpected error: " + e);
        }
    }

    /** The feed, or why the page is not one (an HTML page gets said so plainly). */
    private static Feed read(FetchedPage page) throws FeedException {
        String location = page.url().toString();
        try {
            return new FeedReader().read(page.body(), location, page.finalUrl());
        } catch (FeedException e) {
            if (!looksLikeHtml(page)) throw e;
            String type = page.contentType().isBlank() ? "no Content-Type" : page.contentType();
            throw new FeedException(location, -1, -1,
                    "the server sent an HTML page (" + type + "), not an RSS or Atom feed", e);
        }
    }

    private static boolean looksLikeHtml(FetchedPage page) {
        String head = page.body().substring(0, Math.min(page.body().length(), HTML_SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        return page.contentType().toLowerCase(Locale.ROOT).contains("html")
                || head.contains("<html") || head.contains("<!doctype html");
    }

    private static FeedHints hints(FeedSpec spec) {
        return new FeedHints(spec.name(), spec.section(), spec.breakingCategory());
    }

    private void failed(FeedStatus feed, Instant at, String message) {
        int failures = feed.consecutiveFailures() + 1;
        Instant next = at.plus(policy.retryDelay(feed.spec().interval(), failures, random.getAsDouble()));
        failures = store.recordFailure(feed.id(), at, message, next);
        LOG.warn("feed {} failed ({} in a row): {}", feed.displayName(), failures, message);
        if (failures < policy.maxFailures()) return;
        String reason = failures + " failures in a row; the last: " + message;
        if (!store.disable(feed.id(), reason)) return;
        LOG.warn("feed {} disabled: {}", feed.displayName(), reason);
        try {
            listener.disabled(store.find(feed.id()).orElse(feed), reason);
        } catch (RuntimeException e) {
            LOG.error("feed {}: the listener of disabled feeds failed", feed.displayName(), e);
        }
    }
}
