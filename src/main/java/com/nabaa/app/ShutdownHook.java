package com.nabaa.app;

import java.io.IOException;

/**
 * Closes a runtime when the process is asked to stop (SIGTERM, Ctrl-C): work in flight finishes,
 * the index and the store commit, and no thread is left. Closing the hook itself (the command
 * ended normally) removes it.
 */
final class ShutdownHook implements AutoCloseable {
    private final Thread hook;

    private ShutdownHook(Thread hook) {
        this.hook = hook;
    }

    static ShutdownHook closing(NabaaRuntime runtime) {
        Thread hook = new Thread(() -> {
            try {
                runtime.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("nabaa: shutdown: " + e.getMessage());
            }
        }, NamedThreads.PREFIX + "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and will finish the close.
        }
    }
}
