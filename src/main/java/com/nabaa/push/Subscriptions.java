package com.nabaa.push;

import com.nabaa.store.Database;
import com.nabaa.store.StoredSubscription;
import com.nabaa.store.StoredTopic;
import com.nabaa.store.SubscriptionStore;
import com.nabaa.store.TopicStore;
import com.nabaa.text.ArabicText;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * What chats subscribe to, as the conversation changes it: breaking news, followed topics and how
 * alerts reach them. Everything is stored at once; the topic monitor of a running alerts service
 * hears of each topic followed or dropped. Thread-safe.
 */
public final class Subscriptions {
    /** Topics one chat may follow. */
    public static final int MAX_TOPICS = 50;

    private final SubscriptionStore store;
    private final TopicStore topics;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final TopicQuery queries = new TopicQuery();
    private final List<TopicListener> listeners = new CopyOnWriteArrayList<>();

    /** {@code defaultZone}: the time zone of a chat that chose none (the readers' zone, Africa/Cairo). */
    public Subscriptions(Database db, Clock clock, ZoneId defaultZone) {
        this.store = new SubscriptionStore(db);
        this.topics = new TopicStore(db);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
    }

    void listen(TopicListener listener) {
        listeners.add(listener);
    }

    /** The chat's subscription; one that never subscribed has nothing, instant alerts and the default zone. */
    public Subscription of(long chatId) {
        return store.find(chatId).map(this::read).orElseGet(() -> Subscription.none(chatId, defaultZone));
    }

    /** Breaking news from now on (a chat already subscribed keeps its date); returns the subscription. */
    public Subscription subscribeBreaking(long chatId) {
        return change(chatId, s -> s.withBreaking(clock.instant()));
    }

    public Subscription unsubscribeBreaking(long chatId) {
        return change(chatId, Subscription::withoutBreaking);
    }

    /** Changes the chat's subscription and stores it; a digest reader's next digest is set from now. */
    public Subscription change(long chatId, UnaryOperator<Subscription> change) {
        Optional<StoredSubscription> row = store.find(chatId);
        Subscription before = row.map(this::read).orElseGet(() -> Subscription.none(chatId, defaultZone));
        Subscription after = change.apply(before);
        if (after.chatId() != chatId) throw new IllegalArgumentException("a change cannot move a subscription to another chat");
        Instant now = clock.instant();
        Optional<Instant> next = Optional.empty();
        if (after.delivery() == Delivery.DIGEST) {
            // The same hour in the same zone keeps the digest already due (one not sent yet is not skipped).
            boolean sameHour = before.delivery() == Delivery.DIGEST && before.digestHour() == after.digestHour()
                    && before.zone().equals(after.zone());
            next = row.flatMap(StoredSubscription::nextDigest).filter(n -> sameHour)
                    .or(() -> Optional.of(after.nextDigest(now)));
        }
        store.save(write(after, next), now);
        return after;
    }

