package com.nabaa.admin;

import com.nabaa.news.Language;
import com.nabaa.push.Outbox;
import com.nabaa.push.PushMessage;
import com.nabaa.store.AnnouncementStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Announcements from draft to done: a preview stores a draft; Send queues it once (the store's
 * conditional step, then the outbox, whose (chat, key) rows make a second queueing a no-op
 * anyway); Cancel drops a draft or stops a broadcast midway; {@link #changes} says which
 * broadcasts' progress moved since it was last shown.
 */
final class Announcements {
    private final AnnouncementStore store;
    private final Outbox outbox;
    private final Optional<TopicFollowers> followers;
    private final Clock clock;
    /** What each followed broadcast's message shows now: only a change is edited (Telegram refuses an edit to the same text). */
    private final Map<Long, Broadcast> shown = new ConcurrentHashMap<>();

    Announcements(AnnouncementStore store, Outbox outbox, Optional<TopicFollowers> followers, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.followers = followers;
        this.clock = clock;
    }

    Preview preview(long author, long chatId, String argument, Language language) {
        Addressing.Addressed addressed = Addressing.read(argument);
        if (addressed.segment().isEmpty()) return Preview.Problem.UNKNOWN_SEGMENT;
        Segment segment = addressed.segment().get();
        if (addressed.text().isBlank()) return Preview.Problem.NO_TEXT;
        if (addressed.text().length() > Preview.MAX_CHARS) return Preview.Problem.TOO_LONG;
        if (segment instanceof Segment.Followers && followers.isEmpty()) return Preview.Problem.NO_TOPICS;
        long id = store.draft(author, chatId, addressed.text(), segment.code(), language.code(), clock.instant());
        return new Preview.Ready(id, addressed.text(), segment, reach(segment));
    }

    private long reach(Segment segment) {
        return switch (segment) {
            case Segment.Everyone e -> store.activeChats(Optional.empty());
            case Segment.Readers r -> store.activeChats(Optional.of(r.language().code()));
            case Segment.Followers f -> followers.orElseThrow().count(f.topic());
        };
    }

    /** Send pressed on message {@code messageId} of {@code chatId}; empty when no draft of that chat has this id. */
    Optional<Step> send(long id, long chatId, long messageId) {
        Optional<AnnouncementStore.Stored> found = store.find(id).filter(a -> a.chatId() == chatId);
        if (found.isEmpty()) return Optional.empty();
        if (!store.start(id, messageId, clock.instant())) return Optional.of(new Step(false, view(found.get(), messageId)));
        PushMessage.Announcement message = new PushMessage.Announcement(id, found.get().text());
        int queued = switch (Addressing.segment(found.get().segment())) {
            case Segment.Everyone e -> outbox.announce(message, Optional.empty());
            case Segment.Readers r -> outbox.announce(message, Optional.of(r.language().code()));
            case Segment.Followers f -> followers.orElseThrow(() -> new IllegalStateException(
                    "announcement " + id + " is for topic followers, and they are not connected")).announce(message,
                    f.topic());
        };
        store.reached(id, queued);
        return Optional.of(new Step(true, remember(view(store.find(id).orElseThrow(), messageId))));
    }

    /** Cancel pressed: a draft is dropped, a broadcast under way stopped; empty when no announcement of that chat has this id. */
    Optional<Step> cancel(long id, long chatId, long messageId) {
        if (store.find(id).filter(a -> a.chatId() == chatId).isEmpty()) return Optional.empty();
        boolean changed = store.cancelDraft(id, clock.instant());
        if (!changed && store.stop(id)) {
            outbox.cancelAnnouncement(id);
            changed = true;
        }
        Broadcast now = view(store.find(id).orElseThrow(), messageId);
        return Optional.of(new Step(changed, changed ? remember(now) : now));
    }

    /**
     * The broadcasts whose message should change: their deliveries moved, or they finished, since
     * they were last shown. A broadcast with nothing left to send is marked finished here.
     */
    List<Broadcast> changes() {
        List<Broadcast> out = new ArrayList<>();
        for (AnnouncementStore.Stored a : store.following()) {
            Broadcast b = view(a, a.messageId().orElseThrow());
            if (b.deliveries().pending() == 0) {
                store.finished(a.id(), clock.instant());
                b = view(store.find(a.id()).orElseThrow(), b.messageId());
                if (!b.equals(shown.remove(a.id()))) out.add(b);
            } else if (!b.equals(shown.put(a.id(), b))) {
                out.add(b);
            }
        }
        return out;
    }

    private Broadcast remember(Broadcast b) {
        if (b.phase() == Broadcast.Phase.SENDING || b.phase() == Broadcast.Phase.STOPPED) shown.put(b.id(), b);
        return b;
    }

    private Broadcast view(AnnouncementStore.Stored a, long pressedMessage) {
        return new Broadcast(a.id(), a.chatId(), a.messageId().orElse(pressedMessage), Language.fromCode(a.language()),
                Addressing.segment(a.segment()), Broadcast.Phase.valueOf(a.state().name()), a.reach().orElse(0L),
                Deliveries.of(outbox.progress(a.id())));
    }
}
