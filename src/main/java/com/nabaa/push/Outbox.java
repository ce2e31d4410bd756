package com.nabaa.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.nabaa.store.OutboxStore;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every push waits until Telegram has it: recorded in the store before it is sent, marked
 * after. A (chat, key) pair is queued once, so one story makes one alert per chat however many
 * outlets report it, and an announcement reaches a chat once however often it is sent.
 */
public final class Outbox {
    private final OutboxStore store;
    private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Outbox(OutboxStore store) {
        this.store = store;
    }

    /** Queues the push unless the chat already has one with its key; true when queued. */
    public boolean add(Push push) {
        boolean added = store.add(push.chatId(), push.key(), write(push.message()), push.priority(), push.silent(),
                push.notBefore());
        if (added) listeners.forEach(Runnable::run);
        return added;
    }

    /**
     * Queues each push unless its chat already has one with its key, all in one transaction;
     * returns how many were queued.
     */
    public int addAll(List<Push> pushes) {
        int added = store.addAll(pushes.stream().map(p -> new OutboxStore.Entry(p.chatId(), p.key(), write(p.message()),
                p.priority(), p.silent(), p.notBefore())).toList());
        if (added > 0) listeners.forEach(Runnable::run);
        return added;
    }

    /**
     * Queues an announcement for every active chat, or those reading {@code language} ("ar", "en"):
     * inside the store, so the number of chats costs no memory. Returns how many chats it will reach.
     */
    public int announce(PushMessage.Announcement message, Optional<String> language) {
        int n = store.addForActiveChats(announcementKey(message.id()), write(message), Push.ANNOUNCEMENT, language);
        listeners.forEach(Runnable::run);
        return n;
    }

    /**
     * Queues an announcement for these chats (the followers of a topic) under the announcement's own
     * key, so that its progress and cancelling see them; returns how many were queued.
     */
    public int announceTo(PushMessage.Announcement message, List<Long> chatIds) {
        return addAll(chatIds.stream().map(id -> new Push(id, announcementKey(message.id()), message, Push.ANNOUNCEMENT,
                false, Instant.now())).toList());
    }

    /** Stops what is left of an announcement; returns how many chats will not get it. */
    public int cancelAnnouncement(long id) {
        return store.cancel(announcementKey(id));
    }

    /** Pushes of an announcement by state: how far it has gone. */
    public Map<OutboxStore.State, Long> progress(long announcementId) {
        return store.counts(Optional.of(announcementKey(announcementId)));
    }

    /** Every push by state. */
    public Map<OutboxStore.State, Long> counts() {
        return store.counts(Optional.empty());
    }

    static String announcementKey(long id) {
        return "announce:" + id;
    }

    /** {@code listener} runs when something was queued (the dispatcher looks at once). */
    void onAdd(Runnable listener) {
        listeners.add(listener);
    }

    OutboxStore store() {
        return store;
    }

    Push read(OutboxStore.Row row) {
        try {
            return new Push(row.chatId(), row.key(), json.readValue(row.payload(), PushMessage.class), row.priority(),
                    row.silent(), row.notBefore());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("outbox row " + row.id() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private String write(PushMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a push: " + e.getOriginalMessage(), e);
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