    /**
     * Follows a topic as typed ({@link TopicSpec} says how: words, {@code -word}, {@code section:},
     * {@code source:}); {@link InvalidTopicException} when it cannot be followed.
     */
    public FollowResult follow(long chatId, String typed) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(of(chatId).zone());
        TopicSpec spec = TopicSpec.parse(typed, local);
        queries.build(spec, local); // refuses a topic of stop words alone before it is stored
        Optional<Topic> same = topics(chatId).stream().filter(t -> t.typed().equals(spec.typed())).findFirst();
        if (same.isPresent()) return new FollowResult.AlreadyFollowing(same.get());
        if (topics.count(chatId) >= MAX_TOPICS) return new FollowResult.TooMany(MAX_TOPICS);
        if (store.find(chatId).isEmpty()) store.save(write(of(chatId), Optional.empty()), now);
        Optional<StoredTopic> added = topics.add(chatId, spec.typed(), spec.words(), spec.exclusions(), spec.section(),
                spec.source(), now);
        if (added.isEmpty()) {
            // Followed meanwhile from another message of the same chat.
            return topics(chatId).stream().filter(t -> t.typed().equals(spec.typed())).findFirst()
                    .<FollowResult>map(FollowResult.AlreadyFollowing::new)
                    .orElseThrow(() -> new IllegalStateException("topic neither added nor found: " + spec.typed()));
        }
        Topic topic = topic(added.get());
        listeners.forEach(l -> l.followed(topic));
        return new FollowResult.Added(topic);
    }

    /** The chat's topics, oldest first: /following numbers them from 1 in this order. */
    public List<Topic> topics(long chatId) {
        return topics.ofChat(chatId).stream().map(Subscriptions::topic).toList();
    }

    /** Stops following one of the chat's topics; empty when the chat has no topic with this id. */
    public Optional<Topic> unfollow(long chatId, long topicId) {
        Optional<Topic> removed = topics.remove(chatId, topicId).map(Subscriptions::topic);
        removed.ifPresent(t -> listeners.forEach(l -> l.unfollowed(List.of(t.id()))));
        return removed;
    }

    /**
     * Stops following the topic named by its number in /following ("2") or by its text as typed
     * (Arabic spelling and spaces aside); empty when none is named so.
     */
    public Optional<Topic> unfollow(long chatId, String which) {
        List<Topic> all = topics(chatId);
        String w = which.strip();
        Optional<Topic> named;
        if (w.matches("[0-9٠-٩]{1,3}")) {
            int n = Integer.parseInt(ArabicText.normalize(w));
            named = n >= 1 && n <= all.size() ? Optional.of(all.get(n - 1)) : Optional.empty();
        } else {
            String key = key(w);
            named = all.stream().filter(t -> key(t.typed()).equals(key)).findFirst()
                    .or(() -> all.stream().filter(t -> key(t.spec().words()).equals(key)).findFirst());
        }
        return named.flatMap(t -> unfollow(chatId, t.id()));
    }

    /** Stops following every topic of the chat; returns how many it followed. */
    public int unfollowAll(long chatId) {
        List<Long> ids = topics.removeAll(chatId);
        if (!ids.isEmpty()) listeners.forEach(l -> l.unfollowed(ids));
        return ids.size();
    }

    private static String key(String typed) {
        return ArabicText.normalize(typed.strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
    }

    static Topic topic(StoredTopic t) {
        return new Topic(t.id(), t.chatId(), new TopicSpec(t.typed(), t.words(), t.exclusions(), t.section(), t.source()),
                t.created());
    }

    Subscription read(StoredSubscription s) {
        Optional<QuietHours> quiet = s.quietFrom().isPresent() && s.quietTo().isPresent()
                ? Optional.of(new QuietHours(minutes(s.quietFrom().get()), minutes(s.quietTo().get()),
                "defer".equals(s.quietMode()) ? QuietHours.Mode.DEFER : QuietHours.Mode.SILENT))
                : Optional.empty();
        return new Subscription(s.chatId(), s.breaking() && s.breakingSince().isPresent(),
                s.breaking() ? s.breakingSince() : Optional.empty(),
                "digest".equals(s.delivery()) ? Delivery.DIGEST : Delivery.INSTANT, s.digestHour(), quiet, zone(s.zone()));
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            // A zone this JVM does not know (an older tz database): the default rather than no alerts.
            return defaultZone;
        }
    }

    static StoredSubscription write(Subscription s, Optional<Instant> nextDigest) {
        return new StoredSubscription(s.chatId(), s.breaking(), s.breakingSince(),
                s.delivery() == Delivery.DIGEST ? "digest" : "instant", s.digestHour(),
                s.quiet().map(q -> q.from().toSecondOfDay() / 60), s.quiet().map(q -> q.to().toSecondOfDay() / 60),
                s.quiet().filter(q -> q.mode() == QuietHours.Mode.DEFER).isPresent() ? "defer" : "silent",
                s.zone().getId(), nextDigest);
    }

    private static LocalTime minutes(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60 % 24, minuteOfDay % 60);
    }
}
