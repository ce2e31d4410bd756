package com.nabaa.admin;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each broadcast's one progress message current: every {@code every} (a thread named
 * "nabaa-broadcasts") it looks at the broadcasts under way and hands each whose deliveries moved,
 * or which finished, to {@code show}. The composition root makes {@code show} edit message
 * {@link Broadcast#messageId()} of {@link Broadcast#chatId()} with what the conversation renders
 * for it ({@code Conversation.progress}). Owned and closed by the composition root.
 */
public final class BroadcastProgress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastProgress.class);
    /** Often enough to look live, far under Telegram's edits per chat. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final Newsroom newsroom;
    private final Duration every;
    private final Consumer<Broadcast> show;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("nabaa-broadcasts").unstarted(r));

    public BroadcastProgress(Newsroom newsroom, Duration every, Consumer<Broadcast> show) {
        this.newsroom = Objects.requireNonNull(newsroom, "newsroom");
        this.every = Objects.requireNonNull(every, "every");
        this.show = Objects.requireNonNull(show, "show");
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("every must be positive");
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round now: the broadcasts whose message changes, each handed to {@code show} too. */
    public synchronized List<Broadcast> tick() {
        List<Broadcast> changes = newsroom.progressChanges();
        for (Broadcast b : changes) {
            try {
                show.accept(b);
            } catch (RuntimeException e) {
                LOG.warn("cannot show the progress of announcement {}: {}", b.id(), e.toString());
            }
        }
        return changes;
    }

    private void round() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A closing store or a carrier error must not end the schedule: the next round tries again.
            LOG.warn("broadcast progress round failed: {}", e.toString());
        }
    }

    /** Stops the rounds and waits for one under way. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) LOG.warn("a broadcast progress round did not stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
