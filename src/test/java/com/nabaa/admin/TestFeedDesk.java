package com.nabaa.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A feed desk in memory, as the feed polling will offer one: feeds in the order they were added. */
public final class TestFeedDesk implements FeedDesk {
    private final List<Feed> feeds = new ArrayList<>();

    @Override
    public synchronized Feed add(String url, Optional<Duration> every) {
        if (feeds.stream().anyMatch(f -> f.url().equals(url))) throw new Refused("already polled");
        Feed feed = new Feed(url, every.orElse(Duration.ofMinutes(15)), Health.OK, 0, Optional.empty(), Optional.empty());
        feeds.add(feed);
        return feed;
    }

    @Override
    public synchronized boolean remove(String url) {
        return feeds.removeIf(f -> f.url().equals(url));
    }

    @Override
    public synchronized List<Feed> list() {
        return List.copyOf(feeds);
    }

    /** A feed in the given health, as the poller would report it. */
    public synchronized void put(Feed feed) {
        feeds.add(feed);
    }
}
