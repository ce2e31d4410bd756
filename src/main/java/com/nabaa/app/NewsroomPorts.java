package com.nabaa.app;

import com.nabaa.admin.FeedDesk;
import com.nabaa.admin.SubscriptionCounts;
import com.nabaa.admin.TopicFollowers;
import com.nabaa.ingest.FeedRegistry;
import com.nabaa.push.InvalidTopicException;
import com.nabaa.push.Outbox;
import com.nabaa.push.PushMessage;
import com.nabaa.push.TopicSpec;
import com.nabaa.store.FeedStatus;
import com.nabaa.store.SubscriptionStore;
import com.nabaa.store.TopicStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the newsroom's commands reach in other features, connected here because {@code admin} does
 * not depend on them: the feeds the server polls, the subscriptions' counts, and a topic's followers.
 */
final class NewsroomPorts {
    private NewsroomPorts() {
    }

    /** The admins' view of the feed poller. */
    static FeedDesk feeds(FeedRegistry registry) {
        return new FeedDesk() {
            @Override
            public Feed add(String url, Optional<Duration> every) {
                try {
                    URI uri = new URI(url.strip());
                    return feed(registry.add(uri, every.orElse(Duration.ofMinutes(15)), Optional.empty()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new Refused(e.getMessage());
                }
            }

            @Override
            public boolean remove(String url) {
                try {
                    return registry.remove(new URI(url.strip()));
                } catch (URISyntaxException e) {
                    return false;
                }
            }

            @Override
            public List<Feed> list() {
                return registry.list().stream().sorted(Comparator.comparingLong(FeedStatus::id)).map(NewsroomPorts::feed)
                        .toList();
            }
        };
    }

    private static FeedDesk.Feed feed(FeedStatus s) {
        FeedDesk.Health health = !s.enabled() ? FeedDesk.Health.DISABLED
                : s.consecutiveFailures() > 0 ? FeedDesk.Health.FAILING : FeedDesk.Health.OK;
        return new FeedDesk.Feed(s.spec().url().toString(), s.spec().interval(), health, s.consecutiveFailures(),
                s.lastFailure().map(f -> f.message()).or(s::disabledReason), s.lastPoll());
    }

    /** How many chats subscribe, and to which topics. */
    static SubscriptionCounts counts(SubscriptionStore subscriptions, TopicStore topics) {
        return () -> {
            TopicStore.Stats stats = topics.stats(5);
            return new SubscriptionCounts.Counts(subscriptions.subscribedChats(), stats.follows(), stats.topics(),
                    stats.top().stream().map(c -> new SubscriptionCounts.Topic(c.typed(), c.followers())).toList());
        };
    }

    /** An announcement to the chats that follow a topic, understood as a /follow of it would be. */
    static TopicFollowers followers(TopicStore topics, Outbox outbox, ZoneId zone) {
        return new TopicFollowers() {
            @Override
            public long count(String topic) {
                return chats(topic).size();
            }

            @Override
            public int announce(PushMessage.Announcement announcement, String topic) {
                return outbox.announceTo(announcement, chats(topic));
            }

            private List<Long> chats(String topic) {
                try {
                    return topics.followersOf(TopicSpec.parse(topic, ZonedDateTime.now(zone)).words());
                } catch (InvalidTopicException e) {
                    return List.of();
                }
            }
        };
    }
}
