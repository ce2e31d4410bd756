package com.nabaa.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts each reader's messages per minute: past the limit the reader gets one polite "please
 * wait", then silence until the minute is over, rather than one reply per message. Keeps at most
 * a fixed number of readers (the least recently seen are forgotten), so memory stays bounded
 * however many write. Thread-safe.
 */
final class FloodGate {
    static final Duration WINDOW = Duration.ofMinutes(1);

    enum Verdict { PASS, WARN, DROP }

    private final int perWindow;
    private final Map<Long, Window> windows;

    FloodGate(int perWindow, int maxReaders) {
        this.perWindow = perWindow;
        this.windows = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Window> eldest) {
                return size() > maxReaders;
            }
        };
    }

    /** One more message from the reader at {@code now}. */
    synchronized Verdict admit(long reader, Instant now) {
        Window w = windows.get(reader);
        if (w == null || !now.isBefore(w.start.plus(WINDOW))) {
            w = new Window(now);
            windows.put(reader, w);
        }
        w.count++;
        if (w.count <= perWindow) return Verdict.PASS;
        if (w.warned) return Verdict.DROP;
        w.warned = true;
        return Verdict.WARN;
    }

    synchronized int readersCounted() {
        return windows.size();
    }

    private static final class Window {
        final Instant start;
        int count;
        boolean warned;

        Window(Instant start) {
            this.start = start;
        }
    }
}
