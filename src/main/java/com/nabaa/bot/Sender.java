package com.nabaa.bot;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends messages within Telegram's limits, evenly spaced ({@link Pace}): at most {@code perSecond}
 * messages a second overall (in any second as Telegram counts them: {@link ArrivalWindow}), one a second to a chat, twenty a minute to a group, in order within a
 * chat, one at a time per chat.
 * Replies to readers go before broadcasts whenever both could go. A 429 pauses everything for its
 * {@code retry_after}; a 403 or "chat not found" drops the chat's queue and reports it unreachable;
 * other server and network errors are retried with exponential backoff.
 *
 * <p>One scheduler thread decides what goes next; each request runs on a virtual thread of its own,
 * so a slow request holds up neither the scheduler nor other chats.
 */
final class Sender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    /** Replies to readers are never starved by a broadcast. */
    enum Priority { REPLY, BROADCAST }

    private final TelegramClient client;
    private final Pace overall;
    private final ArrivalWindow arrivals;
    private final int chatPerSecond;
    private final int groupPerMinute;
    private final Listener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, ChatQueue> chats = new HashMap<>();
    private final PriorityQueue<ChatQueue> replies = new PriorityQueue<>(ChatQueue.BY_TURN);
    private final PriorityQueue<ChatQueue> broadcasts = new PriorityQueue<>(ChatQueue.BY_TURN);
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread scheduler;
    private long pausedUntil;
    private long lastSweep = System.nanoTime();
    private long nextTurn;
    private int inFlight;
    private boolean closing;

    /** Hears what happened to requests, for metrics and logs. */
    interface Listener {
        void requestDone(String method, int errorCode);

        static Listener none() {
            return (method, code) -> { };
        }
    }

    Sender(TelegramClient client, int perSecond, int chatPerSecond, int groupPerMinute, Listener listener) {
        this.client = client;
        this.overall = Pace.of(perSecond, SECOND);
        this.arrivals = new ArrivalWindow(perSecond, SECOND);
        this.chatPerSecond = chatPerSecond;
        this.groupPerMinute = groupPerMinute;
        this.listener = listener;
        this.scheduler = Thread.ofPlatform().name("nabaa-sender").daemon(false).start(this::schedule);
    }

    /** Queues a delivery behind the others of its chat. */
    void submit(Delivery d) {
        lock.lock();
        try {
            if (closing) {
                d.outcome().failed(Delivery.Failure.CLOSED, "the sender is closed");
                return;
            }
            ChatQueue chat = chats.computeIfAbsent(d.chatId(), id -> new ChatQueue(id, d.group(), chatPerSecond, groupPerMinute));
            chat.pending.addLast(new Attempt(d, 1));
            offer(chat, System.nanoTime());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Deliveries waiting or in flight (a broadcast feeds the sender only as it drains). */
    int backlog() {
        lock.lock();
        try {
            int n = inFlight;
            for (ChatQueue c : chats.values()) n += c.pending.size();
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Puts a chat with something to send and nothing in flight in line for its next turn. */
    private void offer(ChatQueue chat, long now) {
        if (chat.inFlight || chat.queued || chat.pending.isEmpty()) return;
        chat.turn = Math.max(now, chat.allowedAt(now));
        chat.order = nextTurn++;
        chat.queued = true;
        (chat.pending.peekFirst().delivery().priority() == Priority.REPLY ? replies : broadcasts).add(chat);
    }

    private void schedule() {
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                if (now - lastSweep > 10 * SECOND) sweep(now);
                if (closing && inFlight == 0 && replies.isEmpty() && broadcasts.isEmpty()) return;
                long wait = Math.max(pausedUntil - now,
                        Math.max(overall.allowedAt(now), arrivals.allowedAt(now)) - now);
                ChatQueue next = null;
                if (wait <= 0) {
                    next = due(replies, now);
                    if (next == null) next = due(broadcasts, now);
                    if (next == null) wait = untilNextTurn(now);
                }
                if (next == null) {
                    if (wait > 0) changed.awaitNanos(wait);
                    else changed.await();
                    continue;
                }
                start(next, now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets chats with nothing queued whose limits no longer hold anything back: memory stays bounded. */
    private void sweep(long now) {
        chats.values().removeIf(c -> !c.queued && c.idle(now));
        lastSweep = now;
    }

    private static ChatQueue due(PriorityQueue<ChatQueue> line, long now) {
        ChatQueue head = line.peek();
        if (head == null || head.turn > now) return null;
        return line.poll();
    }

    /** Nanoseconds to the next chat's turn; 0 when no chat waits (wait for a signal). */
    private long untilNextTurn(long now) {
        long next = Long.MAX_VALUE;
        if (!replies.isEmpty()) next = Math.min(next, replies.peek().turn);
        if (!broadcasts.isEmpty()) next = Math.min(next, broadcasts.peek().turn);
        return next == Long.MAX_VALUE ? 0 : Math.max(1, next - now);
    }

    private void start(ChatQueue chat, long now) {
        chat.queued = false;
        Attempt attempt = chat.pending.pollFirst();
        chat.inFlight = true;
        inFlight++;
        chat.record(now);
        overall.record(now);
        long ticket = arrivals.start(now);
        requests.execute(() -> run(chat, attempt, ticket));
    }

    private void run(ChatQueue chat, Attempt attempt, long ticket) {
        Delivery d = attempt.delivery();
        String method = d.method().getMethod();
        try {
            Serializable result;
            try {
                result = client.execute(d.method());
            } finally {
                answered(ticket);
            }
            listener.requestDone(method, 0);
            finish(chat, null, 0);
            d.outcome().sent(result);
        } catch (TelegramApiRequestException e) {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            // The listener hears of a refusal once its consequence (a 429's pause) is in force.
            failed(chat, attempt, code, e.getParameters() == null ? null : e.getParameters().getRetryAfter(), e.getApiResponse() == null ? e.getMessage() : e.getApiResponse());
            listener.requestDone(method, code);
        } catch (TelegramApiException | RuntimeException e) {
            failed(chat, attempt, -1, null, e.toString());
            listener.requestDone(method, -1);
        }
    }

    private void answered(long ticket) {
        lock.lock();
        try {
            arrivals.answered(ticket, System.nanoTime());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void failed(ChatQueue chat, Attempt attempt, int code, Integer retryAfter, String description) {
        Delivery d = attempt.delivery();
        if (code == 429) {
            long pause = TimeUnit.SECONDS.toNanos(retryAfter == null ? 1 : Math.max(1, retryAfter));
            LOG.warn("Telegram asks to slow down: every send waits {} s (chat {})", TimeUnit.NANOSECONDS.toSeconds(pause),
                    d.chatId());
            finish(chat, attempt, pause);
            return;
        }
        if (code == 403 || code == 400 && description.toLowerCase(java.util.Locale.ROOT).contains("chat not found")) {
            LOG.info("chat {} cannot be reached ({}): its queue is dropped", d.chatId(), code);
            for (Attempt dropped : finishAndDrop(chat)) {
                dropped.delivery().outcome().failed(Delivery.Failure.UNREACHABLE, description);
            }
            d.outcome().failed(Delivery.Failure.UNREACHABLE, description);
            return;
        }
        if (code >= 400 && code < 500) {
            LOG.error("Telegram refused {} to chat {} ({}): {}", d.method().getMethod(), d.chatId(), code, description);
            finish(chat, null, 0);
            d.outcome().failed(Delivery.Failure.REJECTED, description);
            return;
        }
        if (attempt.number() >= MAX_ATTEMPTS) {
            LOG.error("giving up {} to chat {} after {} attempts: {}", d.method().getMethod(), d.chatId(),
                    attempt.number(), description);
            finish(chat, null, 0);
            d.outcome().failed(Delivery.Failure.GAVE_UP, description);
            return;
        }
        long backoff = FIRST_BACKOFF.toNanos() << (attempt.number() - 1);
        LOG.warn("{} to chat {} failed ({}), retrying in {} ms: {}", d.method().getMethod(), d.chatId(), code,
                TimeUnit.NANOSECONDS.toMillis(backoff), description);
        retryLater(chat, new Attempt(d, attempt.number() + 1), backoff);
    }

    /**
     * The chat's request is over; {@code again}, when given, goes back to the head of its queue and
     * every send waits {@code pause} (a 429 pauses all chats).
     */
    private void finish(ChatQueue chat, Attempt again, long pause) {
        lock.lock();
        try {
            long now = System.nanoTime();
            if (again != null) {
                chat.pending.addFirst(again);
                if (pause > 0) pausedUntil = Math.max(pausedUntil, now + pause);
            }
            done(chat, now);
        } finally {
            lock.unlock();
        }
    }

    private void retryLater(ChatQueue chat, Attempt again, long delay) {
        lock.lock();
        try {
            long now = System.nanoTime();
            chat.pending.addFirst(again);
            chat.notBefore = now + delay;
            done(chat, now);
        } finally {
            lock.unlock();
        }
    }

    private Iterable<Attempt> finishAndDrop(ChatQueue chat) {
        lock.lock();
        try {
            ArrayDeque<Attempt> dropped = new ArrayDeque<>(chat.pending);
            chat.pending.clear();
            done(chat, System.nanoTime());
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    private void done(ChatQueue chat, long now) {
        chat.inFlight = false;
        inFlight--;
        offer(chat, now);
        changed.signalAll();
    }

    /**
     * Stops taking deliveries and waits up to {@code timeout} for what is queued to go; what is left
     * then fails as {@link Delivery.Failure#CLOSED}.
     */
    void close(Duration timeout) {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            scheduler.join(timeout.toMillis());
            if (scheduler.isAlive()) {
                scheduler.interrupt();
                scheduler.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdown();
        try {
            if (!requests.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) requests.shutdownNow();
        } catch (InterruptedException e) {
            requests.shutdownNow();
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            for (ChatQueue c : chats.values()) {
                for (Attempt a : c.pending) a.delivery().outcome().failed(Delivery.Failure.CLOSED, "shutdown");
                c.pending.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private record Attempt(Delivery delivery, int number) {
    }

    /** One chat's queue and its own limits. Guarded by the sender's lock. */
    private static final class ChatQueue {
        static final java.util.Comparator<ChatQueue> BY_TURN =
                java.util.Comparator.comparingLong((ChatQueue c) -> c.turn).thenComparingLong(c -> c.order);
        final long id;
        final ArrayDeque<Attempt> pending = new ArrayDeque<>();
        final Pace perSecond;
        final Pace perMinute;
        boolean inFlight;
        boolean queued;
        long turn;
        long order;
        long notBefore;

        ChatQueue(long id, boolean group, int chatPerSecond, int groupPerMinute) {
            this.id = id;
            this.perSecond = Pace.of(chatPerSecond, SECOND);
            this.perMinute = group ? Pace.of(groupPerMinute, MINUTE) : null;
        }

        long allowedAt(long now) {
            long at = Math.max(notBefore, perSecond.allowedAt(now));
            return perMinute == null ? at : Math.max(at, perMinute.allowedAt(now));
        }

        void record(long now) {
            perSecond.record(now);
            if (perMinute != null) perMinute.record(now);
        }

        boolean idle(long now) {
            return pending.isEmpty() && !inFlight && now >= notBefore && perSecond.idle(now)
                    && (perMinute == null || perMinute.idle(now));
        }
    }
}
