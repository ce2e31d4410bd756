package com.nabaa.ingest;

import com.nabaa.store.FeedSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A feed list file ({@code data/feeds.txt}): one feed per line, its fields separated by {@code |}.
 *
 * <pre>
 * # comment
 * URL | minutes | name=… | section=… | breaking=…
 * https://example.org/rss.xml
 * https://example.org/economy.rss | 30 | name=مثال | section=economy
 * https://example.org/urgent.rss | 5 | name=مثال عاجل | breaking=*
 * </pre>
 *
 * <p>Only the URL (http or https) is required. A field that is a whole number is the interval in
 * minutes (else the default); {@code name=} is the outlet's name shown with its articles;
 * {@code section=} the section of all its articles (a category name such as {@code sport});
 * {@code breaking=} an item category that marks breaking news in this feed, {@code *} for a feed
 * of breaking news only. Blank lines and lines starting with {@code #} are ignored. A line that
 * cannot be read is left out and reported with its number; the other lines still count.
 */
public final class FeedListFile {
    private static final List<String> KEYS = List.of("name", "section", "breaking");

    private FeedListFile() {
    }

    /** Reads the list in {@code file} (UTF-8). */
    public static Parsed read(Path file, Duration defaultInterval) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), defaultInterval);
    }

    static Parsed parse(List<String> lines, String location, Duration defaultInterval) {
        List<FeedSpec> feeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<URI, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = location + ":" + (i + 1);
            try {
                FeedSpec spec = parseLine(line, defaultInterval);
                Integer first = seen.putIfAbsent(spec.url(), i + 1);
                if (first != null) {
                    problems.add(where + ": the same feed as line " + first + ", left out");
                } else {
                    feeds.add(spec);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return new Parsed(feeds, problems);
    }

    private static FeedSpec parseLine(String line, Duration defaultInterval) {
        String[] fields = line.split("\\|", -1);
        URI url = url(fields[0].strip());
        Duration interval = null;
        Map<String, String> hints = new HashMap<>();
        for (int f = 1; f < fields.length; f++) {
            String field = fields[f].strip();
            if (field.isEmpty()) continue;
            if (field.chars().allMatch(Character::isDigit)) {
                if (interval != null) throw new IllegalArgumentException("two intervals: '" + field + "'");
                interval = minutes(field);
                continue;
            }
            int eq = field.indexOf('=');
            String key = eq < 0 ? "" : field.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + field
                        + "' (expected minutes, name=, section= or breaking=)");
            }
            if (hints.put(key, field.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("two " + key + "= fields");
            }
        }
        return new FeedSpec(url, interval == null ? defaultInterval : interval, hint(hints, "name"),
                hint(hints, "section"), hint(hints, "breaking"));
    }

    private static URI url(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + text + "' (" + e.getReason() + ")", e);
        }
        FeedRegistry.problem(url).ifPresent(p -> {
            throw new IllegalArgumentException(p + ": '" + text + "'");
        });
        return url;
    }

    private static Duration minutes(String field) {
        try {
            long n = Long.parseLong(field);
            if (n < 1 || n > 7 * 24 * 60) throw new NumberFormatException();
            return Duration.ofMinutes(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the interval must be 1 to 10080 minutes, not '" + field + "'", e);
        }
    }

    private static Optional<String> hint(Map<String, String> hints, String key) {
        return Optional.ofNullable(hints.get(key)).filter(v -> !v.isBlank());
    }

    /**
     * What a feed list says: its feeds in file order, and each line left out with where and why
     * ({@code file:line: reason}).
     */
    public record Parsed(List<FeedSpec> feeds, List<String> problems) {
        public Parsed {
            feeds = List.copyOf(feeds);
            problems = List.copyOf(problems);
        }
    }
}
