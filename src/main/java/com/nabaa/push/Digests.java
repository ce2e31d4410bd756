package com.nabaa.push;

import com.nabaa.store.DigestStore;
import com.nabaa.store.StoredSubscription;
import com.nabaa.store.SubscriptionStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Digest readers' alerts, sent once a day at their hour: the stories collected since the last
 * digest become one push keyed by the day ("digest:2026-11-25"), in the quiet hours' rule like any
 * push. The next digest is set to the next hour after now, so after a stop the missed days make one
 * digest, not a burst.
 */
final class Digests {
    /** Stories in one digest at most, the newest kept. */
    static final int MAX_STORIES = 50;
    static final int PAGE = 500;

    private final SubscriptionStore rows;
    private final DigestStore items;
    private final Subscriptions subscriptions;
    private final RecentStories stories;
    private final Outbox outbox;
    private final Clock clock;

    Digests(SubscriptionStore rows, DigestStore items, Subscriptions subscriptions, RecentStories stories, Outbox outbox,
            Clock clock) {
        this.rows = rows;
        this.items = items;
        this.subscriptions = subscriptions;
        this.stories = stories;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues every digest that is due now; returns how many were queued. */
    int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (List<StoredSubscription> due; !(due = rows.dueDigests(now, PAGE)).isEmpty(); ) {
            for (StoredSubscription row : due) queued += send(row, now) ? 1 : 0;
            if (due.size() < PAGE) break;
        }
        return queued;
    }

    private boolean send(StoredSubscription row, Instant now) {
        Subscription sub = subscriptions.read(row);
        LocalDate day = row.nextDigest().orElse(now).atZone(sub.zone()).toLocalDate();
        List<DigestStore.Item> collected = items.items(sub.chatId());
        boolean queued = false;
        if (!collected.isEmpty()) {
            List<PushMessage.StoryAlert> alerts = new ArrayList<>();
            for (DigestStore.Item item : collected.subList(Math.max(0, collected.size() - MAX_STORIES), collected.size())) {
                alerts.add(withOutlets(PushJson.read(item.alert()), item.storyId()));
            }
            Subscription.Timing timing = sub.timing(now);
            queued = outbox.add(new Push(sub.chatId(), "digest:" + day, new PushMessage.Digest(day, alerts), Push.DIGEST,
                    timing.silent(), timing.notBefore()));
            // A second digest on one day (the hour was moved) cannot be queued: its stories wait for the next.
            if (queued) items.clear(sub.chatId(), collected.get(collected.size() - 1).added());
        }
        rows.nextDigest(sub.chatId(), sub.nextDigest(now));
        return queued;
    }

    /** The alert with every outlet that has reported its story by now ("also reported by"). */
    private PushMessage.StoryAlert withOutlets(PushMessage.StoryAlert a, long storyId) {
        List<String> others = stories.sources(storyId).map(all -> all.stream().filter(s -> !s.equals(a.source())).toList())
                .orElse(a.alsoBy());
        return new PushMessage.StoryAlert(a.storyKey(), a.topic(), a.breaking(), a.articleId(), a.headline(), a.url(),
                a.source(), a.published(), a.summary(), others);
    }
}
