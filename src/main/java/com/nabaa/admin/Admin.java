package com.nabaa.admin;

import com.nabaa.news.Language;
import com.nabaa.store.ArticleStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an admin may do, for one admin in one chat: made only by {@link Newsroom#admin} once the
 * user is known to be one, so nothing here can be reached by anyone else. Every action goes to the
 * audit log with its arguments and outcome.
 */
public final class Admin {
    private final Newsroom newsroom;
    private final long userId;
    private final long chatId;

    Admin(Newsroom newsroom, long userId, long chatId) {
        this.newsroom = newsroom;
        this.userId = userId;
        this.chatId = chatId;
    }

    public long userId() {
        return userId;
    }

    /**
     * {@code /announce [lang:xx|topic:word] text}: stores a draft and says how many chats it
     * reaches; {@code language}: the language the admin is spoken to in.
     */
    public Preview preview(String argument, Language language) {
        Preview p = newsroom.announcements().preview(userId, chatId, argument, language);
        String outcome = p instanceof Preview.Ready r ? "ok: #" + r.id() + " to " + r.segment().code() + ", "
                + r.reach() + " chats" : outcome(p);
        audit(Action.ANNOUNCE_PREVIEW, argument, outcome);
        return p;
    }

    /** Send pressed on the preview, message {@code messageId}: queued once; empty when this chat has no such announcement. */
    public Optional<Step> send(long announcementId, long messageId) {
        Optional<Step> step = newsroom.announcements().send(announcementId, chatId, messageId);
        audit(Action.ANNOUNCE_SEND, "#" + announcementId, step.map(s -> s.changed()
                ? "ok: queued for " + s.broadcast().reach() + " chats" : "already " + outcome(s.broadcast().phase()))
                .orElse("unknown"));
        return step;
    }

    /** Cancel pressed: a draft is dropped, a broadcast stopped; empty when this chat has no such announcement. */
    public Optional<Step> cancel(long announcementId, long messageId) {
        Optional<Step> step = newsroom.announcements().cancel(announcementId, chatId, messageId);
        audit(Action.ANNOUNCE_CANCEL, "#" + announcementId, step.map(s -> s.changed()
                ? "ok: " + outcome(s.broadcast().phase()) + ", " + s.broadcast().deliveries().cancelled() + " not sent"
                : "already " + outcome(s.broadcast().phase())).orElse("unknown"));
        return step;
    }

    public Stats stats() {
        Stats s = newsroom.stats().make();
        audit(Action.STATS, "", AuditLog.OK);
        return s;
    }

    /** The feeds with their health; empty when feed management is not connected. */
    public Optional<List<FeedDesk.Feed>> feeds() {
        Optional<List<FeedDesk.Feed>> feeds = newsroom.feedDesk().map(FeedDesk::list);
        audit(Action.FEEDS_LIST, "", feeds.map(f -> AuditLog.OK + ": " + f.size() + " feeds").orElse("unavailable"));
        return feeds;
    }

    /** {@code /feeds add url [minutes]}. */
    public FeedChange addFeed(String url, Optional<String> minutes) {
        FeedChange change = added(url, minutes);
        audit(Action.FEEDS_ADD, url + minutes.map(m -> " " + m).orElse(""), outcome(change));
        return change;
    }

    private FeedChange added(String url, Optional<String> minutes) {
        if (newsroom.feedDesk().isEmpty()) return FeedChange.Problem.UNAVAILABLE;
        if (!isWebAddress(url)) return FeedChange.Problem.NOT_A_URL;
        Optional<Duration> every = Optional.empty();
        if (minutes.isPresent()) {
            if (!minutes.get().matches("[0-9]{1,4}")) return FeedChange.Problem.BAD_MINUTES;
            int m = Integer.parseInt(minutes.get());
            if (m < 1 || m > 1_440) return FeedChange.Problem.BAD_MINUTES;
            every = Optional.of(Duration.ofMinutes(m));
        }
        try {
            return new FeedChange.Added(newsroom.feedDesk().get().add(url, every));
        } catch (FeedDesk.Refused e) {
            return new FeedChange.Refused(e.getMessage());
        }
    }

    /** {@code /feeds remove url}, or the feed's number in {@code /feeds list}. */
    public FeedChange removeFeed(String urlOrNumber) {
        FeedChange change = removed(urlOrNumber);
        audit(Action.FEEDS_REMOVE, urlOrNumber, outcome(change));
        return change;
    }

    private FeedChange removed(String urlOrNumber) {
        if (newsroom.feedDesk().isEmpty()) return FeedChange.Problem.UNAVAILABLE;
        FeedDesk desk = newsroom.feedDesk().get();
        String url = urlOrNumber;
        if (urlOrNumber.matches("[0-9]{1,6}")) {
            List<FeedDesk.Feed> feeds = desk.list();
            int n = Integer.parseInt(urlOrNumber);
            if (n < 1 || n > feeds.size()) return FeedChange.Problem.UNKNOWN_FEED;
            url = feeds.get(n - 1).url();
        }
        return desk.remove(url) ? new FeedChange.Removed(url) : FeedChange.Problem.UNKNOWN_FEED;
    }

    /**
     * {@code /breaking url}: the stored article at that address (or its canonical one) is marked as
     * breaking, an update with a new sequence number; empty when no stored article has it.
     */
    public Optional<ArticleStore.Marked> markBreaking(String url) {
        Optional<ArticleStore.Marked> marked = newsroom.articles().markBreaking(url.strip(), newsroom.canonical(url));
        audit(Action.BREAKING, url, marked.map(m -> (m.changed() ? "ok: " : "already breaking: ") + m.id()
                + " seq " + m.seq()).orElse("not found"));
        return marked;
    }

    /** An absolute http(s) URL with a host. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void audit(Action action, String arguments, String outcome) {
        newsroom.audit().record(userId, chatId, action, arguments, outcome);
    }

    private static String outcome(Object result) {
        return switch (result) {
            case FeedChange.Added a -> "ok: every " + a.feed().every().toMinutes() + " min";
            case FeedChange.Removed r -> "ok: " + r.url();
            case FeedChange.Refused r -> "refused by the feeds: " + r.reason();
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            default -> result.toString();
        };
    }
}
