package com.nabaa.push;

import com.nabaa.news.Article;
import com.nabaa.store.ArticleConsumer;
import com.nabaa.store.CursorStore;
import com.nabaa.store.DigestStore;
import com.nabaa.store.StoredArticle;
import com.nabaa.store.StoredSubscription;
import com.nabaa.store.StoredTopic;
import com.nabaa.store.SubscriptionStore;
import com.nabaa.store.TopicStore;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts as a consumer of the article store: each stored article that is news ({@link Freshness})
 * finds its story ({@link RecentStories}) and its readers — every breaking-news subscriber when it is
 * breaking, and the chats whose topics it matches ({@link TopicMatcher}) — each subscribed before it
 * was published. A reader of instant alerts gets a push keyed by the story (the outbox queues one per
 * chat and key, so a story reported by three outlets alerts once), silent or held in their quiet
 * hours; a digest reader's alert is collected for the digest. Its position is the "alerts" cursor.
 */
final class Alerter implements ArticleConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(Alerter.class);
    static final String NAME = "alerts";
    /** Breaking-news subscribers are read, and their pushes queued, this many at a time. */
    static final int PAGE = 5_000;

    private final CursorStore cursors;
    private final SubscriptionStore subscriptionRows;
    private final TopicStore topics;
    private final DigestStore digests;
    private final Subscriptions subscriptions;
    private final TopicMatcher matcher;
    private final RecentStories stories;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final AtomicLong pushed = new AtomicLong();
    private final AtomicLong collected = new AtomicLong();

    Alerter(Stores stores, Subscriptions subscriptions, TopicMatcher matcher, RecentStories stories, Outbox outbox,
            Clock clock, ZoneId defaultZone) {
        this.cursors = stores.cursors();
        this.subscriptionRows = stores.subscriptions();
        this.topics = stores.topics();
        this.digests = stores.digests();
        this.subscriptions = subscriptions;
        this.matcher = matcher;
        this.stories = stories;
        this.outbox = outbox;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /** The store's tables the alerts use. */
    record Stores(CursorStore cursors, SubscriptionStore subscriptions, TopicStore topics, DigestStore digests) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long position() {
        return cursors.position(NAME);
    }

    @Override
    public void accept(List<StoredArticle> page) {
        for (StoredArticle s : page) alert(s);
    }

    @Override
    public void commit(long seq) {
        cursors.save(NAME, seq);
    }

    /** Pushes queued and alerts collected for digests since start. */
    long pushed() {
        return pushed.get();
    }

    long collected() {
        return collected.get();
    }

    private void alert(StoredArticle stored) {
        Instant now = clock.instant();
        Optional<Instant> when = Freshness.newsTime(stored, now);
        if (when.isEmpty()) return;
        Article a = stored.article();
        RecentStories.Story story = stories.storyOf(a, when.get(), now);
        Map<Long, String> topicOf = followers(a, when.get());
        List<Push> instant = new ArrayList<>();
        if (a.breaking()) {
            long after = Long.MIN_VALUE;
            for (List<StoredSubscription> rows; !(rows = subscriptionRows.breaking(after, PAGE)).isEmpty(); ) {
                for (StoredSubscription row : rows) {
                    if (row.breakingSince().filter(since -> !since.isAfter(when.get())).isEmpty()) continue;
                    deliver(subscriptions.read(row), a, story, Optional.ofNullable(topicOf.remove(row.chatId())), now,
                            instant);
                }
                after = rows.get(rows.size() - 1).chatId();
                flush(instant);
            }
        }
        Map<Long, Subscription> rest = subscriptionRows.reachable(topicOf.keySet()).stream()
                .map(subscriptions::read).collect(Collectors.toMap(Subscription::chatId, Function.identity()));
        for (Map.Entry<Long, String> e : topicOf.entrySet()) {
            Subscription sub = rest.getOrDefault(e.getKey(), Subscription.none(e.getKey(), defaultZone));
            deliver(sub, a, story, Optional.of(e.getValue()), now, instant);
        }
        flush(instant);
    }

    /** The chats whose topics the article matches, each with its first such topic followed by {@code when}. */
    private Map<Long, String> followers(Article a, Instant when) {
        Set<Long> matched;
        try {
            matched = matcher.matches(a);
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.error("article {}: topic matching failed, no topic alert for it: {}", a.id(), e.toString());
            return new LinkedHashMap<>();
        }
        Map<Long, String> out = new LinkedHashMap<>();
        for (StoredTopic t : topics.reachable(matched)) {
            if (!t.created().isAfter(when)) out.putIfAbsent(t.chatId(), t.typed());
        }
        return out;
    }

    private void deliver(Subscription sub, Article a, RecentStories.Story story, Optional<String> topic, Instant now,
                         List<Push> instant) {
        PushMessage.StoryAlert alert = StoryAlerts.of(a, story, topic);
        if (sub.delivery() == Delivery.DIGEST) {
            if (digests.collect(sub.chatId(), story.id(), PushJson.write(alert), now)) collected.incrementAndGet();
            return;
        }
        Subscription.Timing timing = sub.timing(now);
        instant.add(new Push(sub.chatId(), StoryAlerts.pushKey(story.id()), alert, Push.ALERT, timing.silent(),
                timing.notBefore()));
    }

    private void flush(List<Push> instant) {
        if (instant.isEmpty()) return;
        pushed.addAndGet(outbox.addAll(instant));
        instant.clear();
    }
}
