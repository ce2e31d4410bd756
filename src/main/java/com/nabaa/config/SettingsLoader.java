package com.nabaa.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link Settings} from a properties file, then the environment: {@code NABAA_HOME}
 * overrides {@code home}, {@code NABAA_TIME_ZONE} overrides {@code time.zone}, and so on (the key
 * upper-cased, dots as underscores, prefixed with {@code NABAA_}). The Telegram token is read from
 * {@code TELEGRAM_BOT_TOKEN} only, never from a file.
 */
public final class SettingsLoader {
    private static final Path RELATIVE_FILE = Path.of("data", "nabaa.properties");

    private final Map<String, String> env;

    public SettingsLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** {@code data/nabaa.properties} under {@code NABAA_ROOT} (set by the launcher), else under the working directory. */
    public Path defaultFile() {
        String root = env.get("NABAA_ROOT");
        return root == null || root.isBlank() ? RELATIVE_FILE : Path.of(root).resolve(RELATIVE_FILE);
    }

    public Settings load(Path file) throws IOException {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
        }
        String root = env.get("NABAA_ROOT");
        Path base = (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath();
        return new Settings(
                path(base, value(props, "home", "var")),
                path(base, value(props, "samples", "data/samples")),
                path(base, value(props, "shared", "../shared")),
                zone(value(props, "time.zone", "Africa/Cairo")),
                Duration.ofSeconds(number(props, "fetch.timeout.seconds", 20)),
                number(props, "max.page.megabytes", 20) * 1024 * 1024,
                Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN")).filter(t -> !t.isBlank()));
    }

    private String value(Properties props, String key, String fallback) {
        String envKey = "NABAA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
        String fromEnv = env.get(envKey);
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
        return props.getProperty(key, fallback).strip();
    }

    private long number(Properties props, String key, long fallback) {
        String v = value(props, key, Long.toString(fallback));
        try {
            long n = Long.parseLong(v);
            if (n <= 0) throw new NumberFormatException("not positive");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a positive whole number, not '" + v + "'", e);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting time.zone: unknown time zone '" + id + "'", e);
        }
    }

    private static Path path(Path base, String p) {
        Path path = Path.of(p);
        return (path.isAbsolute() ? path : base.resolve(path)).normalize();
    }
}
