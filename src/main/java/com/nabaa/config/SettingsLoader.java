package com.nabaa.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

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
                Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN")).filter(t -> !t.isBlank()),
                bot(props),
                feeds(props, base),
                admins(value(props, "admins", "")),
                channels(value(props, "breaking.channels", "")));
    }

    private FeedSettings feeds(Properties props, Path base) {
        return new FeedSettings(flag(props, "feeds.enabled", true),
                path(base, value(props, "feeds.file", "data/feeds.txt")),
                flag(props, "feeds.starter", false),
                path(base, value(props, "feeds.starter.file", "data/feeds-starter.txt")),
                Duration.ofMinutes(number(props, "feeds.interval.minutes", 15)),
                (int) number(props, "feeds.max.failures", 5),
                (int) number(props, "feeds.parallel", 3));
    }

    private boolean flag(Properties props, String key, boolean fallback) {
        String v = value(props, key, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) return true;
        if (v.equals("false") || v.equals("no") || v.equals("off")) return false;
        throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + v + "'");
    }

    /** "123, 456": Telegram user ids separated by commas; anything else is a mistake worth stopping for. */
    private static Set<Long> admins(String list) {
        return ids(list, "[1-9][0-9]{0,18}", "setting admins (NABAA_ADMINS) must be Telegram user ids separated by"
                + " commas, like 123456789,987654321");
    }

    /** "-1001234567890, -1009876543210": channel ids (negative, as Telegram gives them); anything else stops the start. */
    private static Set<Long> channels(String list) {
        return ids(list, "-[1-9][0-9]{0,18}", "setting breaking.channels (NABAA_BREAKING_CHANNELS) must be channel ids"
                + " separated by commas, like -1001234567890 (a channel's id is negative)");
    }

    /** Ids separated by commas, each matching {@code pattern}; {@code rule} says what is expected when one does not. */
    private static Set<Long> ids(String list, String pattern, String rule) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String entry : list.split(",", -1)) {
            String id = entry.strip();
            if (id.isEmpty() && list.isBlank()) continue;
            if (!id.matches(pattern)) throw new IllegalArgumentException(rule + "; '" + id + "' is not one");
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(rule + "; '" + id + "' is too large for a Telegram id", e);
            }
        }
        return ids;
    }

    private BotSettings bot(Properties props) {
        String mode = value(props, "telegram.mode", "polling").toLowerCase(Locale.ROOT);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            throw new IllegalArgumentException("setting telegram.mode must be polling or webhook, not '" + mode + "'");
        }
        String api = Optional.ofNullable(env.get("TELEGRAM_API_URL")).filter(v -> !v.isBlank())
                .orElse(value(props, "telegram.api.url", BotSettings.TELEGRAM.toString()));
        String webhookUrl = value(props, "webhook.url", "");
        return new BotSettings(mode.equals("webhook") ? BotSettings.Mode.WEBHOOK : BotSettings.Mode.POLLING,
                uri("TELEGRAM_API_URL", api), webhookUrl.isEmpty() ? Optional.empty() : Optional.of(uri("webhook.url", webhookUrl)),
                port(props, "webhook.port", 8443),
                Optional.ofNullable(env.get("TELEGRAM_WEBHOOK_SECRET")).filter(v -> !v.isBlank()),
                port(props, "metrics.port", 9464),
                (int) number(props, "telegram.messages.per.second", 30),
                (int) number(props, "telegram.chat.messages.per.second", 1),
                (int) number(props, "telegram.group.messages.per.minute", 20),
                (int) number(props, "reader.questions.per.minute", 20),
                Duration.ofMinutes(number(props, "context.minutes", 30)));
    }

    private int port(Properties props, String key, int fallback) {
        String v = value(props, key, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > 65_535) throw new NumberFormatException("out of range");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a port number 0..65535, not '" + v + "'", e);
        }
    }

    private static java.net.URI uri(String key, String value) {
        try {
            return new java.net.URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("setting " + key + " is not a URL: '" + value + "'", e);
        }
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
