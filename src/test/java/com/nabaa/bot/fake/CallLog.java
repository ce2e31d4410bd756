package com.nabaa.bot.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Every call in the order it was answered, and a way to wait until a condition on them holds. */
final class CallLog {
    private final List<Call> calls = new ArrayList<>();
    private static final long RECHECK_MILLIS = 20;
    private long version;

    synchronized void add(Call call) {
        calls.add(call);
        version++;
        notifyAll();
    }

    synchronized List<Call> all() {
        return List.copyOf(calls);
    }

    /**
     * Waits until the condition holds, re-checking after every call and every 20 ms (a condition may be
     * about something else, such as what the bot's consumer received). The condition runs outside
     * this lock, so it may read any part of the fake without deadlock.
     */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen;
            synchronized (this) {
                seen = version;
            }
            if (condition.getAsBoolean()) {
                return true;
            }
            synchronized (this) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return condition.getAsBoolean();
                }
                if (version == seen) {
                    wait(Math.max(1, Math.min(RECHECK_MILLIS, Duration.ofNanos(left).toMillis())));
                }
            }
        }
    }
}
