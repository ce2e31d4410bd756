package com.nabaa.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Nabaa is configured with, read once at start-up by {@link SettingsLoader}.
 *
 * @param home          runtime state directory (index, database); git ignores it
 * @param samples       the sample articles indexed on first use
 * @param shared        the shared data directory (corpus, evaluation sets), which may be absent
 * @param timeZone      the readers' time zone, for dates shown and date phrases
 * @param fetchTimeout  timeout of one HTTP fetch (feeds, pages)
 * @param maxPageBytes  larger pages and files are refused
 * @param telegramToken the bot token, from the environment only
 * @param bot           how the Telegram bot runs
 * @param feeds         which feeds the server polls, and how
 * @param admins        Telegram user ids of the newsroom's admins (announcements, stats, feeds, breaking)
 * @param breakingChannels chat ids of the channels (the bot one of their admins) that breaking news is posted to
 */
public record Settings(
        Path home,
        Path samples,
        Path shared,
        ZoneId timeZone,
        Duration fetchTimeout,
        long maxPageBytes,
        Optional<String> telegramToken,
        BotSettings bot,
        FeedSettings feeds,
        Set<Long> admins,
        Set<Long> breakingChannels) {

    public Settings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (maxPageBytes <= 0) throw new IllegalArgumentException("maxPageBytes must be positive");
        Objects.requireNonNull(telegramToken, "telegramToken");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(feeds, "feeds");
        admins = Set.copyOf(admins);
        breakingChannels = Set.copyOf(breakingChannels);
    }

    public Path indexDir() {
        return home.resolve("index");
    }

    public Path databaseFile() {
        return home.resolve("nabaa.db");
    }

    public Settings withHome(Path newHome) {
        return new Settings(newHome, samples, shared, timeZone, fetchTimeout, maxPageBytes, telegramToken, bot, feeds, admins, breakingChannels);
    }

    /** The same settings with other bot settings (tests and benchmarks point the bot at a local server). */
    public Settings withBot(BotSettings newBot) {
        return new Settings(home, samples, shared, timeZone, fetchTimeout, maxPageBytes, telegramToken, newBot, feeds, admins, breakingChannels);
    }

    /** The same settings with a token (tests; readers' processes take it from the environment). */
    public Settings withTelegramToken(String token) {
        return new Settings(home, samples, shared, timeZone, fetchTimeout, maxPageBytes, Optional.of(token), bot, feeds, admins, breakingChannels);
    }

    /** The same settings with other feed settings (tests point the server at a feed list of their own). */
    public Settings withFeeds(FeedSettings newFeeds) {
        return new Settings(home, samples, shared, timeZone, fetchTimeout, maxPageBytes, telegramToken, bot, newFeeds, admins, breakingChannels);
    }

    /** The same settings with these admins (tests). */
    public Settings withAdmins(Set<Long> newAdmins) {
        return new Settings(home, samples, shared, timeZone, fetchTimeout, maxPageBytes, telegramToken, bot, feeds, newAdmins, breakingChannels);
    }

    /** The same settings with these breaking-news channels (tests). */
    public Settings withBreakingChannels(Set<Long> channels) {
        return new Settings(home, samples, shared, timeZone, fetchTimeout, maxPageBytes, telegramToken, bot, feeds, admins, channels);
    }

    @Override
    public String toString() {
        return "Settings[home=" + home + ", samples=" + samples + ", shared=" + shared + ", timeZone="
                + timeZone + ", fetchTimeout=" + fetchTimeout + ", maxPageBytes=" + maxPageBytes
                + ", telegramToken=" + (telegramToken.isPresent() ? "(set)" : "(unset)") + ", bot=" + bot
                + ", feeds=" + feeds + ", admins=" + admins
                + ", breakingChannels=" + breakingChannels + "]";
    }
}
