package com.nabaa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFileAndResolvesRelativePathsAgainstTheProjectRoot() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "home=state\ntime.zone=Asia/Riyadh\n");

        Settings s = new SettingsLoader(Map.of("NABAA_ROOT", dir.toString())).load(file);

        assertThat(s.home()).isEqualTo(dir.resolve("state"));
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
        assertThat(s.indexDir()).isEqualTo(dir.resolve("state/index"));
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "time.zone=Asia/Riyadh\n");

        Settings s = new SettingsLoader(Map.of("NABAA_TIME_ZONE", "Africa/Casablanca")).load(file);

        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
    }

    @Test
    void defaultsToCairoTimeWhenNothingIsSet() throws Exception {
        Settings s = new SettingsLoader(Map.of()).load(dir.resolve("absent.properties"));

        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Africa/Cairo"));
        assertThat(s.telegramToken()).isEmpty();
    }

    @Test
    void takesTheTelegramTokenFromTheEnvironmentOnlyAndNeverPrintsIt() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "telegram.token=from-file\n");

        Settings s = new SettingsLoader(Map.of("TELEGRAM_BOT_TOKEN", "123:secret")).load(file);

        assertThat(s.telegramToken()).contains("123:secret");
        assertThat(s.toString()).doesNotContain("secret").contains("(set)");
    }

    @Test
    void anUnknownTimeZoneIsAClearError() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "time.zone=Mars/Olympus\n");

        assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void aNonNumericLimitIsAClearError() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "max.page.megabytes=lots\n");

        assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file))
                .hasMessageContaining("max.page.megabytes must be a positive whole number");
    }

    @Test
    void feedsArePolledFromTheFeedListAndTheStarterListStaysOffByDefault() throws Exception {
        Settings s = new SettingsLoader(Map.of("NABAA_ROOT", dir.toString())).load(dir.resolve("absent.properties"));

        FeedSettings feeds = s.feeds();
        assertThat(feeds.enabled()).isTrue();
        assertThat(feeds.file()).isEqualTo(dir.resolve("data/feeds.txt"));
        assertThat(feeds.starter()).isFalse();
        assertThat(feeds.starterFile()).isEqualTo(dir.resolve("data/feeds-starter.txt"));
        assertThat(feeds.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(feeds.maxFailures()).isEqualTo(5);
        assertThat(feeds.parallel()).isEqualTo(3);
    }

    @Test
    void theStarterListIsTurnedOnBySettingOrEnvironmentAndAFlagMustBeTrueOrFalse() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "feeds.starter=true\nfeeds.interval.minutes=30\n");

        assertThat(new SettingsLoader(Map.of()).load(file).feeds().starter()).isTrue();
        assertThat(new SettingsLoader(Map.of()).load(file).feeds().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(new SettingsLoader(Map.of("NABAA_FEEDS_ENABLED", "false")).load(file).feeds().enabled()).isFalse();
        assertThatThrownBy(() -> new SettingsLoader(Map.of("NABAA_FEEDS_STARTER", "maybe")).load(file))
                .hasMessage("setting feeds.starter must be true or false, not 'maybe'");
    }

    @Test
    void adminsAreTelegramUserIdsFromTheFileOrTheEnvironment() throws Exception {
        Path file = dir.resolve("nabaa.properties");
        Files.writeString(file, "admins=111, 222\n");

        assertThat(new SettingsLoader(Map.of()).load(file).admins()).containsExactlyInAnyOrder(111L, 222L);
        assertThat(new SettingsLoader(Map.of("NABAA_ADMINS", " 333 ")).load(file).admins()).containsExactly(333L);
        assertThat(new SettingsLoader(Map.of()).load(dir.resolve("absent.properties")).admins()).isEmpty();
    }

    @Test
    void aBadAdminEntryIsAClearError() throws Exception {
        for (String bad : List.of("123,abc", "123,,456", "-5", "@editor", "99999999999999999999")) {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("NABAA_ADMINS", bad)).load(dir.resolve("absent")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("admins (NABAA_ADMINS)");
        }
    }

    @Test
    void breakingChannelsAreChannelIdsAndAnythingElseIsAClearError() throws Exception {
        Path absent = dir.resolve("absent");
        assertThat(new SettingsLoader(Map.of("NABAA_BREAKING_CHANNELS", "-1001234567890, -1009")).load(absent)
                .breakingChannels()).containsExactlyInAnyOrder(-1001234567890L, -1009L);
        assertThat(new SettingsLoader(Map.of()).load(absent).breakingChannels()).isEmpty();
        for (String bad : List.of("1001234567890", "@news", "-100,,-200", "-0")) {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("NABAA_BREAKING_CHANNELS", bad)).load(absent))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("breaking.channels");
        }
    }
}
