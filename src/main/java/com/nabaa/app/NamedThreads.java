package com.nabaa.app;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the threads the runtime starts ("nabaa-worker-1"), so a thread dump, and the test that
 * checks that none is left after shutdown, can tell them from the library's and the JVM's.
 */
final class NamedThreads implements ThreadFactory {
    /** Every thread the runtime starts has a name that begins with this. */
    static final String PREFIX = "nabaa-";

    private final String name;
    private final boolean daemon;
    private final AtomicInteger next = new AtomicInteger(1);

    NamedThreads(String name, boolean daemon) {
        this.name = PREFIX + name + "-";
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread t = new Thread(work, name + next.getAndIncrement());
        t.setDaemon(daemon);
        return t;
    }
}
