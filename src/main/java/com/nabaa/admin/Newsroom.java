package com.nabaa.admin;

import com.nabaa.push.Outbox;
import com.nabaa.push.Push;
import com.nabaa.push.PushMessage;
import com.nabaa.store.AnnouncementStore;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.AuditStore;
import com.nabaa.store.Database;
import com.nabaa.store.StatsStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The newsroom's side of Nabaa: announcements, statistics, feeds and breaking marks, for its admins
 * only. {@link #admin} is the one door: it hands an admin the {@link Admin} actions, and records a
 * refused attempt of anyone else. Built once by the composition root; thread-safe.
 */
public final class Newsroom {
    private final Authorization authorization;
    private final AuditLog audit;
    private final Announcements announcements;
    private final StatsReport stats;
    private final ArticleStore articles;
    private final Optional<FeedDesk> feeds;
    private final UnaryOperator<String> canonicalUrls;
    private final Outbox outbox;
    private final Clock clock;

    private Newsroom(Builder b) {
        this.authorization = b.authorization;
        this.clock = b.clock;
        this.outbox = b.outbox;
        this.audit = new AuditLog(new AuditStore(b.db), b.clock);
        this.announcements = new Announcements(new AnnouncementStore(b.db), b.outbox, b.followers, b.clock);
        this.stats = new StatsReport(new StatsStore(b.db), b.outbox, b.subscriptions, b.clock, b.zone);
        this.articles = b.articles.orElseGet(() -> new ArticleStore(b.db));
        this.feeds = b.feeds;
        this.canonicalUrls = b.canonicalUrls;
    }

    /**
     * A newsroom keeping its state in {@code db} and queueing announcements in {@code outbox} (the
     * one the dispatcher sends from). Nobody is an admin until {@link Builder#authorization} says so.
     */
    public static Builder builder(Database db, Outbox outbox) {
        return new Builder(db, outbox);
    }

    public boolean isAdmin(long userId) {
        return authorization.isAdmin(userId);
    }

    /**
     * The actions of admin {@code userId} in chat {@code chatId}; for anyone else empty, and the
     * attempt at {@code attempted} is audited as refused and logged (without what was typed).
     */
    public Optional<Admin> admin(long userId, long chatId, Action attempted) {
        if (authorization.isAdmin(userId)) return Optional.of(new Admin(this, userId, chatId));
        audit.refused(userId, chatId, attempted);
        return Optional.empty();
    }

    /**
     * A feed was disabled after failing too often (the feed polling calls this): each admin gets a
     * notice in their private chat with the bot.
     */
    public void feedDisabled(String url, String lastError) {
        PushMessage.Notice notice = new PushMessage.Notice("⚠️ " + url + "\n" + "توقف سحب هذا المصدر بعد أخطاء متكررة."
                + "\nThis feed is no longer polled after repeated failures: " + lastError);
        String key = "feed-disabled:" + clock.millis() + ":" + Integer.toHexString(url.hashCode());
        for (long admin : authorization.admins()) {
            outbox.add(new Push(admin, key, notice, Push.ALERT, false, clock.instant()));
        }
    }

    /** The broadcasts whose progress message should change now (see {@link BroadcastProgress}). */
    List<Broadcast> progressChanges() {
        return announcements.changes();
    }

    Announcements announcements() {
        return announcements;
    }

    StatsReport stats() {
        return stats;
    }

    ArticleStore articles() {
        return articles;
    }

    Optional<FeedDesk> feedDesk() {
        return feeds;
    }

    AuditLog audit() {
        return audit;
    }

    /** The canonical form of an address an admin typed, as the ingest stores it; the address itself if it has none. */
    String canonical(String url) {
        try {
            return canonicalUrls.apply(url.strip());
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    /** What a newsroom is connected to besides its store; each has a default. */
    public static final class Builder {
        private final Database db;
        private final Outbox outbox;
        private Authorization authorization = Authorization.nobody();
        private Optional<FeedDesk> feeds = Optional.empty();
        private Optional<SubscriptionCounts> subscriptions = Optional.empty();
        private Optional<TopicFollowers> followers = Optional.empty();
        private Optional<ArticleStore> articles = Optional.empty();
        private UnaryOperator<String> canonicalUrls = UnaryOperator.identity();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Africa/Cairo");

        private Builder(Database db, Outbox outbox) {
            this.db = Objects.requireNonNull(db, "db");
            this.outbox = Objects.requireNonNull(outbox, "outbox");
        }

        /** Who the admins are (the {@code admins} setting). */
        public Builder authorization(Authorization authorization) {
            this.authorization = Objects.requireNonNull(authorization, "authorization");
            return this;
        }

        /** Feed management (the feed polling); without it {@code /feeds} says it is not available. */
        public Builder feeds(FeedDesk feeds) {
            this.feeds = Optional.of(feeds);
            return this;
        }

        /** Subscription numbers for {@code /stats}; without them the statistics leave them out. */
        public Builder subscriptions(SubscriptionCounts subscriptions) {
            this.subscriptions = Optional.of(subscriptions);
            return this;
        }

        /** Announcements to a topic's followers; without them {@code topic:} segments are refused. */
        public Builder topicFollowers(TopicFollowers followers) {
            this.followers = Optional.of(followers);
            return this;
        }

        /**
         * The process's article store, so that a breaking mark wakes its followers at once (by default
         * one of its own, which other consumers see within their polling interval).
         */
        public Builder articles(ArticleStore articles) {
            this.articles = Optional.of(articles);
            return this;
        }

        /**
         * The canonical form the ingest gives an address ({@code UrlNormalizer::normalize}), so that
         * {@code /breaking} finds an article by any spelling of its address; it may throw
         * IllegalArgumentException for what is not one.
         */
        public Builder canonicalUrls(UnaryOperator<String> canonicalUrls) {
            this.canonicalUrls = Objects.requireNonNull(canonicalUrls, "canonicalUrls");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The readers' time zone: a statistics day is one of theirs. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Newsroom build() {
            return new Newsroom(this);
        }
    }
}
