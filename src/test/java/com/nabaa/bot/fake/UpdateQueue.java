package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Pending updates with getUpdates' semantics: a call confirms (drops) every update below its offset,
 * returns up to limit updates from the offset on, and waits up to timeout for the first one. A newer
 * getUpdates ends a waiting one with 409, as Telegram does when two instances poll one bot.
 */
final class UpdateQueue {
    /** Telegram's default when allowed_updates is empty. */
    private static final Set<String> NOT_BY_DEFAULT = Set.of("chat_member", "message_reaction",
            "message_reaction_count");

    private final LinkedList<FakeUpdate> pending = new LinkedList<>();
    private int lastId = 100;
    private long polls;
    private int waiting;
    private boolean closed;

    synchronized FakeUpdate add(IntFunction<ObjectNode> build) {
        FakeUpdate update = new FakeUpdate(++lastId, build.apply(lastId));
        pending.add(update);
        notifyAll();
        return update;
    }

    List<FakeUpdate> poll(long offset, int limit, Duration timeout, Collection<String> allowed)
            throws ApiError, InterruptedException {
        synchronized (this) {
            long poll = ++polls;
            notifyAll();
            confirm(offset);
            long deadline = System.nanoTime() + timeout.toNanos();
            waiting++;
            try {
                while (true) {
                    if (poll != polls) {
                        throw new ApiError(409, "Conflict: terminated by other getUpdates request;"
                                + " make sure that only one bot instance is running", 0);
                    }
                    List<FakeUpdate> ready = ready(limit, allowed);
                    long left = deadline - System.nanoTime();
                    if (!ready.isEmpty() || closed || left <= 0) {
                        return ready;
                    }
                    wait(Math.max(1, Duration.ofNanos(left).toMillis()));
                }
            } finally {
                waiting--;
            }
        }
    }

    private List<FakeUpdate> ready(int limit, Collection<String> allowed) {
        List<FakeUpdate> ready = new ArrayList<>();
        for (Iterator<FakeUpdate> it = pending.iterator(); it.hasNext() && ready.size() < limit;) {
            FakeUpdate update = it.next();
            boolean wanted = allowed.isEmpty() ? !NOT_BY_DEFAULT.contains(update.type())
                    : allowed.contains(update.type());
            if (wanted) {
                ready.add(update);
            } else {
                it.remove();
            }
        }
        return ready;
    }

    /** Drops updates below a positive offset; a negative one keeps only the last -offset updates. */
    private void confirm(long offset) {
        if (offset > 0) {
            pending.removeIf(u -> u.updateId() < offset);
        } else if (offset < 0) {
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        }
    }

    synchronized void remove(FakeUpdate update) {
        pending.removeIf(u -> u.updateId() == update.updateId());
    }

    synchronized void clear() {
        pending.clear();
    }

    /** getUpdates calls waiting for an update now. */
    synchronized int waiting() {
        return waiting;
    }

    synchronized int size() {
        return pending.size();
    }

    /** Ends every waiting poll with what it has. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
