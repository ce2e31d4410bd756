package com.nabaa.app;

import com.nabaa.config.Settings;
import java.nio.file.Path;

/** Benchmarks keep their own state beside the normal one, so they never touch the reader's index. */
final class BenchHome {
    private BenchHome() {
    }

    static Path path(Settings settings) {
        return settings.home().resolve("bench");
    }
}
