package com.nabaa.ingest;

import com.nabaa.store.FeedSpec;
import com.nabaa.store.FeedStatus;
import com.nabaa.store.FeedStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The feeds the server polls, for admin commands and the feed list file: add, remove, list with
 * each feed's health, enable again after failures, pause. A running {@link FeedPoller} on the same
 * {@link FeedStore} hears every change at once (a new feed is polled within moments). Thread-safe.
 */
public final class FeedRegistry {
    private final FeedStore store;
    private final Clock clock;

    public FeedRegistry(FeedStore store) {
        this(store, Clock.systemUTC());
    }

    FeedRegistry(FeedStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds a feed, polled at once and then every {@code interval}; a feed already there (same URL)
     * takes the new interval and name.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or the interval
     *                                  is not positive, with a message that says which
     */
    public FeedStatus add(URI url, Duration interval, Optional<String> name) {
        Objects.requireNonNull(url, "url");
        return add(new FeedSpec(url, interval, name));
    }

    /** Adds a feed with all its hints (section, breaking category); see {@link #add(URI, Duration, Optional)}. */
    public FeedStatus add(FeedSpec spec) {
        problem(spec.url()).ifPresent(p -> {
            throw new IllegalArgumentException(p + ": " + spec.url());
        });
        return store.add(spec, clock.instant());
    }

    /** Removes the feed; false when there is none. The articles it brought in stay. */
    public boolean remove(long id) {
        return store.remove(id);
    }

    /** Removes the feed at this URL; false when there is none. */
    public boolean remove(URI url) {
        return store.remove(url);
    }

    /** Every feed with its health, in the order they were added. */
    public List<FeedStatus> list() {
        return store.list();
    }

    public Optional<FeedStatus> find(long id) {
        return store.find(id);
    }

    /** Enables a feed again (after failures, or a pause), its failures forgotten, polled at once. */
    public Optional<FeedStatus> enable(long id) {
        return store.enable(id, clock.instant());
    }

    /** Pauses a feed until it is enabled again; false when it was not enabled. */
    public boolean disable(long id, String reason) {
        return store.disable(id, reason);
    }

    /**
     * Makes the configured feeds those of the feed list(s): new ones are added, listed ones keep
     * their health, ones no longer listed are removed (admins' feeds stay). Running it again with
     * the same list changes nothing.
     */
    public FeedStore.Sync loadConfigured(List<FeedSpec> specs) {
        return store.syncConfigured(specs, clock.instant());
    }

    /** Why the poller cannot fetch this URL, if it cannot. */
    static Optional<String> problem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.of("not an http(s) URL");
        if (url.getHost() == null || url.getHost().isBlank()) return Optional.of("no host in the URL");
        return Optional.empty();
    }
}
